package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iblrnn.analysis.behaviour.GroupedStats;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.GroupSummary;
import org.iblrnn.compare.LearningCurve;
import org.iblrnn.compare.RunData;
import org.iblrnn.compare.RunSummary;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * Training accuracy ({@code train/correct_action_taken_by_total_trials}) against gradient step: each run as a faint
 * line in its configuration's colour, and each configuration with several runs as its mean ± SEM over runs at every
 * logged step.
 */
final class CompareLearningCurvesFigure extends CompareFigureBase {

    CompareLearningCurvesFigure() {
        super("compare_learning_curves", "Learning curves",
                "How fast does each configuration learn the task, and how much do seeds differ?");
    }

    @Override
    public Optional<String> skipReason(CompareData data) {
        return data.runs().stream().allMatch(r -> r.learningCurve().size() == 0)
                ? Optional.of("no run has TensorBoard event files with " + LearningCurve.ACCURACY_TAG)
                : Optional.empty();
    }

    @Override
    public Drawable render(CompareData data) {
        LinePlot p = new LinePlot().xLabel("Gradient Step").yLabel("# Correct / # Trials (training)");
        Map<String, RunData> byName = data.byName();
        List<GroupSummary> groups = data.grouping().groups();
        for (int gi = 0; gi < groups.size(); gi++) {
            GroupSummary g = groups.get(gi);
            Color c = CompareFigures.color(gi);
            List<LearningCurve> curves = g.runs().stream().map(r -> byName.get(r.name()).learningCurve())
                    .filter(lc -> lc.size() > 0).toList();
            if (curves.isEmpty()) {
                continue;
            }
            boolean single = curves.size() == 1;
            for (LearningCurve lc : curves) {
                double[] x = new double[lc.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = lc.steps()[i];
                }
                Line l = Line.of(x, lc.values()).color(c).width(single ? 1f : 0.6f).alpha(single ? 1.0 : 0.3);
                p.add(single ? l.label(label(g, 1)) : l);
            }
            if (!single) {
                GroupedStats mean = meanOverRuns(curves);
                p.add(Line.of(mean.keys(), mean.mean()).sem(mean.sem()).color(c).width(1.5f).label(label(g, curves.size())));
            }
        }
        return p.size(HouseStyle.DEFAULT_WIDTH_IN, HouseStyle.DEFAULT_HEIGHT_IN).legend().legendMarkerScale(0.5);
    }

    private static String label(GroupSummary g, int runs) {
        if (g.runs().size() == 1) {
            RunSummary r = g.runs().get(0);
            return g.label() + " (seed " + r.seed() + ")";
        }
        long seeds = g.runs().stream().mapToLong(RunSummary::seed).distinct().count();
        return g.label() + " (" + runs + " runs" + (seeds == runs ? "" : ", " + seeds + " seed" + (seeds == 1 ? "" : "s"))
                + ")";
    }

    /** Mean ± SEM over runs of the value at each step (steps logged by fewer runs average fewer). */
    static GroupedStats meanOverRuns(List<LearningCurve> curves) {
        int n = curves.stream().mapToInt(LearningCurve::size).sum();
        double[] k = new double[n];
        double[] v = new double[n];
        int j = 0;
        for (LearningCurve lc : curves) {
            for (int i = 0; i < lc.size(); i++) {
                k[j] = lc.steps()[i];
                v[j++] = lc.values()[i];
            }
        }
        return GroupedStats.of(k, v);
    }
}
