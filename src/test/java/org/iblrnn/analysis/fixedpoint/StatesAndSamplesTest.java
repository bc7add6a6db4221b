package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

/** Session replay, the h → [h, c] lift and the trajectory samples that feed the gated fixed-point search. */
class StatesAndSamplesTest {

    private static RecurrentNetwork lstm(long seed) {
        RecurrentNetwork net = RecurrentNetwork.initialise(ModelConfig.defaults().withArchitecture(Architecture.LSTM)
                .withHiddenSize(4), new SplittableRandom(seed));
        for (int i = 0; i < net.params().length; i++) {
            net.params()[i] *= 3;
        }
        return net;
    }

    @Test
    void replayRecoversTheLstmCellStatesOfARecordedSession() {
        RecurrentNetwork net = lstm(1);
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(2);
        SessionTable t = SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(2)),
                new RnnAgent(net), null, 0);
        double[] full = SessionStates.of(net, t);
        assertThat(full).hasSize(t.rows() * 8);
        // independently: step the network through the recorded inputs from a zero state
        double[] x = new double[8];
        double[] probs = new double[2];
        double maxC = 0;
        for (int r = 0; r < t.rows(); r++) {
            net.step(x, new double[]{t.leftStimulus()[r], t.rightStimulus()[r], t.feedback()[r]}, x, probs);
            for (int j = 0; j < 8; j++) {
                assertThat(full[r * 8 + j]).isCloseTo(x[j], within(1e-12));
            }
            maxC = Math.max(maxC, Math.abs(x[5]));
        }
        assertThat(maxC).isGreaterThan(0.1);
        // a session played by another network is refused
        assertThatThrownBy(() -> SessionStates.of(lstm(3), t)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("played by this network");
    }

    @Test
    void liftRecoversAnExactLinearCellStateAndIsTheIdentityWithoutOne() {
        SplittableRandom rng = new SplittableRandom(4);
        int h = 3;
        double[][] a = {{0.5, -1, 0.2}, {0, 2, 0}, {1, 1, 1}};
        double[] b = {0.3, -0.1, 2};
        int rows = 500;
        double[] states = new double[rows * 2 * h];
        for (int t = 0; t < rows; t++) {
            for (int j = 0; j < h; j++) {
                states[t * 2 * h + j] = rng.nextGaussian();
            }
            for (int k = 0; k < h; k++) {
                double c = b[k];
                for (int j = 0; j < h; j++) {
                    c += a[k][j] * states[t * 2 * h + j];
                }
                states[t * 2 * h + h + k] = c;
            }
        }
        StateLift lift = StateLift.fit(states, h, 2 * h);
        assertThat(lift.rSquared()).isCloseTo(1.0, within(1e-12));
        for (int k = 0; k < h; k++) {
            assertThat(lift.intercept()[k]).isCloseTo(b[k], within(1e-10));
            for (int j = 0; j < h; j++) {
                assertThat(lift.slope()[k * h + j]).isCloseTo(a[k][j], within(1e-10));
            }
        }
        assertThat(lift.lift(new double[]{1, 0, -1})).containsExactly(new double[]{1, 0, -1, 0.6, -0.1, 2},
                within(1e-10));
        StateLift id = StateLift.fit(states, 2 * h, 2 * h);
        assertThat(id.isIdentity()).isTrue();
        assertThat(id.lift(new double[]{1, 2, 3, 4, 5, 6})).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void samplesAreVisitedStatesWithNoiseScaledByEachCoordinatesSpread() {
        SplittableRandom rng = new SplittableRandom(8);
        int rows = 1000;
        double[] states = new double[rows * 2];
        for (int t = 0; t < rows; t++) {
            states[2 * t] = 0.1 * rng.nextGaussian();
            states[2 * t + 1] = 5 + 3 * rng.nextGaussian();
        }
        double[] exact = InitialStates.sample(states, 2, 50, 0.0, new SplittableRandom(1));
        for (int i = 0; i < 50; i++) {
            boolean found = false;
            for (int t = 0; t < rows && !found; t++) {
                found = exact[2 * i] == states[2 * t] && exact[2 * i + 1] == states[2 * t + 1];
            }
            assertThat(found).as("sample %d is a visited state", i).isTrue();
        }
        // noise: with the same draws the rows are the same, so the difference is the noise alone
        int n = 4000;
        double[] rowsOnly = InitialStates.sample(states, 2, n, 0.0, new SplittableRandom(1));
        double[] noisy = InitialStates.sample(states, 2, n, 0.5, new SplittableRandom(1));
        double[] sd = new double[2];
        double[] spread = {0, 0};
        for (int j = 0; j < 2; j++) {
            double m = 0;
            double m2 = 0;
            for (int t = 0; t < rows; t++) {
                m += states[2 * t + j] / rows;
                m2 += states[2 * t + j] * states[2 * t + j] / rows;
            }
            spread[j] = Math.sqrt((m2 - m * m) * rows / (rows - 1));
        }
        for (int j = 0; j < 2; j++) {
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double d = noisy[2 * i + j] - rowsOnly[2 * i + j];
                ss += d * d;
            }
            sd[j] = Math.sqrt(ss / n);
            // the sample standard deviation of n Gaussians has standard error σ/√(2n): allow 4 of them
            double sigma = 0.5 * spread[j];
            assertThat(sd[j]).isCloseTo(sigma, within(4 * sigma / Math.sqrt(2.0 * n)));
        }
    }
}
