package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.config.LossKind;
import org.iblrnn.task.StepLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LossesTest {

    @Test
    void stepLossValuesFollowTheSpec() {
        // P(left) = 0.3, P(right) = 0.7, correct side right (+1)
        assertThat(Losses.stepLoss(LossKind.NLL).loss(0.3, 0.7, 1)).isCloseTo(-0.7, within(1e-15));
        assertThat(Losses.stepLoss(LossKind.CE).loss(0.3, 0.7, 1)).isCloseTo(-Math.log(0.7), within(1e-15));
        assertThat(Losses.stepLoss(LossKind.MSE).loss(0.3, 0.7, 1)).isCloseTo((0.09 + 0.09) / 2, within(1e-15));
        // correct side left (−1)
        StepLoss nll = Losses.stepLoss(LossKind.NLL);
        assertThat(nll.loss(0.3, 0.7, -1)).isCloseTo(-0.3, within(1e-15));
        assertThatThrownBy(() -> nll.loss(0.3, 0.7, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trial side");
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void logitGradientMatchesFiniteDifferences(LossKind kind) {
        double[] z = {0.4, -1.1, 0.3};
        for (int correct = 0; correct < 3; correct++) {
            double[] g = new double[3];
            double value = Losses.gradient(kind, softmax(z), 0, 3, correct, 0.5, g, 0);
            assertThat(value).isCloseTo(Losses.value(kind, softmax(z), 0, 3, correct), within(0.0));
            for (int j = 0; j < 3; j++) {
                double[] up = z.clone();
                double[] down = z.clone();
                up[j] += 1e-6;
                down[j] -= 1e-6;
                double fd = (Losses.value(kind, softmax(up), 0, 3, correct)
                        - Losses.value(kind, softmax(down), 0, 3, correct)) / 2e-6;
                assertThat(g[j]).as("%s d/dz_%d, correct %d", kind, j, correct).isCloseTo(0.5 * fd, within(1e-9));
            }
        }
    }

    private static double[] softmax(double[] z) {
        double s = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i]);
            s += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= s;
        }
        return p;
    }
}
