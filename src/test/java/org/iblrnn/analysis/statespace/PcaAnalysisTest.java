package org.iblrnn.analysis.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PcaAnalysisTest {

    /** States with independent Gaussian coordinates of standard deviations 3, 2, 1 along a rotated basis. */
    private static double[] anisotropic(int n, SplittableRandom rng, double[][] basis, double[] sd, double[] offset) {
        int h = basis[0].length;
        double[] x = new double[n * h];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < basis.length; k++) {
                double z = sd[k] * rng.nextGaussian();
                for (int j = 0; j < h; j++) {
                    x[i * h + j] += z * basis[k][j];
                }
            }
            for (int j = 0; j < h; j++) {
                x[i * h + j] += offset[j];
            }
        }
        return x;
    }

    private static final double S = Math.sqrt(0.5);
    private static final double[][] BASIS = {{S, S, 0}, {S, -S, 0}, {0, 0, 1}};

    @Test
    void recoversVarianceSpectrumAndComponents() {
        int n = 20000;
        double[] x = anisotropic(n, new SplittableRandom(1), BASIS, new double[]{3, 2, 1}, new double[]{0.5, -1, 2});
        PrincipalComponents pca = PcaAnalysis.fit(x, 3, new double[]{1, 1, 0});
        // variances 9, 4, 1: sample variance has relative SE sqrt(2/n) = 1 %; allow 5 SE
        assertThat(pca.variance()[0]).isCloseTo(9, within(9 * 5 * Math.sqrt(2.0 / n)));
        assertThat(pca.variance()[1]).isCloseTo(4, within(4 * 5 * Math.sqrt(2.0 / n)));
        assertThat(pca.variance()[2]).isCloseTo(1, within(1 * 5 * Math.sqrt(2.0 / n)));
        assertThat(pca.cumulativeFraction()[2]).isCloseTo(1.0, within(1e-12));
        assertThat(pca.cumulativeFraction(1)).isCloseTo(pca.variance()[0] / 14.0, within(0.02));
        assertThat(Math.abs(dot(pca.pc1(), BASIS[0]))).isGreaterThan(0.999);
        assertThat(Math.abs(dot(pca.pc2(), BASIS[1]))).isGreaterThan(0.999);
        assertThat(dot(pca.pc1(), pca.pc1())).isCloseTo(1.0, within(1e-12));
        assertThat(dot(pca.pc1(), pca.pc2())).isCloseTo(0.0, within(1e-12));
        // scores are the centred projections; ranges are their extremes
        double[] p = pca.project(x);
        assertThat(p[0]).isCloseTo(pca.x(0), within(1e-12));
        assertThat(pca.xRange()[0]).isLessThanOrEqualTo(pca.x(0));
        // inverse maps onto the plane through the mean
        double[] back = pca.project(pca.inverse(1.5, -0.25));
        assertThat(back[0]).isCloseTo(1.5, within(1e-12));
        assertThat(back[1]).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void rightReadoutPointsToPositivePc1() {
        double[] x = anisotropic(5000, new SplittableRandom(2), BASIS, new double[]{3, 2, 1}, new double[]{0, 0, 0});
        for (double sign : new double[]{1, -1}) {
            double[] readout = {sign * S * 4, sign * S * 4, 0.1};
            PrincipalComponents pca = PcaAnalysis.fit(x, 3, readout);
            assertThat(pca.pcaTrialReadout()[0]).isPositive();
            assertThat(dot(pca.pc1(), readout)).isPositive();
            assertThat(Math.hypot(pca.pcaTrialReadout()[0], pca.pcaTrialReadout()[1])).isCloseTo(1.0, within(1e-12));
            assertThat(PcaAnalysis.norm(pca.trialReadout())).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void pc2IsOrientedSoTheLargestScoreIsPositive() {
        double[] x = anisotropic(3000, new SplittableRandom(3), BASIS, new double[]{3, 2, 1}, new double[]{0, 0, 0});
        PrincipalComponents pca = PcaAnalysis.fit(x, 3, new double[]{1, 1, 0});
        double best = 0;
        for (int i = 0; i < pca.rows(); i++) {
            if (Math.abs(pca.y(i)) > Math.abs(best)) {
                best = pca.y(i);
            }
        }
        assertThat(best).isPositive();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
