package org.iblrnn.analysis.psychometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PsychometricModelTest {

    /** psychofit test suite: erf_psycho((−10, 20, .1), x = −50, −40, …, 40). */
    @Test
    void erfPsychoMatchesPsychofitTestVector() {
        double[] expected = {0.10187109, 0.11355794, 0.16291968, 0.29180005, 0.5, 0.70819995, 0.83708032,
                0.88644206, 0.89812891, 0.89983722};
        double[] params = {-10, 20, .1};
        for (int i = 0; i < expected.length; i++) {
            double x = -50 + 10 * i;
            assertThat(PsychometricModel.ERF_PSYCHO.value(params, x)).as("x=%s", x)
                    .isCloseTo(expected[i], within(1e-7));
        }
    }

    /** psychofit test suite: weibull((10^−2.5, 2, .1), x = 10^linspace(−4, −1, 8)). */
    @Test
    void weibullMatchesPsychofitTestVector() {
        double[] expected = {0.1007996, 0.10573682, 0.14038101, 0.34893523, 0.84529714, 0.9, 0.9, 0.9};
        double[] params = {Math.pow(10, -2.5), 2, .1};
        for (int i = 0; i < expected.length; i++) {
            double x = Math.pow(10, -4 + 3.0 * i / 7);
            assertThat(PsychometricModel.WEIBULL.value(params, x)).as("x=%s", x)
                    .isCloseTo(expected[i], within(1e-7));
        }
    }

    @Test
    void twoGammaAndWeibull50HaveTheirAsymptotes() {
        double[] p2 = {3, 10, 0.05, 0.15};
        assertThat(PsychometricModel.ERF_PSYCHO_2GAMMAS.value(p2, -1e6)).isCloseTo(0.05, within(1e-15));
        assertThat(PsychometricModel.ERF_PSYCHO_2GAMMAS.value(p2, 1e6)).isCloseTo(0.85, within(1e-15));
        assertThat(PsychometricModel.ERF_PSYCHO_2GAMMAS.value(p2, 3)).isCloseTo(0.45, within(1e-15));
        double[] w = {0.1, 2, 0.02};
        assertThat(PsychometricModel.WEIBULL50.value(w, 0)).isCloseTo(0.5, within(1e-15));
        assertThat(PsychometricModel.WEIBULL50.value(w, 0.1)).isCloseTo(0.98 - 0.48 * Math.exp(-1), within(1e-15));
    }

    @Test
    void zeroSlopeIsAStepAndWrongArityIsRejected() {
        assertThat(PsychometricModel.ERF_PSYCHO.value(new double[] {0, 0, 0.1}, 1)).isEqualTo(0.9);
        assertThat(PsychometricModel.ERF_PSYCHO.value(new double[] {0, 0, 0.1}, -1)).isCloseTo(0.1, within(1e-16));
        assertThatThrownBy(() -> PsychometricModel.ERF_PSYCHO_2GAMMAS.value(new double[] {0, 1, 0}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 4 parameters");
    }
}
