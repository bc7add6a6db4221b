package org.iblrnn.fitmice;

/**
 * One session of one mouse as a choice model sees it, trial by trial in order. A model's history (prior, kernel,
 * recurrent state) starts fresh at the first trial of every session.
 *
 * @param sessionNum          the session's number in the source file
 * @param signedContrast      contrast × stimulus side, as a fraction in [−1, 1] (negative: left stimulus)
 * @param stimulusSide        −1 left, +1 right (the side the stimulus was on, revealed by feedback)
 * @param choice              −1 left, +1 right, 0 no response (masked from the likelihood, still advances history)
 * @param rewarded            1 if the trial was correct, else 0
 * @param stimProbabilityLeft the block's P(left stimulus): 0.8, 0.2, or 0.5 (unbiased)
 */
public record ChoiceSession(int sessionNum, double[] signedContrast, int[] stimulusSide, int[] choice, int[] rewarded,
                            double[] stimProbabilityLeft) {

    public ChoiceSession {
        int n = signedContrast.length;
        if (stimulusSide.length != n || choice.length != n || rewarded.length != n || stimProbabilityLeft.length != n) {
            throw new IllegalArgumentException("session " + sessionNum + ": columns of different lengths");
        }
    }

    /** Number of trials. */
    public int trials() {
        return signedContrast.length;
    }

    /** Number of trials with a response (the ones a likelihood counts). */
    public int responded() {
        int k = 0;
        for (int c : choice) {
            k += c != 0 ? 1 : 0;
        }
        return k;
    }
}
