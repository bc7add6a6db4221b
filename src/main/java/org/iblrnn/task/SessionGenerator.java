package org.iblrnn.task;

import java.util.random.RandomGenerator;
import org.iblrnn.config.TaskConfig;

/**
 * Draws one session of the IBL task. The order of draws is part of the contract, because
 * a seed must keep producing the same session:
 * <ol>
 *   <li>Block lengths, block by block: each attempt is one {@code nextDouble()} u, mapped by inversion to
 *       n = max(1, ⌈ln(1 − u) / ln(1 − p)⌉) ~ Geometric(p) on {1, 2, ...}; attempts repeat until
 *       {@code min_trials_per_block ≤ n ≤ max_trials_per_block}.</li>
 *   <li>First block side: one {@code nextDouble()}; &lt; 0.5 is left (−1), otherwise right (+1). Later blocks
 *       alternate strictly, with no draw.</li>
 *   <li>Then trial by trial in session order: side (one {@code nextDouble()} u, left iff u &lt; P(left | block)),
 *       strength (one {@code nextInt(num_stimulus_strength)} indexing {@link TaskConfig#strengths()}), and for each
 *       observation step in order two {@code nextGaussian()} draws, left then right; the trial's side then has the
 *       strength added. Blank steps draw nothing and are exactly 0.</li>
 * </ol>
 * Stateless; thread-safe as long as each thread passes its own generator.
 */
public final class SessionGenerator {

    /** Configurations whose block lengths would need more than ~10^9 attempts per block are rejected. */
    private static final double MIN_ACCEPTANCE = 1e-9;
    private static final double PROB_TOLERANCE = 1e-9;

    private SessionGenerator() {
    }

    /**
     * Generates one session.
     *
     * @param cfg the task parameters (checked, see {@link #validate(TaskConfig)})
     * @param rng the random stream (consumed as documented in the class comment)
     * @return the session
     */
    public static GeneratedSession generate(TaskConfig cfg, RandomGenerator rng) {
        validate(cfg);
        int numBlocks = cfg.blocksPerSession();
        int[] blockLengths = new int[numBlocks];
        double logQ = Math.log1p(-cfg.trialsPerBlockParam());
        int numTrials = 0;
        for (int b = 0; b < numBlocks; b++) {
            int n;
            do {
                n = geometric(rng.nextDouble(), logQ);
            } while (n < cfg.minTrialsPerBlock() || n > cfg.maxTrialsPerBlock());
            blockLengths[b] = n;
            numTrials += n;
        }
        int[] blockSides = new int[numBlocks];
        int side = rng.nextDouble() < 0.5 ? -1 : 1;
        for (int b = 0; b < numBlocks; b++) {
            blockSides[b] = side;
            side = -side;
        }

        int steps = cfg.stepsPerTrial();
        int blank = cfg.rnnStepsBeforeObs();
        double[] strengths = cfg.strengths();
        double pLeftInLeftBlock = cfg.blockSideProbs()[0][0];
        double pLeftInRightBlock = cfg.blockSideProbs()[1][0];
        int[] trialSides = new int[numTrials];
        double[] trialStrengths = new double[numTrials];
        double[] obs = new double[numTrials * steps * 2];
        int t = 0;
        for (int b = 0; b < numBlocks; b++) {
            double pLeft = blockSides[b] < 0 ? pLeftInLeftBlock : pLeftInRightBlock;
            for (int k = 0; k < blockLengths[b]; k++, t++) {
                int trialSide = rng.nextDouble() < pLeft ? -1 : 1;
                double strength = strengths[rng.nextInt(strengths.length)];
                trialSides[t] = trialSide;
                trialStrengths[t] = strength;
                int signalOffset = trialSide < 0 ? 0 : 1;
                for (int s = blank; s < steps; s++) {
                    int i = (t * steps + s) * 2;
                    obs[i] = rng.nextGaussian();
                    obs[i + 1] = rng.nextGaussian();
                    obs[i + signalOffset] += strength;
                }
            }
        }
        return new GeneratedSession(blockSides, blockLengths, trialSides, trialStrengths, obs, steps, blank);
    }

    /** Inversion of the geometric distribution on {1, 2, ...}: P(n = k) = (1 − p)^(k−1) p. */
    private static int geometric(double u, double logQ) {
        double n = Math.ceil(Math.log1p(-u) / logQ);
        // p = 1 gives logQ = −∞ and n = 0 (or NaN for u = 0): the answer is 1
        return n >= 1 ? (n >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n) : 1;
    }

    /**
     * Checks that a configuration describes a task that can be generated and played.
     *
     * @throws IllegalArgumentException naming the first offending params.json key and value
     */
    public static void validate(TaskConfig cfg) {
        if (cfg == null) {
            throw new IllegalArgumentException("task config is null; use TaskConfig.defaults() or read params.json");
        }
        if (cfg.numStimulusStrength() < 1) {
            throw bad("num_stimulus_strength", cfg.numStimulusStrength(), "need at least 1");
        }
        double p = cfg.trialsPerBlockParam();
        if (!(p > 0 && p <= 1)) {
            throw bad("trials_per_block_param", p, "must be in (0, 1]");
        }
        if (cfg.blocksPerSession() < 1) {
            throw bad("blocks_per_session", cfg.blocksPerSession(), "need at least 1");
        }
        if (cfg.minTrialsPerBlock() < 1) {
            throw bad("min_trials_per_block", cfg.minTrialsPerBlock(), "need at least 1");
        }
        if (cfg.maxTrialsPerBlock() < cfg.minTrialsPerBlock()) {
            throw bad("max_trials_per_block", cfg.maxTrialsPerBlock(),
                    "must be ≥ min_trials_per_block = " + cfg.minTrialsPerBlock());
        }
        double q = 1 - p;
        double acceptance = Math.pow(q, cfg.minTrialsPerBlock() - 1) - Math.pow(q, cfg.maxTrialsPerBlock());
        if (!(acceptance >= MIN_ACCEPTANCE)) {
            throw bad("trials_per_block_param", p, "P(" + cfg.minTrialsPerBlock() + " ≤ block length ≤ "
                    + cfg.maxTrialsPerBlock() + ") = " + acceptance + " is too small to redraw until it holds; "
                    + "lower p or widen min/max_trials_per_block");
        }
        if (cfg.maxObsPerTrial() < 1) {
            throw bad("max_obs_per_trial", cfg.maxObsPerTrial(), "need at least 1");
        }
        if (cfg.rnnStepsBeforeObs() < 0) {
            throw bad("rnn_steps_before_obs", cfg.rnnStepsBeforeObs(), "must be ≥ 0");
        }
        long maxSteps = (long) cfg.blocksPerSession() * cfg.maxTrialsPerBlock() * cfg.stepsPerTrial() * 2;
        if (maxSteps > Integer.MAX_VALUE - 8) {
            throw bad("blocks_per_session", cfg.blocksPerSession(), "a session this long cannot be held in memory; "
                    + "lower blocks_per_session or max_trials_per_block");
        }
        double[][] probs = cfg.blockSideProbs();
        if (probs == null || probs.length != 2 || probs[0] == null || probs[1] == null
                || probs[0].length != 2 || probs[1].length != 2) {
            throw new IllegalArgumentException("env.kwargs.block_side_probs must be 2×2 [[P(L), P(R)] of the left "
                    + "block, [P(L), P(R)] of the right block], e.g. [[0.8, 0.2], [0.2, 0.8]]");
        }
        for (int b = 0; b < 2; b++) {
            double l = probs[b][0];
            double r = probs[b][1];
            if (!(l >= 0 && r >= 0 && Math.abs(l + r - 1) <= PROB_TOLERANCE)) {
                throw new IllegalArgumentException("env.kwargs.block_side_probs[" + b + "] = [" + l + ", " + r
                        + "]: must be non-negative and sum to 1");
            }
        }
        if (!Double.isFinite(cfg.minStimulusStrength()) || !Double.isFinite(cfg.maxStimulusStrength())) {
            throw bad("min/max_stimulus_strength", cfg.minStimulusStrength() + ", " + cfg.maxStimulusStrength(),
                    "must be finite");
        }
        if (!Double.isFinite(cfg.timeDelayPenalty())) {
            throw bad("time_delay_penalty", cfg.timeDelayPenalty(), "must be finite");
        }
    }

    private static IllegalArgumentException bad(String key, Object value, String why) {
        return new IllegalArgumentException("env.kwargs." + key + " = " + value + ": " + why);
    }
}
