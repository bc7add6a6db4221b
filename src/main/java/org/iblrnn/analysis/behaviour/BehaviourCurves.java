package org.iblrnn.analysis.behaviour;

import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The binned behaviour curves of the behaviour and observer figures, each a {@link GroupedStats} over a subset of
 * an agent's trials. Keys are raw values (0-based trial within block, signed strength, number of observations);
 * figures shift them for display. Filtering of small groups (the original's "size > 1") is left to the caller.
 */
public final class BehaviourCurves {

    private BehaviourCurves() {
    }

    /** Mean of {@code value} per {@code key} over the trials {@code keep} accepts. */
    public static GroupedStats group(AgentTrials a, IntPredicate keep, IntToDoubleFunction key,
                                     IntToDoubleFunction value) {
        int n = a.size();
        double[] k = new double[n];
        double[] v = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                k[m] = key.applyAsDouble(i);
                v[m++] = value.applyAsDouble(i);
            }
        }
        return GroupedStats.of(java.util.Arrays.copyOf(k, m), java.util.Arrays.copyOf(v, m));
    }

    /** Chronometric curve: RNN steps per trial (blank steps included) by signed strength (B1, B2, O3). */
    public static GroupedStats stepsBySignedStrength(AgentTrials a, IntPredicate keep) {
        int[] steps = a.trials().stepsInTrial();
        return group(a, keep, i -> a.trials().signedStrength()[i], i -> steps[i]);
    }

    /** Accuracy (timeouts count as errors) by signed strength (B7). */
    public static GroupedStats accuracyBySignedStrength(AgentTrials a, IntPredicate keep) {
        return group(a, keep, i -> a.trials().signedStrength()[i], i -> a.correct()[i]);
    }

    /** Accuracy by 0-based trial within block (B4–B6). */
    public static GroupedStats accuracyByTrialWithinBlock(AgentTrials a, IntPredicate keep) {
        return group(a, keep, i -> a.trials().trialWithinBlock()[i], i -> a.correct()[i]);
    }

    /** Accuracy by the number of observations seen before deciding (B3). */
    public static GroupedStats accuracyByObservations(AgentTrials a, IntPredicate keep) {
        return group(a, keep, i -> a.observations()[i], i -> a.correct()[i]);
    }

    /** P(right choice) by signed strength over the trials with an action (B10 psychometric curve). */
    public static GroupedStats rightChoiceBySignedStrength(AgentTrials a, IntPredicate keep) {
        IntPredicate acted = a.acted();
        return group(a, i -> acted.test(i) && keep.test(i), i -> a.trials().signedStrength()[i],
                i -> a.rightChoice()[i]);
    }

    /**
     * Net reward per trial by number of observations (B9): outcome reward plus the time penalty
     * ({@code timeDelayPenalty}, e.g. −0.05) for every observation step.
     */
    public static GroupedStats rewardRateByObservations(AgentTrials a, IntPredicate keep, double timeDelayPenalty) {
        return group(a, keep, i -> a.observations()[i],
                i -> a.reward()[i] + a.observations()[i] * timeDelayPenalty);
    }
}
