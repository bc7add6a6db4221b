package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Agent;

/**
 * The exact Bayesian actor under the observers' generative model, for comparison with the paper's
 * {@link BayesianActor}: the stimulus prior is P(next side) = Eᵀ·T·α, and the trial's strength is shared by all its
 * observation steps (posterior ∝ π(s) Σ_k (1/n) Π_t N(d_t; μ_sk, √2)). It outputs the posterior, so it acts under the
 * same 0.9 rule, and because the exact posterior is less extreme it times out far more often.
 *
 * <p>Only the two quirks are fixed: the previous trial's side is inferred from the feedback exactly as the paper's
 * actor does it ({@link FeedbackSideInference}), so a timeout is also read as a wrong choice of the rounded side. This
 * gives the exact actor's reference numbers (≈79.7 % correct, ≈16 % timeouts on the default task).
 *
 * <p>State vector (size 2): the block posterior [P(left block), P(right block)].
 */
public final class IdealActor implements Agent {

    public static final String NAME = "ideal_actor";

    private final StimulusLikelihood likelihood;
    private final BlockFilter filter;
    private final double[] block = {0.5, 0.5};
    private final double[] prior = {0.5, 0.5};
    private final double[] posterior = {0.5, 0.5};
    /** Σ_t log N(d_t; μ_sk, √2) of the current trial, [side][strength]. */
    private final double[][] logLik;
    private final double[] scratch = new double[2];
    private boolean firstTrial = true;

    /** @param task supplies strengths, block_side_probs and h */
    public IdealActor(TaskConfig task) {
        this.likelihood = new StimulusLikelihood(task);
        this.filter = new BlockFilter(task);
        this.logLik = new double[2][likelihood.strengthCount()];
    }

    /** The agent's name as used in run directories and figures. */
    public String name() {
        return NAME;
    }

    @Override
    public void reset() {
        block[0] = 0.5;
        block[1] = 0.5;
        firstTrial = true;
        startTrial(0.5);
    }

    @Override
    public void step(double[] input, double[] probsOut) {
        boolean blank = input[0] == 0.0 && input[1] == 0.0;
        double feedback = input[2];
        if (blank) {
            if (feedback != 0.0) {
                finishTrial(feedback);
            }
        } else {
            double d = input[1] - input[0];
            for (int s = 0; s < 2; s++) {
                for (int k = 0; k < logLik[s].length; k++) {
                    logLik[s][k] += likelihood.logDensity(d, s, k);
                }
            }
            sideLikelihoods(scratch);
            double l = prior[0] * scratch[0];
            double r = prior[1] * scratch[1];
            posterior[0] = l / (l + r);
            posterior[1] = r / (l + r);
        }
        probsOut[0] = posterior[0];
        probsOut[1] = posterior[1];
    }

    private void finishTrial(double feedback) {
        filter.update(block, FeedbackSideInference.previousSide(posterior, feedback), firstTrial, block);
        firstTrial = false;
        filter.predict(block, scratch);
        startTrial(filter.sidePriorRight(scratch));
    }

    private void startTrial(double priorRight) {
        prior[0] = 1 - priorRight;
        prior[1] = priorRight;
        posterior[0] = prior[0];
        posterior[1] = prior[1];
        for (double[] row : logLik) {
            java.util.Arrays.fill(row, 0.0);
        }
    }

    /** out[s] ∝ Σ_k exp(logLik[s][k]) with a common scale (the largest log-likelihood) shared by both sides. */
    private void sideLikelihoods(double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : logLik) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        for (int s = 0; s < 2; s++) {
            double sum = 0;
            for (double v : logLik[s]) {
                sum += Math.exp(v - max);
            }
            out[s] = sum;
        }
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
