package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recording across buffer growth and resets agrees with the non-recording agent. */
class TrajectoryTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void recordsLongSessionsAndRestartsFromZeroAfterReset(Architecture arch) {
        RecurrentNetwork net = RecurrentNetwork.initialise(ModelConfig.defaults().withArchitecture(arch).withHiddenSize(7),
                new SplittableRandom(3));
        Trajectory traj = new Trajectory(net);
        RnnAgent agent = new RnnAgent(net);
        double[] state = new double[7];
        traj.copyState(state, 0);
        assertThat(state).containsOnly(0.0);
        assertThat(traj.stateSize()).isEqualTo(7);
        assertThat(agent.stateSize()).isEqualTo(7);
        int steps = 2500; // beyond the initial capacity, so the buffers grow twice
        double[][] inputs = new double[steps][];
        SplittableRandom rng = new SplittableRandom(4);
        for (int t = 0; t < steps; t++) {
            inputs[t] = new double[]{rng.nextGaussian(), rng.nextGaussian(), rng.nextDouble(-1, 1)};
        }
        for (int round = 0; round < 2; round++) {
            traj.reset();
            agent.reset();
            double[] p1 = new double[2];
            double[] p2 = new double[2];
            double[] h1 = new double[7];
            double[] h2 = new double[7];
            double[] rec = new double[7];
            int mismatches = 0;
            for (int t = 0; t < steps; t++) {
                traj.step(inputs[t], p1);
                agent.step(inputs[t], p2);
                traj.copyState(h1, 0);
                agent.copyState(h2, 0);
                if (!java.util.Arrays.equals(p1, p2) || !java.util.Arrays.equals(h1, h2)) {
                    mismatches++;
                }
            }
            assertThat(mismatches).as("steps where the trajectory and the agent differ").isZero();
            assertThat(traj.length()).isEqualTo(steps);
            // earlier steps survive growth
            RnnAgent replay = new RnnAgent(net);
            double[] p = new double[2];
            for (int t = 0; t <= 700; t++) {
                replay.step(inputs[t], p);
            }
            replay.copyState(h2, 0);
            traj.copyHidden(700, rec, 0);
            assertThat(rec).containsExactly(h2);
            assertThat(traj.prob(700, 1)).isEqualTo(p[1]);
            assertThat(traj.input(700, 2)).isEqualTo(inputs[700][2]);
        }
        assertThatThrownBy(() -> traj.prob(steps, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step " + steps);
    }
}
