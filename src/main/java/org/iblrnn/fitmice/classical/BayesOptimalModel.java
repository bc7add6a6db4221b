package org.iblrnn.fitmice.classical;

/**
 * {@code bayes_optimal}: the prior is the exact block posterior of {@link BlockObserver}, fed with the session's
 * stimulus sides (the feedback reveals them): what a mouse that knew the task's generative model would expect. Only
 * the sensory noise and the lapses are fitted; the prior itself has no free parameter.
 */
public final class BayesOptimalModel extends PriorChoiceModel {

    public static final String NAME = "bayes_optimal";

    public BayesOptimalModel() {
        this(DEFAULT_STARTS);
    }

    public BayesOptimalModel(int starts) {
        super(NAME, false, starts);
    }

    @Override
    PriorSequence prior(TrialTable t) {
        return new PriorSequence() {
            @Override
            public boolean dependsOnTheta() {
                return false;
            }

            @Override
            public void fill(double[] theta, double[] pi, double[] dPi) {
                int[] start = t.start();
                for (int k = 0; k + 1 < start.length; k++) {
                    BlockObserver.priorRight(t.side(), start[k], start[k + 1], t.unbiasedPrefix()[k], pi);
                }
            }
        };
    }
}
