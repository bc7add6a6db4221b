package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The full state map of every core against the network's own step and central finite differences. */
class NetworkMapTest {

    private static final double EPS = 1e-6;

    /** A network with weights scaled up so that gates and tanh are far from linear, and a state of its size. */
    private static RecurrentNetwork network(Architecture arch, SplittableRandom rng) {
        RecurrentNetwork net = RecurrentNetwork.initialise(ModelConfig.defaults().withArchitecture(arch)
                .withHiddenSize(5), rng);
        double[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 3.0;
        }
        return net;
    }

    private static double[] state(RecurrentNetwork net, SplittableRandom rng) {
        double[] x = new double[net.stateSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < net.hiddenSize() ? rng.nextDouble(-0.9, 0.9) : rng.nextDouble(-2, 2);
        }
        return x;
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void stepJacobianAndResidualGradientMatchTheNetworkAndFiniteDifferences(Architecture arch) {
        SplittableRandom rng = new SplittableRandom(11 + arch.ordinal());
        RecurrentNetwork net = network(arch, rng);
        double[] u = {0.7, -0.4, 0.5};
        NetworkMap map = new NetworkMap(net, u);
        int s = net.stateSize();
        assertThat(map.size()).isEqualTo(arch == Architecture.LSTM ? 10 : 5);
        double[] x = state(net, rng);
        double[] f = new double[s];
        double[] jac = new double[s * s];
        map.jacobian(x, f, jac);

        double[] ref = new double[s];
        net.step(x, u, ref, new double[2]);
        assertThat(f).containsExactly(ref, within(1e-14));
        double[][] refJac = net.stateJacobian(x, u);
        double[] up = new double[s];
        double[] down = new double[s];
        for (int j = 0; j < s; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += EPS;
            xm[j] -= EPS;
            map.apply(xp, up);
            map.apply(xm, down);
            for (int i = 0; i < s; i++) {
                assertThat(jac[i * s + j]).as("%s ∂F_%d/∂x_%d", arch, i, j)
                        .isCloseTo((up[i] - down[i]) / (2 * EPS), within(1e-8))
                        .isCloseTo(refJac[i][j], within(1e-14));
            }
        }
        // ∇‖F(x) − x‖ = (J − I)ᵀ r / ‖r‖ against central differences of the residual norm
        double[] grad = new double[s];
        double norm = map.residualGradient(x, f, grad, null);
        assertThat(norm).isCloseTo(residual(map, x), within(1e-14)).isGreaterThan(0.1);
        for (int j = 0; j < s; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += EPS;
            xm[j] -= EPS;
            assertThat(grad[j]).as("%s gradient %d", arch, j)
                    .isCloseTo((residual(map, xp) - residual(map, xm)) / (2 * EPS), within(1e-8));
        }
        double[] ij = map.inputJacobian(x);
        double[][] refIj = net.inputJacobian(x, u);
        for (int i = 0; i < s; i++) {
            for (int k = 0; k < 3; k++) {
                assertThat(ij[i * 3 + k]).isCloseTo(refIj[i][k], within(1e-14));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void hiddenJacobianCoefficientsRebuildTheHiddenBlockUnderAnyInput(Architecture arch) {
        SplittableRandom rng = new SplittableRandom(31 + arch.ordinal());
        RecurrentNetwork net = network(arch, rng);
        int h = net.hiddenSize();
        NetworkMap map = new NetworkMap(net, new double[3]);
        double[] x = state(net, rng);
        double[] u = {1.2, 0.2, -0.05};
        double[] kappa = new double[arch.gates * h];
        double[] d = new double[h];
        map.hiddenJacobianCoefficients(x, u, kappa, d);
        double[][] ref = net.stateJacobian(x, u);
        int w = net.layout().weightHh();
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                double v = i == j ? d[i] : 0.0;
                for (int g = 0; g < arch.gates; g++) {
                    v += kappa[g * h + i] * net.params()[w + (g * h + i) * h + j];
                }
                assertThat(v).as("%s ∂h'_%d/∂h_%d", arch, i, j).isCloseTo(ref[i][j], within(1e-14));
            }
        }
    }

    private static double residual(NetworkMap map, double[] x) {
        double[] f = new double[x.length];
        map.apply(x, f);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (f[i] - x[i]) * (f[i] - x[i]);
        }
        return Math.sqrt(s);
    }
}
