package org.iblrnn.analysis.behaviour;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.iblrnn.analysis.AnalysisContext;

/**
 * The metrics.json {@code behaviour} section: the points of the behaviour curves that the paper quotes, for the RNN
 * and the Bayesian actor — steps per trial and accuracy on concordant and discordant trials by unsigned strength, and
 * accuracy by trial within block — so a run can be compared with the paper without reading figures.
 */
public final class BehaviourSummary {

    /** Trials within block reported one by one (0-based indices 0 .. {@value} − 1). */
    public static final int FIRST_TRIALS = 30;
    /** The plateau is the accuracy of trials with 0-based index at least this (the paper: "from about trial 10"). */
    public static final int PLATEAU_FROM = 9;

    private BehaviourSummary() {
    }

    /** {@code behaviour.{rnn, bayesian_actor}.{...}}. */
    public static Map<String, Object> metrics(AnalysisContext ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rnn", of(BehaviourTrials.rnn(ctx)));
        m.put(BehaviourTrials.ACTOR, of(BehaviourTrials.actor(ctx)));
        return m;
    }

    /**
     * {@code steps_per_trial_by_strength}, {@code correct_by_strength_concordant},
     * {@code correct_by_strength_discordant} (keys: unsigned strength), {@code correct_by_trial_within_block}
     * (0-based trial index 0 .. {@value #FIRST_TRIALS} − 1; null where no trial) and
     * {@code correct_from_trial_10} (all trials with index ≥ {@value #PLATEAU_FROM}).
     */
    public static Map<String, Object> of(AgentTrials a) {
        Map<String, Object> m = new LinkedHashMap<>();
        double[] unsigned = a.trials().strength();
        int[] steps = a.trials().stepsInTrial();
        m.put("steps_per_trial_by_strength", byKey(BehaviourCurves.group(a, AgentTrials.all(), i -> unsigned[i],
                i -> steps[i])));
        m.put("correct_by_strength_concordant", byKey(BehaviourCurves.group(a, a.concordant(true),
                i -> unsigned[i], i -> a.correct()[i])));
        m.put("correct_by_strength_discordant", byKey(BehaviourCurves.group(a, a.concordant(false),
                i -> unsigned[i], i -> a.correct()[i])));
        GroupedStats byTrial = BehaviourCurves.accuracyByTrialWithinBlock(a, AgentTrials.all());
        double[] first = new double[FIRST_TRIALS];
        for (int k = 0; k < FIRST_TRIALS; k++) {
            first[k] = byTrial.meanAt(k);
        }
        m.put("correct_by_trial_within_block", first);
        int[] within = a.trials().trialWithinBlock();
        IntPredicate late = i -> within[i] >= PLATEAU_FROM;
        m.put("correct_from_trial_10", mean(a, late));
        return m;
    }

    private static Map<String, Double> byKey(GroupedStats g) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < g.size(); i++) {
            m.put(Double.toString(g.keys()[i]), g.mean()[i]);
        }
        return m;
    }

    private static double mean(AgentTrials a, IntPredicate keep) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (keep.test(i)) {
                s += a.correct()[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
