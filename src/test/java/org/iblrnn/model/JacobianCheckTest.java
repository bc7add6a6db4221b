package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The analytic state and input Jacobians against central finite differences of {@link RecurrentNetwork#step}. */
class JacobianCheckTest {

    private static final double EPS = 1e-6;
    private static final double TOL = 1e-8;

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void jacobiansMatchFiniteDifferences(Architecture arch) {
        SplittableRandom rng = new SplittableRandom(77 + arch.ordinal());
        ModelConfig config = ModelConfig.defaults().withArchitecture(arch).withHiddenSize(6);
        RecurrentNetwork net = RecurrentNetwork.initialise(config, rng);
        double[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 3.0;
        }
        double[] state = new double[net.stateSize()];
        for (int i = 0; i < state.length; i++) {
            state[i] = rng.nextDouble(-0.9, 0.9);
        }
        double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextDouble(-1, 1)};

        double[][] js = net.stateJacobian(state, x);
        double[][] jx = net.inputJacobian(state, x);
        assertThat(js.length).isEqualTo(net.stateSize());
        assertThat(js[0].length).isEqualTo(net.stateSize());
        assertThat(jx.length).isEqualTo(net.stateSize());
        assertThat(jx[0].length).isEqualTo(3);

        checkColumns(net, state, x, js, true);
        checkColumns(net, state, x, jx, false);
    }

    private static void checkColumns(RecurrentNetwork net, double[] state, double[] x, double[][] jac,
                                     boolean wrtState) {
        int cols = jac[0].length;
        double[] up = new double[net.stateSize()];
        double[] down = new double[net.stateSize()];
        double[] probs = new double[2];
        double maxAbs = 0.0;
        for (int j = 0; j < cols; j++) {
            double[] s = state.clone();
            double[] in = x.clone();
            double[] v = wrtState ? s : in;
            double saved = v[j];
            v[j] = saved + EPS;
            net.step(s, in, up, probs);
            v[j] = saved - EPS;
            net.step(s, in, down, probs);
            for (int i = 0; i < jac.length; i++) {
                double fd = (up[i] - down[i]) / (2 * EPS);
                assertThat(jac[i][j]).as("%s jacobian (%d, %d) wrt %s", net.architecture(), i, j,
                        wrtState ? "state" : "input").isCloseTo(fd, org.assertj.core.api.Assertions.within(TOL));
                maxAbs = Math.max(maxAbs, Math.abs(fd));
            }
        }
        assertThat(maxAbs).as("the Jacobian is not trivially zero").isGreaterThan(0.05);
    }
}
