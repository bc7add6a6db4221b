package org.iblrnn.analysis.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.analysis.fixedpoint.SessionStates;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EffectiveWeightsTest {

    private static RecurrentNetwork network(Architecture arch) {
        RecurrentNetwork net = RecurrentNetwork.initialise(ModelConfig.defaults().withArchitecture(arch)
                .withHiddenSize(6), new SplittableRandom(5 + arch.ordinal()));
        for (int i = 0; i < net.params().length; i++) {
            net.params()[i] *= 2.5;
        }
        return net;
    }

    private static SessionTable play(RecurrentNetwork net) {
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(3);
        return SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(9)), new RnnAgent(net),
                null, 0);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void areTheMeanJacobianOverTheMeanGainAndWhhForATanhRnn(Architecture arch) {
        RecurrentNetwork net = network(arch);
        SessionTable t = play(net);
        double[] full = SessionStates.of(net, t);
        EffectiveWeights w = EffectiveWeights.of(net, full, t);
        int h = net.hiddenSize();
        int s = net.stateSize();
        assertThat(w.steps()).isEqualTo(t.rows()).isGreaterThan(100);
        // brute force: the network's own Jacobian at every step, averaged
        double[][] mean = new double[h][h];
        double[] gain = new double[h];
        int[] step = t.rnnStepWithinSession();
        for (int r = 0; r < t.rows(); r++) {
            double[] prev = new double[s];
            if (step[r] != 0) {
                System.arraycopy(full, (r - 1) * s, prev, 0, s);
            }
            double[][] j = net.stateJacobian(prev, new double[]{t.leftStimulus()[r], t.rightStimulus()[r],
                    t.feedback()[r]});
            for (int i = 0; i < h; i++) {
                for (int k = 0; k < h; k++) {
                    mean[i][k] += j[i][k] / t.rows();
                }
                gain[i] += (1 - full[r * s + i] * full[r * s + i]) / t.rows();
            }
        }
        double whhMax = 0;
        for (int i = 0; i < h; i++) {
            assertThat(w.meanGain()[i]).isCloseTo(gain[i], within(1e-12));
            for (int k = 0; k < h; k++) {
                assertThat(w.meanJacobian()[i][k]).isCloseTo(mean[i][k], within(1e-12));
                assertThat(w.weights()[i][k]).isCloseTo(mean[i][k] / gain[i], within(1e-10));
                double whh = net.params()[net.layout().weightHh() + i * h + k];
                whhMax = Math.max(whhMax, Math.abs(whh));
                if (arch == Architecture.RNN) {
                    // diag(1 − h²) W_hh averaged, then divided by the mean gain: W_hh itself
                    assertThat(w.weights()[i][k]).isCloseTo(whh, within(1e-13 * Math.abs(whh) + 1e-15));
                }
            }
        }
        assertThat(whhMax).as("weights are not trivially small").isGreaterThan(0.5);
    }
}
