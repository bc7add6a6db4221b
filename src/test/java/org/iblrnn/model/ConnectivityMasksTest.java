package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.LossKind;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.junit.jupiter.api.Test;

/** Mask patterns (the original's connectivity_kwargs) and that masked parameters stay zero through training steps. */
class ConnectivityMasksTest {

    private static ModelConfig masks(Architecture arch, int h, String input, String recurrent, String readout) {
        return new ModelConfig(arch, 3, 2, 1, h, "default", input, recurrent, readout);
    }

    private static void assertPattern(double[] mask, ParameterLayout.Tensor t, int blocks,
                                      BiPredicate<Integer, Integer> free) {
        int rows = t.rows() / blocks;
        for (int b = 0; b < blocks; b++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < t.cols(); c++) {
                    double want = free.test(r, c) ? 1.0 : 0.0;
                    assertThat(mask[t.offset() + (b * rows + r) * t.cols() + c])
                            .as("%s block %d (%d, %d)", t.name(), b, r, c).isEqualTo(want);
                }
            }
        }
    }

    @Test
    void inputAndReadoutMasksKeepThirtyPercentOfUnits() {
        ModelConfig c = masks(Architecture.LSTM, 10, "input_mask", "none", "readout_mask");
        RecurrentNetwork net = RecurrentNetwork.initialise(c, new SplittableRandom(1));
        double[] m = net.mask();
        ParameterLayout l = net.layout();
        assertPattern(m, l.get(ParameterLayout.WEIGHT_IH), 4, (r, col) -> r < 3);
        assertPattern(m, l.get(ParameterLayout.WEIGHT_HH), 4, (r, col) -> true);
        assertPattern(m, l.get(ParameterLayout.READOUT_WEIGHT), 1, (r, col) -> col >= 7);
        for (String bias : new String[]{ParameterLayout.BIAS_IH, ParameterLayout.BIAS_HH,
                ParameterLayout.READOUT_BIAS}) {
            ParameterLayout.Tensor t = l.get(bias);
            for (int i = 0; i < t.size(); i++) {
                assertThat(m[t.offset() + i]).isEqualTo(1.0);
            }
        }
    }

    @Test
    void recurrentPatterns() {
        int h = 10; // first column of circulant/toeplitz: ones on int(0.2 · 10) = 2 entries
        ParameterLayout.Tensor whh = ParameterLayout.of(Architecture.GRU, 3, h, 2).get(ParameterLayout.WEIGHT_HH);
        assertPattern(mask(Architecture.GRU, h, "diagonal"), whh, 3, Integer::equals);
        assertPattern(mask(Architecture.GRU, h, "circulant"), whh, 3, (r, c) -> Math.floorMod(r - c, h) < 2);
        assertPattern(mask(Architecture.GRU, h, "toeplitz"), whh, 3, (r, c) -> Math.abs(r - c) < 2);
        assertPattern(mask(Architecture.GRU, h, "2_block_diag"), whh, 3, (r, c) -> r / 5 == c / 5);
        assertPattern(mask(Architecture.GRU, h, "5_block_diag"), whh, 3, (r, c) -> r / 2 == c / 2);
    }

    @Test
    void smallWorldIsASymmetricRewiredRingWithTheLatticeEdgeCount() {
        int h = 50;
        int k = 10;
        double[] m = mask(Architecture.RNN, h, "small_world");
        ParameterLayout.Tensor whh = ParameterLayout.of(Architecture.RNN, 3, h, 2).get(ParameterLayout.WEIGHT_HH);
        int edges = 0;
        int lattice = 0;
        for (int r = 0; r < h; r++) {
            assertThat(m[whh.offset() + r * h + r]).isEqualTo(0.0);
            for (int c = 0; c < h; c++) {
                double v = m[whh.offset() + r * h + c];
                assertThat(v).isEqualTo(m[whh.offset() + c * h + r]);
                if (c > r && v == 1.0) {
                    edges++;
                    int d = Math.min(c - r, h - (c - r));
                    if (d <= k / 2) {
                        lattice++;
                    }
                }
            }
        }
        assertThat(edges).isEqualTo(h * k / 2);
        // rewiring with p = 0.1 moves a Binomial(250, 0.1) number of edges (mean 25, sd 4.7), a few back onto the
        // lattice: between 0 and 25 + 5 sd edges leave it
        assertThat(h * k / 2 - lattice).isBetween(1, 49);
        assertThat(mask(Architecture.RNN, h, "small_world")).containsExactly(m);
    }

    @Test
    void invalidMasksAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> mask(Architecture.RNN, 10, "3_block_diag"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recurrent_mask='3_block_diag'")
                .hasMessageContaining("divisible by 3");
        assertThatThrownBy(() -> mask(Architecture.RNN, 10, "banded"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recurrent_mask='banded'");
        assertThatThrownBy(() -> RecurrentNetwork.initialise(masks(Architecture.RNN, 10, "circulant", "none", "none"),
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input_mask='circulant'").hasMessageContaining("10×3");
    }

    @Test
    void maskedParametersStayZeroThroughAnOptimizerStep() {
        ModelConfig c = masks(Architecture.RNN, 10, "input_mask", "diagonal", "readout_mask");
        RecurrentNetwork net = RecurrentNetwork.initialise(c, new SplittableRandom(9));
        double[] mask = net.mask();
        double[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            if (mask[i] == 0.0) {
                assertThat(p[i]).as("masked parameter %d after initialise", i).isEqualTo(0.0);
            }
        }
        Trajectory traj = new Trajectory(net);
        SplittableRandom rng = new SplittableRandom(2);
        double[] probs = new double[2];
        double[] dLogits = new double[40];
        for (int t = 0; t < 20; t++) {
            traj.step(new double[]{rng.nextGaussian(), rng.nextGaussian(), rng.nextDouble(-1, 1)}, probs);
            Losses.gradient(LossKind.NLL, probs, 0, 2, rng.nextInt(2), 1.0 / 20, dLogits, 2 * t);
        }
        double[] grad = new double[p.length];
        new Bptt(net.layout()).accumulateGradient(traj, dLogits, grad);
        Optimizer opt = Optimizers.create(OptimizerConfig.defaults(), p.length);
        double[] before = p.clone();
        opt.step(p, grad);
        int maskedMoved = 0;
        for (int i = 0; i < p.length; i++) {
            if (mask[i] == 0.0 && p[i] != 0.0) {
                maskedMoved++;
            }
        }
        assertThat(maskedMoved).as("the raw step moves masked parameters, so applyMasks has work to do")
                .isGreaterThan(0);
        double[] stepped = p.clone();
        net.applyMasks();
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i]).as("parameter %d", i).isEqualTo(mask[i] == 0.0 ? 0.0 : stepped[i]);
        }
        assertThat(p).isNotEqualTo(before);
    }

    private static double[] mask(Architecture arch, int h, String recurrent) {
        return ConnectivityMasks.build(masks(arch, h, "none", recurrent, "none"),
                ParameterLayout.of(arch, 3, h, 2));
    }
}
