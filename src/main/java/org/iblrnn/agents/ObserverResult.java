package org.iblrnn.agents;

import java.util.Arrays;

/**
 * The {@link BayesianObserver}'s columns, one entry per row of the evaluated session (NaN where the column is not
 * defined), named after the session-table columns they become ({@code bayesian_observer_*}).
 *
 * @param blockPosteriorRight    P(right block | sides of trials ≤ n) on each trial's end row, NaN elsewhere
 * @param blockPriorRight        the previous trial's block posterior on each trial's first row (0.5 on row 0)
 * @param stimulusPriorRight     the trial's stimulus prior on each trial's first row (0.5 on row 0)
 * @param stimulusPosteriorRight P(right side | prior, observations so far) on observation rows, NaN on blank rows
 * @param actionTaken            1 if the posterior is > 0.9 or < 0.1, else 0; NaN on blank rows
 * @param actionSide             2·round(posterior) − 1 (0.5 rounds to left); NaN on blank rows
 * @param correct                1 if actionSide equals the trial side, else 0; NaN on blank rows
 * @param reward                 2·correct − 1; NaN on blank rows
 * @param trialEndRows           row index of each trial's end, in order
 */
public record ObserverResult(double[] blockPosteriorRight, double[] blockPriorRight, double[] stimulusPriorRight,
                             double[] stimulusPosteriorRight, double[] actionTaken, double[] actionSide,
                             double[] correct, double[] reward, int[] trialEndRows) {

    /** The block posterior (right) per trial, read on the trial-end rows. */
    public double[] trialBlockPosteriorRight() {
        return atTrialEnds(blockPosteriorRight);
    }

    /** Correctness of the forced decision at each trial's end row (where the evaluated agent decided). */
    public double[] trialCorrect() {
        return atTrialEnds(correct);
    }

    /** Fraction of trials whose forced decision at the trial-end row is correct. */
    public double accuracyAtTrialEnds() {
        return Arrays.stream(trialCorrect()).average().orElse(Double.NaN);
    }

    private double[] atTrialEnds(double[] column) {
        double[] out = new double[trialEndRows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = column[trialEndRows[i]];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObserverResult r && Arrays.equals(blockPosteriorRight, r.blockPosteriorRight)
                && Arrays.equals(stimulusPosteriorRight, r.stimulusPosteriorRight)
                && Arrays.equals(stimulusPriorRight, r.stimulusPriorRight) && Arrays.equals(trialEndRows, r.trialEndRows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blockPosteriorRight) * 31 + Arrays.hashCode(stimulusPosteriorRight);
    }

    @Override
    public String toString() {
        return "ObserverResult[rows=" + blockPosteriorRight.length + ", trials=" + trialEndRows.length + "]";
    }
}
