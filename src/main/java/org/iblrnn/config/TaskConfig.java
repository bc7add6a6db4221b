package org.iblrnn.config;

import java.util.Arrays;

/**
 * The task's parameters: {@code env.kwargs} of params.json. Sides: index 0 = left, 1 = right.
 *
 * @param numStimulusStrength  number of strengths in linspace(min, max, n)
 * @param minStimulusStrength  smallest strength (0)
 * @param maxStimulusStrength  largest strength (2.5)
 * @param blockSideProbs       [block][trial side]: row 0 is the left block's (P(left), P(right)), row 1 the right block's
 * @param trialsPerBlockParam  p of the geometric block-length distribution (0.02)
 * @param blocksPerSession     blocks in one session (4 when training)
 * @param minTrialsPerBlock    block lengths are redrawn until ≥ this (20)
 * @param maxTrialsPerBlock    ... and ≤ this (100)
 * @param maxObsPerTrial       observation steps per trial before a timeout (10)
 * @param rnnStepsBeforeObs    blank steps at the start of each trial (2)
 * @param timeDelayPenalty     reward of an observation step without action (−0.05)
 */
public record TaskConfig(int numStimulusStrength, double minStimulusStrength, double maxStimulusStrength,
                         double[][] blockSideProbs, double trialsPerBlockParam, int blocksPerSession,
                         int minTrialsPerBlock, int maxTrialsPerBlock, int maxObsPerTrial, int rnnStepsBeforeObs,
                         double timeDelayPenalty) {

    /** The paper's task. */
    public static TaskConfig defaults() {
        return new TaskConfig(6, 0.0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 4, 20, 100, 10, 2, -0.05);
    }

    /** The strengths a trial can have: linspace(min, max, n) as numpy computes it. */
    public double[] strengths() {
        double[] s = new double[numStimulusStrength];
        if (numStimulusStrength == 1) {
            s[0] = minStimulusStrength;
            return s;
        }
        double step = (maxStimulusStrength - minStimulusStrength) / (numStimulusStrength - 1);
        for (int i = 0; i < numStimulusStrength; i++) {
            s[i] = minStimulusStrength + i * step;
        }
        s[numStimulusStrength - 1] = maxStimulusStrength;
        return s;
    }

    /** RNN steps a trial has when it times out: blank steps plus observation steps (12). */
    public int stepsPerTrial() {
        return rnnStepsBeforeObs + maxObsPerTrial;
    }

    public TaskConfig withBlocksPerSession(int n) {
        return new TaskConfig(numStimulusStrength, minStimulusStrength, maxStimulusStrength, blockSideProbs,
                trialsPerBlockParam, n, minTrialsPerBlock, maxTrialsPerBlock, maxObsPerTrial, rnnStepsBeforeObs,
                timeDelayPenalty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskConfig t && numStimulusStrength == t.numStimulusStrength
                && minStimulusStrength == t.minStimulusStrength && maxStimulusStrength == t.maxStimulusStrength
                && Arrays.deepEquals(blockSideProbs, t.blockSideProbs) && trialsPerBlockParam == t.trialsPerBlockParam
                && blocksPerSession == t.blocksPerSession && minTrialsPerBlock == t.minTrialsPerBlock
                && maxTrialsPerBlock == t.maxTrialsPerBlock && maxObsPerTrial == t.maxObsPerTrial
                && rnnStepsBeforeObs == t.rnnStepsBeforeObs && timeDelayPenalty == t.timeDelayPenalty;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(blockSideProbs) * 31 + Double.hashCode(maxStimulusStrength) + blocksPerSession;
    }

    @Override
    public String toString() {
        return "TaskConfig[strengths=" + Arrays.toString(strengths()) + ", blockSideProbs="
                + Arrays.deepToString(blockSideProbs) + ", p=" + trialsPerBlockParam + ", blocks=" + blocksPerSession
                + ", trials/block=[" + minTrialsPerBlock + "," + maxTrialsPerBlock + "], maxObs=" + maxObsPerTrial
                + ", blankSteps=" + rnnStepsBeforeObs + ", delayPenalty=" + timeDelayPenalty + "]";
    }
}
