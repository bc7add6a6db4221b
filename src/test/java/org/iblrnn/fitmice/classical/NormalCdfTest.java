package org.iblrnn.fitmice.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class NormalCdfTest {

    /** Φ(z) and Φ(−z) to 30 digits by mpmath ({@code mp.ncdf}). */
    private static final double[][] REFERENCE = {
        {-37.5, 4.6053530095819548438e-308},
        {-30, 4.9067139271481870595e-198},
        {-10, 7.619853024160526066e-24},
        {-5.5, 1.8989562465887719384e-8},
        {-1, 0.15865525393145705141},
        {-0.3, 0.38208857781104736693},
        {0, 0.5},
        {0.3, 0.61791142218895263307},
        {2.2, 0.98609655248650139569},
        {7, 0.99999999999872018746},
    };

    @Test
    void cdfMatchesHighPrecisionValuesInBothTails() {
        for (double[] r : REFERENCE) {
            double z = r[0];
            double tolerance = 2e-16 * Math.max(1.0, z * z);
            assertThat(NormalCdf.cdf(z)).as("Phi(%s)", z).isCloseTo(r[1], within(tolerance * r[1]));
            assertThat(NormalCdf.complement(-z)).as("1 - Phi(%s)", -z).isCloseTo(r[1], within(tolerance * r[1]));
        }
        assertThat(NormalCdf.complement(7)).isCloseTo(1.2798125438858350044e-12, within(1e-26));
    }

    /**
     * Hipparchus' erfc (incomplete gamma series) as an independent check on a dense grid over both branches; both
     * round z²/2 inside exp, so they may differ by a few z²·1e-16 relative.
     */
    @Test
    void cdfAgreesWithHipparchusEverywhere() {
        for (double z = -26; z <= 26; z += 0.01) {
            double expected = 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
            assertThat(NormalCdf.cdf(z)).as("Phi(%s)", z).isCloseTo(expected, within((1e-14 + 4e-16 * z * z) * expected + 1e-300));
        }
    }

    @Test
    void quantileMatchesHighPrecisionValuesAndInvertsTheCdf() {
        double[][] ref = {{1e-12, -7.0344838253011319326}, {0.001, -3.0902323061678135354},
            {0.3, -0.52440051270804081597}, {0.5, 0.0}, {0.97, 1.8807936081512505473},
            {1 - 1e-9, 5.9978070196016374264}};
        for (double[] r : ref) {
            // above ½ the double nearest to p is off by up to ulp(p)/2, which moves the quantile by that over φ
            double representation = r[0] > 0.5 ? Math.ulp(r[0]) / NormalCdf.pdf(r[1]) : 0.0;
            assertThat(NormalCdf.quantile(r[0])).as("quantile(%s)", r[0])
                    .isCloseTo(r[1], within(4e-15 * Math.abs(r[1]) + 1e-300 + representation));
        }
        for (double p : new double[] {1e-300, 1e-200, 1e-50, 1e-16, 1e-7, 0.019999, 0.02, 0.1, 0.5, 0.9}) {
            double q = NormalCdf.quantile(p);
            assertThat(NormalCdf.cdf(q)).as("Phi(quantile(%s))", p).isCloseTo(p, within((1e-14 + 2e-16 * q * q) * p));
        }
    }
}
