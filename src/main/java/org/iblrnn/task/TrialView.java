package org.iblrnn.task;

/**
 * One entry per trial of a {@link SessionTable}, read off its trial-end rows: what most behavioural figures need,
 * without scanning every step. Arrays are parallel, have length {@link #size()} and are not copied by the accessors
 * (treat as read-only).
 *
 * @param endRow             table row of the trial's last step
 * @param sessionIndex       session of the trial
 * @param blockIndex         block within the session
 * @param trialWithinBlock   0-based trial within its block
 * @param trialWithinSession 0-based trial within its session
 * @param side               trial side, −1/+1
 * @param blockSide          block side, −1/+1
 * @param strength           unsigned stimulus strength
 * @param signedStrength     strength × side
 * @param actionTaken        true if the trial ended with an action, false on a timeout
 * @param actionSide         −1/+1, or {@link SessionTable#NO_ACTION} on a timeout
 * @param correct            true if the action was on the trial's side
 * @param stepsInTrial       rows the trial took, blank steps included
 * @param concordant         side == blockSide
 */
public record TrialView(int[] endRow, int[] sessionIndex, int[] blockIndex, int[] trialWithinBlock,
                        int[] trialWithinSession, int[] side, int[] blockSide, double[] strength,
                        double[] signedStrength, boolean[] actionTaken, int[] actionSide, boolean[] correct,
                        int[] stepsInTrial, boolean[] concordant) {

    /** Number of trials. */
    public int size() {
        return endRow.length;
    }

    /** Table row of the trial's first step. */
    public int startRow(int trial) {
        return endRow[trial] - stepsInTrial[trial] + 1;
    }
}
