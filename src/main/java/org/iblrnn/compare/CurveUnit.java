package org.iblrnn.compare;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.iblrnn.analysis.behaviour.GroupedStats;

/**
 * One line of the cross-run behaviour figures: a single run (mean ± SEM over its trials) or a configuration's runs
 * (the per-run means averaged, ± SEM over runs — the seed-to-seed spread, not the trial noise).
 *
 * @param label   legend text (the run's name or the configuration's label)
 * @param runs    names of the runs drawn
 * @param members their analysis trials, in the same order
 */
public record CurveUnit(String label, List<String> runs, List<TrialOutcomes> members) {

    public CurveUnit {
        runs = List.copyOf(runs);
        members = List.copyOf(members);
        if (members.isEmpty() || runs.size() != members.size()) {
            throw new IllegalArgumentException("CurveUnit '" + label + "' needs one trial set per run (" + runs.size()
                    + " runs, " + members.size() + " trial sets)");
        }
    }

    /** Accuracy by signed strength on concordant (or discordant) trials (figure C1). */
    public GroupedStats accuracyBySignedStrength(boolean concordant) {
        return stats(t -> i -> t.concordant()[i] == concordant, t -> i -> t.signedStrength()[i], 0);
    }

    /** Accuracy by 0-based trial within block; a run's trial indices with a single trial are dropped (C2). */
    public GroupedStats accuracyByTrialWithinBlock() {
        return stats(t -> i -> true, t -> i -> t.trialWithinBlock()[i], 1);
    }

    private GroupedStats stats(java.util.function.Function<TrialOutcomes, IntPredicate> keep,
                               java.util.function.Function<TrialOutcomes, IntToDoubleFunction> key, int minCountAbove) {
        if (members.size() == 1) {
            return perRun(members.get(0), keep, key).withCountAbove(minCountAbove);
        }
        int total = 0;
        GroupedStats[] each = new GroupedStats[members.size()];
        for (int m = 0; m < each.length; m++) {
            each[m] = perRun(members.get(m), keep, key).withCountAbove(minCountAbove);
            total += each[m].size();
        }
        double[] k = new double[total];
        double[] v = new double[total];
        int j = 0;
        for (GroupedStats g : each) {
            for (int i = 0; i < g.size(); i++) {
                k[j] = g.keys()[i];
                v[j++] = g.mean()[i];
            }
        }
        return GroupedStats.of(k, v);
    }

    private static GroupedStats perRun(TrialOutcomes t, java.util.function.Function<TrialOutcomes, IntPredicate> keep,
                                       java.util.function.Function<TrialOutcomes, IntToDoubleFunction> key) {
        IntPredicate p = keep.apply(t);
        IntToDoubleFunction f = key.apply(t);
        int n = t.size();
        double[] k = new double[n];
        double[] v = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (p.test(i)) {
                k[m] = f.applyAsDouble(i);
                v[m++] = t.correct()[i];
            }
        }
        return GroupedStats.of(java.util.Arrays.copyOf(k, m), java.util.Arrays.copyOf(v, m));
    }
}
