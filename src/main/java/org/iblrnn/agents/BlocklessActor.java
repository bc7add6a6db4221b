package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;

/**
 * The Bayesian actor without block inference: every trial starts from a stimulus prior of 0.5, and the observation
 * update is the paper's actor's (strength re-marginalised per step). A control showing what the block prior buys.
 *
 * <p>State vector (size 2): its stimulus prior, always [0.5, 0.5] (it keeps no across-trial state).
 */
public final class BlocklessActor extends MarginalisingActor {

    public static final String NAME = "blockless_actor";

    /** @param task supplies the strengths */
    public BlocklessActor(TaskConfig task) {
        super(task);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void resetTrialHistory() {
        // no across-trial state
    }

    @Override
    protected void nextPrior(int inferredSide) {
        stimulus[0] = 0.5;
        stimulus[1] = 0.5;
    }

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void copyState(double[] out, int offset) {
        out[offset] = 0.5;
        out[offset + 1] = 0.5;
    }
}
