package org.iblrnn.fitmice.classical;

/**
 * The exact Bayesian observer of the block structure of the IBL biased task, fed with the stimulus sides: it
 * returns, for every trial, the probability that the stimulus will be on the right given the sides of the earlier
 * trials of the session.
 *
 * <p>The generative model it inverts is the task's: a session opens with {@code unbiasedPrefix} trials at
 * P(right) = ½ (90 in almost every session; the observer is told how many, but nothing about the blocks); then
 * biased blocks alternate sides, the first one's side being left or right with probability ½; within a block the
 * stimulus is on the block's side with probability 0.8; a block lasts L trials with P(L = n) ∝ exp(−n/60) for
 * n = 20..99 (the task draws the length as the integer part of an exponential of mean 60 truncated to [20, 100]).
 * The hidden state is (block side, trials so far in the block d); after a trial the block ends with the hazard
 * h(d) = P(L = d)/P(L ≥ d) and the other side's block starts with d = 1, or it goes on with d + 1. The filter is
 * exact on these 2 × 99 states; a trial without a recorded side advances the block clock without evidence.
 */
final class BlockObserver {

    /** P(stimulus on the block's side). */
    static final double BLOCK_PROBABILITY = 0.8;
    static final int MIN_BLOCK = 20;
    static final int MAX_BLOCK = 99;
    static final double BLOCK_SCALE = 60.0;

    private static final double[] HAZARD = hazard();

    private BlockObserver() {
    }

    /** h(d) for d = 1..MAX_BLOCK at index d − 1. */
    static double[] hazard() {
        double[] p = new double[MAX_BLOCK + 1];
        for (int n = MIN_BLOCK; n <= MAX_BLOCK; n++) {
            p[n] = Math.exp(-n / BLOCK_SCALE);
        }
        double[] h = new double[MAX_BLOCK];
        double survivor = 0.0;
        for (int d = MAX_BLOCK; d >= 1; d--) {
            survivor += p[d];
            h[d - 1] = survivor > 0 ? p[d] / survivor : 0.0;
        }
        return h;
    }

    /**
     * Writes P(right stimulus on trial t | sides before t) into {@code pi[from..to)} for the session whose stimulus
     * sides (−1, +1, 0 unknown) are {@code side[from..to)}.
     */
    static void priorRight(int[] side, int from, int to, int unbiasedPrefix, double[] pi) {
        double[] right = new double[MAX_BLOCK];
        double[] left = new double[MAX_BLOCK];
        double[] nextRight = new double[MAX_BLOCK];
        double[] nextLeft = new double[MAX_BLOCK];
        int biasedFrom = from + Math.min(unbiasedPrefix, to - from);
        for (int i = from; i < biasedFrom; i++) {
            pi[i] = 0.5;
        }
        right[0] = 0.5;
        left[0] = 0.5;
        double b = BLOCK_PROBABILITY;
        for (int i = biasedFrom; i < to; i++) {
            double pr = 0.0;
            for (int d = 0; d < MAX_BLOCK; d++) {
                pr += right[d];
            }
            pi[i] = b * pr + (1.0 - b) * (1.0 - pr);
            double lr = side[i] > 0 ? b : side[i] < 0 ? 1.0 - b : 1.0;
            double ll = side[i] > 0 ? 1.0 - b : side[i] < 0 ? b : 1.0;
            double toRight = 0.0;
            double toLeft = 0.0;
            double total = 0.0;
            for (int d = 0; d < MAX_BLOCK; d++) {
                double r = right[d] * lr;
                double l = left[d] * ll;
                total += r + l;
                double h = HAZARD[d];
                toLeft += r * h;
                toRight += l * h;
                if (d + 1 < MAX_BLOCK) {
                    nextRight[d + 1] = r * (1.0 - h);
                    nextLeft[d + 1] = l * (1.0 - h);
                }
            }
            nextRight[0] = toRight;
            nextLeft[0] = toLeft;
            double inv = 1.0 / total;
            for (int d = 0; d < MAX_BLOCK; d++) {
                right[d] = nextRight[d] * inv;
                left[d] = nextLeft[d] * inv;
            }
        }
    }
}
