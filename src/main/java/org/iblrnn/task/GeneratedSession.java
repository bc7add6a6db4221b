package org.iblrnn.task;

import java.util.Arrays;

/**
 * Everything about one session that is fixed before any agent plays it: blocks, trial sides and strengths, and
 * every observation a trial could show (a trial that times out uses all {@link #stepsPerTrial()} steps; an agent
 * that acts early simply never sees the rest). Keeping the draws separate from the run is what lets two agents be
 * compared on exactly the same stimuli.
 *
 * <p>Immutable. Sides are −1 (left) and +1 (right). Trials are numbered across the session (0-based); steps within
 * a trial are 0-based and the first {@link #blankSteps()} of them have both observations exactly 0. Bulk getters
 * return copies; the per-element accessors are the fast path.
 */
public final class GeneratedSession {

    private final int[] blockSides;
    private final int[] blockLengths;
    private final int[] blockFirstTrial;
    private final int[] trialBlock;
    private final int[] trialWithinBlock;
    private final int[] trialSides;
    private final double[] trialStrengths;
    /** Layout: {@code ((trial * stepsPerTrial) + step) * 2 + (0 left | 1 right)}. */
    private final double[] observations;
    private final int stepsPerTrial;
    private final int blankSteps;

    /** Trusted constructor: takes ownership of the arrays (the generator's path, no copies, no checks). */
    GeneratedSession(int[] blockSides, int[] blockLengths, int[] trialSides, double[] trialStrengths,
                     double[] observations, int stepsPerTrial, int blankSteps) {
        this.blockSides = blockSides;
        this.blockLengths = blockLengths;
        this.trialSides = trialSides;
        this.trialStrengths = trialStrengths;
        this.observations = observations;
        this.stepsPerTrial = stepsPerTrial;
        this.blankSteps = blankSteps;
        int numTrials = trialSides.length;
        this.blockFirstTrial = new int[blockLengths.length];
        this.trialBlock = new int[numTrials];
        this.trialWithinBlock = new int[numTrials];
        int t = 0;
        for (int b = 0; b < blockLengths.length; b++) {
            blockFirstTrial[b] = t;
            for (int k = 0; k < blockLengths[b]; k++, t++) {
                trialBlock[t] = b;
                trialWithinBlock[t] = k;
            }
        }
    }

    /**
     * Builds a session from explicit values (scripted sessions in tests and figures); arrays are copied and checked.
     *
     * @param blockSides     side of each block (−1/+1)
     * @param blockLengths   trials in each block (≥ 1); their sum is the number of trials
     * @param trialSides     side of each trial (−1/+1)
     * @param trialStrengths strength of each trial
     * @param observations   [trial][step][left, right], each trial with {@code stepsPerTrial} steps
     * @param blankSteps     leading steps of each trial whose observations must be exactly 0
     * @return the session
     * @throws IllegalArgumentException naming the first inconsistent value
     */
    public static GeneratedSession of(int[] blockSides, int[] blockLengths, int[] trialSides, double[] trialStrengths,
                                      double[][][] observations, int blankSteps) {
        if (blockSides.length != blockLengths.length || blockSides.length == 0) {
            throw new IllegalArgumentException("GeneratedSession: " + blockSides.length + " block sides but "
                    + blockLengths.length + " block lengths; give one side and one length per block (at least one)");
        }
        int numTrials = 0;
        for (int b = 0; b < blockLengths.length; b++) {
            checkSide("blockSides[" + b + "]", blockSides[b]);
            if (blockLengths[b] < 1) {
                throw new IllegalArgumentException("GeneratedSession: blockLengths[" + b + "] = " + blockLengths[b]
                        + "; every block needs at least one trial");
            }
            numTrials += blockLengths[b];
        }
        if (trialSides.length != numTrials || trialStrengths.length != numTrials || observations.length != numTrials) {
            throw new IllegalArgumentException("GeneratedSession: block lengths sum to " + numTrials + " trials but got "
                    + trialSides.length + " sides, " + trialStrengths.length + " strengths, " + observations.length
                    + " observation arrays; give one of each per trial");
        }
        int steps = numTrials == 0 ? 0 : observations[0].length;
        if (blankSteps < 0 || blankSteps >= steps) {
            throw new IllegalArgumentException("GeneratedSession: blankSteps = " + blankSteps + " with " + steps
                    + " steps per trial; need 0 ≤ blankSteps < steps per trial");
        }
        double[] flat = new double[numTrials * steps * 2];
        for (int t = 0; t < numTrials; t++) {
            checkSide("trialSides[" + t + "]", trialSides[t]);
            if (observations[t].length != steps) {
                throw new IllegalArgumentException("GeneratedSession: observations[" + t + "] has "
                        + observations[t].length + " steps, trial 0 has " + steps + "; all trials need the same count");
            }
            for (int s = 0; s < steps; s++) {
                double[] o = observations[t][s];
                if (o.length != 2) {
                    throw new IllegalArgumentException("GeneratedSession: observations[" + t + "][" + s + "] has length "
                            + o.length + "; expected [left, right]");
                }
                if (s < blankSteps && (o[0] != 0.0 || o[1] != 0.0)) {
                    throw new IllegalArgumentException("GeneratedSession: observations[" + t + "][" + s + "] = "
                            + Arrays.toString(o) + " on a blank step; blank steps must be exactly 0");
                }
                flat[(t * steps + s) * 2] = o[0];
                flat[(t * steps + s) * 2 + 1] = o[1];
            }
        }
        return new GeneratedSession(blockSides.clone(), blockLengths.clone(), trialSides.clone(),
                trialStrengths.clone(), flat, steps, blankSteps);
    }

    private static void checkSide(String what, int side) {
        if (side != -1 && side != 1) {
            throw new IllegalArgumentException("GeneratedSession: " + what + " = " + side + "; sides are −1 (left) or +1 (right)");
        }
    }

    public int numBlocks() {
        return blockSides.length;
    }

    public int numTrials() {
        return trialSides.length;
    }

    /** Steps every trial has room for: blank steps plus observation steps. */
    public int stepsPerTrial() {
        return stepsPerTrial;
    }

    /** Leading steps of every trial with both observations exactly 0. */
    public int blankSteps() {
        return blankSteps;
    }

    public int blockSide(int block) {
        return blockSides[block];
    }

    public int blockLength(int block) {
        return blockLengths[block];
    }

    /** Session-wide index of the block's first trial. */
    public int blockFirstTrial(int block) {
        return blockFirstTrial[block];
    }

    public int trialBlock(int trial) {
        return trialBlock[trial];
    }

    /** 0-based position of the trial within its block. */
    public int trialWithinBlock(int trial) {
        return trialWithinBlock[trial];
    }

    public int trialSide(int trial) {
        return trialSides[trial];
    }

    public double trialStrength(int trial) {
        return trialStrengths[trial];
    }

    /** Left observation of a trial's step (0 on blank steps). */
    public double left(int trial, int step) {
        return observations[(trial * stepsPerTrial + step) * 2];
    }

    /** Right observation of a trial's step (0 on blank steps). */
    public double right(int trial, int step) {
        return observations[(trial * stepsPerTrial + step) * 2 + 1];
    }

    /** Copy of the block sides. */
    public int[] blockSides() {
        return blockSides.clone();
    }

    /** Copy of the block lengths (trials per block). */
    public int[] blockLengths() {
        return blockLengths.clone();
    }

    /** Copy of the trial sides. */
    public int[] trialSides() {
        return trialSides.clone();
    }

    /** Copy of the trial strengths. */
    public double[] trialStrengths() {
        return trialStrengths.clone();
    }

    /** Copy of the observations as [trial][step][left, right]. */
    public double[][][] observations() {
        double[][][] o = new double[numTrials()][stepsPerTrial][2];
        for (int t = 0; t < o.length; t++) {
            for (int s = 0; s < stepsPerTrial; s++) {
                o[t][s][0] = left(t, s);
                o[t][s][1] = right(t, s);
            }
        }
        return o;
    }

    @Override
    public String toString() {
        return "GeneratedSession[blocks=" + numBlocks() + ", trials=" + numTrials() + ", stepsPerTrial="
                + stepsPerTrial + ", blankSteps=" + blankSteps + "]";
    }
}
