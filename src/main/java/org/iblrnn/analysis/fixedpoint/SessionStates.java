package org.iblrnn.analysis.fixedpoint;

import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionTable;

/**
 * The full network states (h, and c for an lstm) of a played session. A session table records h only; an lstm's
 * cell states are recovered by replaying the recorded inputs (left, right, feedback) through the same agent from a
 * zero state at each session's first step, which reproduces the recorded hidden states exactly.
 */
public final class SessionStates {

    private SessionStates() {
    }

    /**
     * Row-major rows × S full states of {@code table}, played by {@code network}; for rnn and gru the table's own
     * hidden-state array (not copied).
     *
     * @throws IllegalStateException if the replayed hidden states differ from the recorded ones (the table was not
     *                               played by this network)
     */
    public static double[] of(RecurrentNetwork network, SessionTable table) {
        int h = network.hiddenSize();
        int s = network.stateSize();
        if (table.stateSize() != h) {
            throw new IllegalArgumentException("session states: the table records " + table.stateSize()
                    + " hidden units but the network has " + h);
        }
        if (s == h) {
            return table.hiddenStates();
        }
        int rows = table.rows();
        double[] out = new double[rows * s];
        double[] left = table.leftStimulus();
        double[] right = table.rightStimulus();
        double[] feedback = table.feedback();
        int[] step = table.rnnStepWithinSession();
        double[] recorded = table.hiddenStates();
        RnnAgent agent = new RnnAgent(network);
        double[] in = new double[3];
        double[] probs = new double[network.outputSize()];
        for (int t = 0; t < rows; t++) {
            if (step[t] == 0) {
                agent.reset();
            }
            in[0] = left[t];
            in[1] = right[t];
            in[2] = feedback[t];
            agent.step(in, probs);
            agent.copyFullState(out, t * s);
            for (int j = 0; j < h; j++) {
                if (out[t * s + j] != recorded[t * h + j]) {
                    throw new IllegalStateException("session states: replaying row " + t + " gives h[" + j + "] = "
                            + out[t * s + j] + " but the session recorded " + recorded[t * h + j]
                            + "; was it played by this network?");
                }
            }
        }
        return out;
    }
}
