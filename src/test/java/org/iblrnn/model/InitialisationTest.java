package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * PyTorch's default initialisation (every core tensor and the readout ~ U(−1/√H, 1/√H), float32 values) and the
 * other {@code param_init} choices. Statistical bounds are 5 standard errors for the tensor's sample size.
 */
class InitialisationTest {

    private static final double Z = 5.0;

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void defaultInitIsUniformWithinOneOverSqrtH(Architecture arch) {
        ModelConfig config = ModelConfig.defaults().withArchitecture(arch);
        RecurrentNetwork net = RecurrentNetwork.initialise(config, new SplittableRandom(5));
        double k = 1.0 / Math.sqrt(50);
        double[] p = net.params();
        for (double v : p) {
            assertThat(v).isEqualTo((double) (float) v);
            assertThat(Math.abs(v)).isLessThanOrEqualTo((float) k);
        }
        for (ParameterLayout.Tensor t : net.layout().tensors()) {
            if (t.size() < 50) {
                continue; // readout.bias: 2 values, range checked above
            }
            double[] v = Arrays.copyOfRange(p, t.offset(), t.offset() + t.size());
            int n = v.length;
            double mean = Arrays.stream(v).average().orElseThrow();
            double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (n - 1);
            // U(−k, k): variance k²/3, fourth central moment k⁴/5 → Var(sample variance) ≈ (k⁴/5 − k⁴/9)/n
            assertThat(Math.abs(mean)).as(t.name() + " mean").isLessThan(Z * k / Math.sqrt(3.0 * n));
            assertThat(Math.abs(var - k * k / 3)).as(t.name() + " variance")
                    .isLessThan(Z * Math.sqrt(4.0 * k * k * k * k / (45.0 * n)));
        }
    }

    @Test
    void sameSeedSameNetworkDifferentSeedDifferentNetwork() {
        ModelConfig c = ModelConfig.defaults();
        double[] a = RecurrentNetwork.initialise(c, new SplittableRandom(1)).params();
        double[] b = RecurrentNetwork.initialise(c, new SplittableRandom(1)).params();
        double[] d = RecurrentNetwork.initialise(c, new SplittableRandom(2)).params();
        assertThat(a).containsExactly(b);
        assertThat(Arrays.equals(a, d)).isFalse();
    }

    @Test
    void eyeZerosOnesSetOnlyTheCoreWeightMatrices() {
        for (String init : new String[]{"eye", "zeros", "ones"}) {
            ModelConfig c = withInit(ModelConfig.defaults().withArchitecture(Architecture.GRU).withHiddenSize(8), init);
            RecurrentNetwork net = RecurrentNetwork.initialise(c, new SplittableRandom(3));
            ParameterLayout l = net.layout();
            double[] p = net.params();
            for (String name : new String[]{ParameterLayout.WEIGHT_IH, ParameterLayout.WEIGHT_HH}) {
                ParameterLayout.Tensor t = l.get(name);
                for (int r = 0; r < t.rows(); r++) {
                    for (int col = 0; col < t.cols(); col++) {
                        double want = switch (init) {
                            case "eye" -> r == col ? 1.0 : 0.0;
                            case "zeros" -> 0.0;
                            default -> 1.0;
                        };
                        assertThat(p[t.offset() + r * t.cols() + col]).as(init + " " + name).isEqualTo(want);
                    }
                }
            }
            // biases keep the default draw: non-zero, within ±1/√H
            ParameterLayout.Tensor b = l.get(ParameterLayout.BIAS_IH);
            double[] bias = Arrays.copyOfRange(p, b.offset(), b.offset() + b.size());
            assertThat(Arrays.stream(bias).boxed()).allMatch(v -> Math.abs(v) <= 1 / Math.sqrt(8) && v != 0.0);
        }
    }

    @Test
    void xavierUniformAndNormalHaveTheirNamesakesScale() {
        ModelConfig base = ModelConfig.defaults().withArchitecture(Architecture.LSTM);
        RecurrentNetwork u = RecurrentNetwork.initialise(withInit(base, "xavier_uniform"), new SplittableRandom(4));
        RecurrentNetwork g = RecurrentNetwork.initialise(withInit(base, "xavier_normal"), new SplittableRandom(4));
        ParameterLayout.Tensor t = u.layout().get(ParameterLayout.WEIGHT_HH); // 200 × 50
        int n = t.size();
        double bound = Math.sqrt(6.0 / (200 + 50));
        double std = Math.sqrt(2.0 / (200 + 50));
        double[] vu = Arrays.copyOfRange(u.params(), t.offset(), t.offset() + n);
        double[] vg = Arrays.copyOfRange(g.params(), t.offset(), t.offset() + n);
        assertThat(Arrays.stream(vu).boxed()).allMatch(v -> Math.abs(v) <= bound);
        assertThat(Math.abs(variance(vu) - bound * bound / 3))
                .isLessThan(Z * Math.sqrt(4.0 * Math.pow(bound, 4) / (45.0 * n)));
        // normal: Var(sample variance) ≈ 2σ⁴/n
        assertThat(Math.abs(variance(vg) - std * std)).isLessThan(Z * Math.sqrt(2.0 / n) * std * std);
    }

    @Test
    void uniformAndNormalUseUnitScale() {
        ModelConfig base = ModelConfig.defaults();
        RecurrentNetwork u = RecurrentNetwork.initialise(withInit(base, "uniform"), new SplittableRandom(6));
        RecurrentNetwork g = RecurrentNetwork.initialise(withInit(base, "normal"), new SplittableRandom(6));
        ParameterLayout.Tensor t = u.layout().get(ParameterLayout.WEIGHT_HH);
        int n = t.size();
        double[] vu = Arrays.copyOfRange(u.params(), t.offset(), t.offset() + n);
        double[] vg = Arrays.copyOfRange(g.params(), t.offset(), t.offset() + n);
        assertThat(Arrays.stream(vu).boxed()).allMatch(v -> v >= 0.0 && v <= 1.0);
        assertThat(Math.abs(Arrays.stream(vu).average().orElseThrow() - 0.5)).isLessThan(Z * Math.sqrt(1.0 / (12 * n)));
        assertThat(Math.abs(Arrays.stream(vg).average().orElseThrow())).isLessThan(Z / Math.sqrt(n));
        assertThat(Math.abs(variance(vg) - 1.0)).isLessThan(Z * Math.sqrt(2.0 / n));
    }

    @Test
    void unknownInitIsRejectedWithTheKey() {
        assertThatThrownBy(() -> RecurrentNetwork.initialise(withInit(ModelConfig.defaults(), "kaiming"),
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("param_init='kaiming'");
    }

    private static double variance(double[] v) {
        double mean = Arrays.stream(v).average().orElseThrow();
        return Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
    }

    static ModelConfig withInit(ModelConfig c, String init) {
        return new ModelConfig(c.architecture(), c.inputSize(), c.outputSize(), c.numLayers(), c.hiddenSize(), init,
                c.inputMask(), c.recurrentMask(), c.readoutMask());
    }
}
