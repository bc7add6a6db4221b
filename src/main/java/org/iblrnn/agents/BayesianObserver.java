package org.iblrnn.agents;

import java.util.Arrays;
import org.iblrnn.config.TaskConfig;

/**
 * The passive Bayesian observer: evaluated on another agent's finished session, it says what an ideal observer would
 * have believed given the same observations, the true past trial sides and the agent's decision times.
 *
 * <p>Block part: an HMM forward filter over the trial sides, α_n ∝ E[·, s_n] ⊙ T·α_{n−1} (the first trial without
 * transition, from (0.5, 0.5)). The next trial's stimulus prior is Σ_b α_n(b) P(right | b); as in the original the
 * transition step is omitted here (reproduced on purpose). Unlike the original, the last trial's posterior is
 * computed rather than left at 0.
 *
 * <p>Trial part: on observation rows (within-trial index ≥ {@code rnn_steps_before_obs}) the exact posterior with the
 * strength shared by the trial's steps, P(s | d_1..d_t) ∝ π(s) Σ_k (1/n) Π N(d; μ_sk, √2), d = right − left.
 */
public final class BayesianObserver {

    private final StimulusLikelihood likelihood;
    private final BlockFilter filter;
    private final int blankSteps;

    /** @param task supplies strengths, block_side_probs, h and rnn_steps_before_obs */
    public BayesianObserver(TaskConfig task) {
        this.likelihood = new StimulusLikelihood(task);
        this.filter = new BlockFilter(task);
        this.blankSteps = task.rnnStepsBeforeObs();
    }

    /** Computes all observer columns for one session. */
    public ObserverResult evaluate(ObserverInput in) {
        int n = in.size();
        int[] ends = in.trialEndRows();
        double[] blockPost = nanArray(n);
        double[] blockPrior = nanArray(n);
        double[] stimPrior = nanArray(n);
        double[] stimPost = nanArray(n);
        double[] actionTaken = nanArray(n);
        double[] actionSide = nanArray(n);
        double[] correct = nanArray(n);
        double[] reward = nanArray(n);

        double[] alpha = {0.5, 0.5};
        double priorBlockRight = 0.5;
        double priorRight = 0.5;
        double[][] logLik = new double[2][likelihood.strengthCount()];
        int start = 0;
        for (int t = 0; t < ends.length; t++) {
            int end = ends[t];
            blockPrior[start] = priorBlockRight;
            stimPrior[start] = priorRight;
            for (double[] row : logLik) {
                Arrays.fill(row, 0.0);
            }
            int side = in.trialSide()[end];
            for (int row = start; row <= end; row++) {
                if (row - start < blankSteps) {
                    continue;
                }
                double d = in.right()[row] - in.left()[row];
                double p = accumulate(logLik, d, priorRight);
                stimPost[row] = p;
                actionTaken[row] = p > 0.9 || p < 0.1 ? 1 : 0;
                actionSide[row] = 2 * Math.rint(p) - 1;
                correct[row] = actionSide[row] == side ? 1 : 0;
                reward[row] = 2 * correct[row] - 1;
            }
            filter.update(alpha, side == 1 ? 1 : 0, t == 0, alpha);
            blockPost[end] = alpha[1];
            priorBlockRight = alpha[1];
            priorRight = filter.sidePriorRight(alpha);
            start = end + 1;
        }
        return new ObserverResult(blockPost, blockPrior, stimPrior, stimPost, actionTaken, actionSide, correct, reward,
                ends);
    }

    /** Adds one observation to the trial's log-likelihoods and returns P(right | observations so far). */
    private double accumulate(double[][] logLik, double d, double priorRight) {
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < logLik[s].length; k++) {
                logLik[s][k] += likelihood.logDensity(d, s, k);
                max = Math.max(max, logLik[s][k]);
            }
        }
        double l = 0;
        double r = 0;
        for (int k = 0; k < logLik[0].length; k++) {
            l += Math.exp(logLik[0][k] - max);
            r += Math.exp(logLik[1][k] - max);
        }
        l *= 1 - priorRight;
        r *= priorRight;
        return r / (l + r);
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
