package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;

/**
 * A heuristic actor whose side prior is an exponentially weighted average of its inferred past trial sides:
 * prior ← decay·prior + (1 − decay)·onehot(inferred side), starting at [0.5, 0.5] (the original's
 * {@code ExponentialWeightedActor}, decay 0.9). It shows how far a model-free running average of sides gets
 * without an explicit block model. Observation updates are the paper's actor's.
 *
 * <p>State vector (size 2): the exponentially decaying prior [left, right].
 */
public final class ExpWeightedActor extends MarginalisingActor {

    public static final String NAME = "exp_weighted_actor";

    /** The original's decay. */
    public static final double DEFAULT_DECAY = 0.9;

    private final double decay;
    private final double[] prior = {0.5, 0.5};

    /** With the original's decay 0.9. */
    public ExpWeightedActor(TaskConfig task) {
        this(task, DEFAULT_DECAY);
    }

    /**
     * @param decay weight of the old prior per trial, in [0, 1]; 0.9 averages over roughly the last 10 trials,
     *              values near 1 react slowly to block switches
     */
    public ExpWeightedActor(TaskConfig task, double decay) {
        super(task);
        if (!(decay >= 0 && decay <= 1)) {
            throw new IllegalArgumentException("exp-weighted actor decay must be in [0, 1], got " + decay);
        }
        this.decay = decay;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void resetTrialHistory() {
        prior[0] = 0.5;
        prior[1] = 0.5;
    }

    @Override
    protected void nextPrior(int inferredSide) {
        prior[0] *= decay;
        prior[1] *= decay;
        prior[inferredSide] += 1 - decay;
        stimulus[0] = prior[0];
        stimulus[1] = prior[1];
    }

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public void copyState(double[] out, int offset) {
        out[offset] = prior[0];
        out[offset + 1] = prior[1];
    }
}
