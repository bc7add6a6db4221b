package org.iblrnn.agents;

import java.util.Arrays;
import org.iblrnn.task.SessionTable;

/**
 * What the {@link BayesianObserver} needs from a finished session, one entry per RNN step in session order: the two
 * observations, the trial-end marker and the trial's true side. Plain arrays so the observer does not depend on the
 * session table's layout; trials are the runs of rows ending at each trial-end row.
 *
 * @param left      left observation per step
 * @param right     right observation per step
 * @param trialEnd  true on the last row of each trial (the session's last row must be one)
 * @param trialSide the trial's true side per step, −1 left or +1 right, constant within a trial
 */
public record ObserverInput(double[] left, double[] right, boolean[] trialEnd, int[] trialSide) {

    public ObserverInput {
        if (left == null || right == null || trialEnd == null || trialSide == null) {
            throw new IllegalArgumentException("ObserverInput: all four arrays (left, right, trialEnd, trialSide)"
                    + " must be non-null");
        }
        int n = left.length;
        if (n == 0 || right.length != n || trialEnd.length != n || trialSide.length != n) {
            throw new IllegalArgumentException("ObserverInput: arrays must be non-empty and equally long, got left="
                    + n + ", right=" + right.length + ", trialEnd=" + trialEnd.length + ", trialSide="
                    + trialSide.length);
        }
        if (!trialEnd[n - 1]) {
            throw new IllegalArgumentException("ObserverInput: last row " + (n - 1)
                    + " is not a trial end; pass whole trials only");
        }
        for (int i = 0; i < n; i++) {
            if (trialSide[i] != -1 && trialSide[i] != 1) {
                throw new IllegalArgumentException("ObserverInput: trialSide[" + i + "] = " + trialSide[i]
                        + ", expected -1 (left) or +1 (right)");
            }
            if (i > 0 && !trialEnd[i - 1] && trialSide[i] != trialSide[i - 1]) {
                throw new IllegalArgumentException("ObserverInput: trialSide changes inside a trial at row " + i
                        + "; mark the previous row as a trial end or fix the sides");
            }
        }
        left = left.clone();
        right = right.clone();
        trialEnd = trialEnd.clone();
        trialSide = trialSide.clone();
    }

    /**
     * The observer's view of one session's table: stimuli, trial-end markers and true trial sides.
     *
     * @param table a table holding exactly one session (the block filter restarts per session, so evaluate sessions
     *              separately)
     */
    public static ObserverInput of(SessionTable table) {
        int[] sessions = table.sessionIndex();
        for (int i = 1; i < sessions.length; i++) {
            if (sessions[i] != sessions[0]) {
                throw new IllegalArgumentException("ObserverInput.of: table holds sessions " + sessions[0] + " and "
                        + sessions[i] + " (row " + i + "); evaluate the observer on one session at a time");
            }
        }
        return new ObserverInput(table.leftStimulus(), table.rightStimulus(), table.trialEnd(), table.trialSide());
    }

    /** Number of rows (steps). */
    public int size() {
        return left.length;
    }

    /** Row indices of the trial ends, in order. */
    public int[] trialEndRows() {
        int[] rows = new int[size()];
        int count = 0;
        for (int i = 0; i < size(); i++) {
            if (trialEnd[i]) {
                rows[count++] = i;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObserverInput other && Arrays.equals(left, other.left) && Arrays.equals(right, other.right)
                && Arrays.equals(trialEnd, other.trialEnd) && Arrays.equals(trialSide, other.trialSide);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(left) * 31 + Arrays.hashCode(trialSide);
    }

    @Override
    public String toString() {
        return "ObserverInput[rows=" + size() + ", trials=" + trialEndRows().length + "]";
    }
}
