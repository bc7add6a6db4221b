package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.PcaAnalysis;
import org.junit.jupiter.api.Test;

class HiddenStateSpectrumTest {

    @Test
    void uncorrelatedColumnsGiveTheirSampleVariancesInDescendingOrder() {
        // rows (x, 3y) with x, y = ±1 in all four combinations: sample variances 4/3 and 12, no covariance
        double[] states = {1, 3, 1, -3, -1, 3, -1, -3};
        double[] v = HiddenStateSpectrum.varianceExplained(states, 4, 2);
        assertThat(v[0]).isCloseTo(12.0, within(1e-12));
        assertThat(v[1]).isCloseTo(4.0 / 3.0, within(1e-12));
        double[] f = HiddenStateSpectrum.fractions(v);
        assertThat(f[0] + f[1]).isCloseTo(1.0, within(1e-15));
        assertThat(f[0]).isCloseTo(12.0 / (12.0 + 4.0 / 3.0), within(1e-12));
    }

    @Test
    void fewerThanTwoStatesGiveZeros() {
        assertThat(HiddenStateSpectrum.varianceExplained(new double[]{1, 2, 3}, 1, 3)).containsExactly(0, 0, 0);
    }

    @Test
    void agreesWithTheAnalysisPca() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 200;
        int h = 6;
        double[] states = new double[n * h];
        for (int i = 0; i < states.length; i++) {
            states[i] = rng.nextGaussian() * (1 + i % h);
        }
        double[] readout = {1, 0, 0, 0, 0, 0};
        assertThat(HiddenStateSpectrum.varianceExplained(states, n, h))
                .containsExactly(PcaAnalysis.fit(states, h, readout).variance(), within(1e-12));
    }
}
