package org.iblrnn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Update rules not covered by the goldens (nesterov, dampening, weight decay, momentum) and exact resume. */
class OptimizerRulesTest {

    @Test
    void sgdNesterovWithWeightDecayFollowsTorchFormula() {
        double lr = 0.1;
        double mu = 0.5;
        double wd = 0.01;
        Sgd sgd = new Sgd(1, lr, mu, 0.0, true, wd);
        double[] p = {1.0};
        sgd.step(p, new double[]{2.0});
        double d1 = 2.0 + wd * 1.0;
        double b1 = d1;
        double p1 = 1.0 - lr * (d1 + mu * b1);
        assertThat(p[0]).isCloseTo(p1, within(1e-15));
        sgd.step(p, new double[]{-1.0});
        double d2 = -1.0 + wd * p1;
        double b2 = mu * b1 + d2;
        assertThat(p[0]).isCloseTo(p1 - lr * (d2 + mu * b2), within(1e-15));
        assertThat(sgd.state().get(Sgd.MOMENTUM_BUFFER)[0]).isCloseTo(b2, within(1e-15));
    }

    @Test
    void sgdDampeningAppliesFromTheSecondStepOnly() {
        Sgd sgd = new Sgd(1, 1.0, 0.9, 0.5, false, 0.0);
        double[] p = {0.0};
        sgd.step(p, new double[]{1.0});
        assertThat(p[0]).isEqualTo(-1.0);
        sgd.step(p, new double[]{1.0});
        assertThat(p[0]).isCloseTo(-1.0 - (0.9 + 0.5), within(1e-15));
    }

    @Test
    void sgdWithoutMomentumKeepsNoBuffer() {
        Sgd sgd = new Sgd(2, 0.5, 0.0, 0.0, false, 0.0);
        double[] p = {1.0, 2.0};
        sgd.step(p, new double[]{1.0, -1.0});
        assertThat(p).containsExactly(0.5, 2.5);
        assertThat(sgd.state()).isEmpty();
    }

    @Test
    void rmsPropWithMomentumFollowsTorchFormula() {
        double lr = 0.01;
        double alpha = 0.9;
        double eps = 1e-8;
        double mu = 0.3;
        RmsProp opt = new RmsProp(1, lr, alpha, eps, mu, 0.0);
        double[] p = {1.0};
        opt.step(p, new double[]{0.5});
        double v1 = (1 - alpha) * 0.25;
        double b1 = 0.5 / (Math.sqrt(v1) + eps);
        assertThat(p[0]).isCloseTo(1.0 - lr * b1, within(1e-15));
        opt.step(p, new double[]{-0.2});
        double v2 = alpha * v1 + (1 - alpha) * 0.04;
        double b2 = mu * b1 + -0.2 / (Math.sqrt(v2) + eps);
        assertThat(p[0]).isCloseTo(1.0 - lr * b1 - lr * b2, within(1e-15));
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void restoringStateResumesBitForBit(OptimizerKind kind) {
        OptimizerConfig c = new OptimizerConfig(kind, 0.01, 0.4, 0.0, false, 0.001, 0.9, 0.999, 1e-8, 0.99, "");
        int n = 7;
        SplittableRandom rng = new SplittableRandom(11);
        double[][] grads = new double[6][n];
        for (double[] g : grads) {
            for (int i = 0; i < n; i++) {
                g[i] = rng.nextDouble(-1, 1);
            }
        }
        double[] straight = new double[n];
        java.util.Arrays.fill(straight, 0.3);
        double[] resumed = straight.clone();
        Optimizer a = Optimizers.create(c, n);
        for (double[] g : grads) {
            a.step(straight, g);
        }
        Optimizer first = Optimizers.create(c, n);
        for (int s = 0; s < 3; s++) {
            first.step(resumed, grads[s]);
        }
        Map<String, double[]> saved = first.state();
        Optimizer second = Optimizers.create(c, n);
        second.restore(saved, first.steps());
        for (int s = 3; s < 6; s++) {
            second.step(resumed, grads[s]);
        }
        assertThat(resumed).containsExactly(straight);
        assertThat(second.steps()).isEqualTo(6);
        assertThat(saved).isNotEmpty();
    }

    @Test
    void restoreRejectsUnknownNamesAndWrongLengths() {
        Adam adam = new Adam(3, 1e-3, 0.9, 0.999, 1e-8, 0.0);
        assertThatThrownBy(() -> adam.restore(Map.of("momentum_buffer", new double[3]), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momentum_buffer");
        assertThatThrownBy(() -> adam.restore(Map.of(Adam.EXP_AVG, new double[2], Adam.EXP_AVG_SQ, new double[2]), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 2");
        assertThatThrownBy(() -> adam.step(new double[3], new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 4");
    }
}
