package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.LossKind;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forward pass, loss and BPTT gradients against PyTorch autograd (golden/tiny_*.json), to 1e-12. */
class GoldenForwardBackwardTest {

    private static final double TOL = 1e-12;

    @ParameterizedTest
    @ValueSource(strings = {"tiny_rnn.json", "tiny_gru.json", "tiny_lstm.json"})
    void forwardLossAndGradientsMatchPyTorch(String file) {
        JsonNode root = GoldenVectors.read(file);
        ModelConfig config = GoldenVectors.config(root);
        ParameterLayout layout = ParameterLayout.of(config);
        RecurrentNetwork net = RecurrentNetwork.of(config, GoldenVectors.flatten(layout, root.get("params")));
        double[] input = GoldenVectors.values(root.get("input"));
        double[] targets = GoldenVectors.values(root.get("targets"));
        int steps = root.get("seq_len").asInt();
        int in = config.inputSize();
        int h = config.hiddenSize();
        int o = config.outputSize();

        Trajectory traj = new Trajectory(net);
        traj.reset();
        double[] x = new double[in];
        double[] probs = new double[o];
        double[] dLogits = new double[steps * o];
        double loss = 0.0;
        for (int t = 0; t < steps; t++) {
            System.arraycopy(input, t * in, x, 0, in);
            traj.step(x, probs);
            loss += Losses.gradient(LossKind.NLL, probs, 0, o, (int) targets[t], 1.0, dLogits, t * o);
        }
        assertThat(traj.length()).isEqualTo(steps);

        double[] expectedHidden = GoldenVectors.values(root.get("hidden_states"));
        double[] expectedProbs = GoldenVectors.values(root.get("probs"));
        double[] hidden = new double[steps * h];
        double[] cells = new double[steps * h];
        double[] gotProbs = new double[steps * o];
        for (int t = 0; t < steps; t++) {
            traj.copyHidden(t, hidden, t * h);
            if (config.architecture() == Architecture.LSTM) {
                traj.copyCell(t, cells, t * h);
            }
            for (int k = 0; k < o; k++) {
                gotProbs[t * o + k] = traj.prob(t, k);
            }
        }
        assertThat(hidden).containsExactly(expectedHidden, within(TOL));
        assertThat(gotProbs).containsExactly(expectedProbs, within(TOL));
        if (config.architecture() == Architecture.LSTM) {
            assertThat(cells).containsExactly(GoldenVectors.values(root.get("cell_states")), within(TOL));
        }
        assertThat(loss).isCloseTo(root.get("loss").asDouble(), within(TOL));

        double[] grad = new double[layout.size()];
        new Bptt(layout).accumulateGradient(traj, dLogits, grad);
        double[] expectedGrad = GoldenVectors.flatten(layout, root.get("grads"));
        for (ParameterLayout.Tensor t : layout.tensors()) {
            double[] got = java.util.Arrays.copyOfRange(grad, t.offset(), t.offset() + t.size());
            double[] want = java.util.Arrays.copyOfRange(expectedGrad, t.offset(), t.offset() + t.size());
            assertThat(got).as(file + " gradient of " + t.name()).containsExactly(want, within(TOL));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny_rnn.json", "tiny_gru.json", "tiny_lstm.json"})
    void networkStepAndAgentReproduceTheRecordedTrajectory(String file) {
        JsonNode root = GoldenVectors.read(file);
        ModelConfig config = GoldenVectors.config(root);
        RecurrentNetwork net = RecurrentNetwork.of(config,
                GoldenVectors.flatten(ParameterLayout.of(config), root.get("params")));
        double[] input = GoldenVectors.values(root.get("input"));
        double[] expectedHidden = GoldenVectors.values(root.get("hidden_states"));
        double[] expectedProbs = GoldenVectors.values(root.get("probs"));
        int in = config.inputSize();
        int h = config.hiddenSize();
        double[] state = new double[net.stateSize()];
        double[] x = new double[in];
        double[] probs = new double[2];
        double[] agentProbs = new double[2];
        double[] agentState = new double[h];
        RnnAgent agent = new RnnAgent(net);
        agent.reset();
        for (int t = 0; t < root.get("seq_len").asInt(); t++) {
            System.arraycopy(input, t * in, x, 0, in);
            net.step(state, x, state, probs);
            agent.step(x, agentProbs);
            agent.copyState(agentState, 0);
            double[] wantH = java.util.Arrays.copyOfRange(expectedHidden, t * h, (t + 1) * h);
            assertThat(java.util.Arrays.copyOf(state, h)).containsExactly(wantH, within(TOL));
            assertThat(agentState).containsExactly(wantH, within(TOL));
            assertThat(probs).containsExactly(java.util.Arrays.copyOfRange(expectedProbs, 2 * t, 2 * t + 2),
                    within(TOL));
            assertThat(agentProbs).containsExactly(probs, within(0.0));
        }
    }
}
