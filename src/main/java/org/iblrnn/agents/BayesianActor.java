package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;

/**
 * The paper's "Bayesian actor": a closed-loop agent that tracks the block with an HMM filter over its own inferred
 * trial sides and the stimulus with a sequential posterior, acting (through the environment's 0.9 rule) on that
 * posterior. It reproduces the two quirks that shape the paper's reference curves:
 * <ol>
 *   <li>the next trial's stimulus prior is the predicted <em>block</em> probability T·α, without the
 *       P(side | block) mixing, so it is more extreme than the exact Eᵀ·T·α;</li>
 *   <li>the strength is re-marginalised at every observation step instead of being shared by the trial.</li>
 * </ol>
 * State vector (size 2): the block posterior [P(left block), P(right block)] after the last processed trial, as the
 * original's {@code core_hidden}. For the exact posterior see {@link IdealActor}.
 */
public final class BayesianActor extends MarginalisingActor {

    public static final String NAME = "bayesian_actor";

    private final BlockFilter filter;
    private final double[] block = {0.5, 0.5};
    private boolean firstTrial = true;

    /** @param task supplies strengths, block_side_probs and h */
    public BayesianActor(TaskConfig task) {
        super(task);
        this.filter = new BlockFilter(task);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void resetTrialHistory() {
        block[0] = 0.5;
        block[1] = 0.5;
        firstTrial = true;
    }

    @Override
    protected void nextPrior(int inferredSide) {
        filter.update(block, inferredSide, firstTrial, block);
        firstTrial = false;
        filter.predict(block, stimulus);
    }

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void copyState(double[] out, int offset) {
        out[offset] = block[0];
        out[offset + 1] = block[1];
    }
}
