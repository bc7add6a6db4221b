package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.api.Test;

class CellTest {

    @Test
    void fastTanhAgreesWithMathTanhToRoundingLevel() {
        SplittableRandom rng = new SplittableRandom(8);
        for (int i = 0; i < 200_000; i++) {
            // log-uniform magnitudes from 1e-12 to 50 cover the series branch, the quotient branch and saturation
            double v = Math.copySign(Math.pow(10, rng.nextDouble(-12, Math.log10(50))), rng.nextDouble() - 0.5);
            double want = Math.tanh(v);
            assertThat(Cell.tanh(v)).as("tanh(%s)", v).isCloseTo(want, within(2e-16 + 4 * Math.ulp(want)));
        }
        assertThat(Cell.tanh(0.0)).isEqualTo(0.0);
        assertThat(Cell.tanh(-1000.0)).isEqualTo(-1.0);
    }

    @Test
    void timingHelperRunsAndReportsNonNegativeFiniteTimes() {
        BpttTiming.Result r = BpttTiming.measure(ModelConfig.defaults().withHiddenSize(4), 50, 1, 2, 3);
        assertThat(r.forwardMillis()).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(r.backwardMillis()).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(r.totalMillis()).isEqualTo(r.forwardMillis() + r.backwardMillis());
        assertThat(r.wallMillis()).isFinite().isGreaterThanOrEqualTo(0.0);
    }
}
