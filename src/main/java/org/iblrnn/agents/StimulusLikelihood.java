package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;

/**
 * The within-trial part of the generative model: a trial of side s has a strength drawn uniformly from the task's
 * strengths, and each observation step yields d = right − left ~ N(sign(s)·strength, √2). Shared by every actor and
 * the observer so that they all assume exactly the same likelihood.
 *
 * <p>Hypotheses are indexed (side, strength index); strength 0 appears under both sides, which is the same as the
 * original's 11 signed means with P(μ = 0 | s) = 1/n for either side.
 */
public final class StimulusLikelihood {

    /**
     * Standard deviation of d = right − left: each side's observation has unit variance, so the difference
     * has √2. TaskConfig has no noise parameter, hence a constant.
     */
    public static final double DIFF_SIGMA = Math.sqrt(2.0);

    private static final double LOG_NORM = -Math.log(DIFF_SIGMA * Math.sqrt(2.0 * Math.PI));

    private final double[] strengths;

    /** @param task supplies the strengths (linspace(min, max, n)), each equally likely */
    public StimulusLikelihood(TaskConfig task) {
        this.strengths = task.strengths();
        if (strengths.length == 0) {
            throw new IllegalArgumentException("num_stimulus_strength = 0 in TaskConfig: need at least one strength");
        }
    }

    /** Number of strengths n (hypotheses per side). */
    public int strengthCount() {
        return strengths.length;
    }

    /** Mean of d under (side, strength index): −strength for left (side 0), +strength for right (side 1). */
    public double mean(int side, int strengthIndex) {
        return side == 1 ? strengths[strengthIndex] : -strengths[strengthIndex];
    }

    /** log N(d; mean(side, k), √2). */
    public double logDensity(double d, int side, int strengthIndex) {
        double z = (d - mean(side, strengthIndex)) / DIFF_SIGMA;
        return LOG_NORM - 0.5 * z * z;
    }

    /**
     * One step's likelihood of each side with the strength marginalised out for this step alone:
     * out[s] = Σ_k (1/n) N(d; mean(s, k), √2).
     */
    public void marginalPerStep(double d, double[] out) {
        for (int s = 0; s < 2; s++) {
            double sum = 0;
            for (int k = 0; k < strengths.length; k++) {
                sum += Math.exp(logDensity(d, s, k));
            }
            out[s] = sum / strengths.length;
        }
    }
}
