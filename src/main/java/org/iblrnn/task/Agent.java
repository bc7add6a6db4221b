package org.iblrnn.task;

/**
 * Anything that plays the task: maps each step's input to action probabilities and exposes a state vector.
 * The RNN, the Bayesian actors and the distilled 2-unit models all implement it, so one session runner
 * produces the same {@code SessionTable} for all of them.
 *
 * <p>Input layout (length 3): {@code [left_t, right_t, feedback_{t−1}]}; output layout (length 2):
 * {@code [P(left), P(right)]}. An agent is stateful and not thread-safe: use one per session.
 */
public interface Agent {

    /** Resets the state at the start of a session (the RNN's hidden state becomes zero). */
    void reset();

    /**
     * Advances one step.
     *
     * @param input    [left, right, previous feedback] (input, not modified)
     * @param probsOut receives [P(left), P(right)] (output, modified)
     */
    void step(double[] input, double[] probsOut);

    /** Length of the state vector (H for an RNN). */
    int stateSize();

    /** Copies the state after the last step into {@code out[offset .. offset + stateSize())}. */
    void copyState(double[] out, int offset);
}
