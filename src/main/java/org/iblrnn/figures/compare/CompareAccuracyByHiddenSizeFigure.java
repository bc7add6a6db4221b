package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.GroupSummary;
import org.iblrnn.compare.MeanSem;
import org.iblrnn.compare.RunMetrics;
import org.iblrnn.compare.RunSummary;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;

/**
 * Accuracy (left) and the zero-strength concordant − discordant accuracy gap (right) against hidden size: one line per
 * configuration series (everything but hidden size and seed), mean ± SEM over seeds as error bars, each seed's run as
 * a faint dot.
 */
final class CompareAccuracyByHiddenSizeFigure extends CompareFigureBase {

    CompareAccuracyByHiddenSizeFigure() {
        super("compare_accuracy_by_hidden_size", "Accuracy and block-prior use by hidden size",
                "How do accuracy and the use of the block prior (concordant − discordant accuracy at zero contrast)"
                        + " change with the network's size, across seeds?");
    }

    @Override
    public Optional<String> skipReason(CompareData data) {
        return data.measured().isEmpty() ? Optional.of("no run has metrics (analyse them, or use --analyze-missing)")
                : Optional.empty();
    }

    @Override
    public Drawable render(CompareData data) {
        LinePlot acc = panel(data, GroupSummary::accuracy, RunMetrics::accuracy)
                .yLabel("# Correct / # Trials").title("Accuracy", HouseStyle.FONT_SIZE);
        LinePlot gap = panel(data, GroupSummary::zeroStrengthGap, RunMetrics::zeroStrengthGap)
                .yLabel("Concordant − Discordant").title("Zero-Contrast Accuracy Gap", HouseStyle.FONT_SIZE)
                .hLine(0, HouseStyle.NEUTRAL, HouseStyle.dashed(0.8f));
        return new Grid(1, 2).set(0, 0, acc).set(0, 1, gap).size(8, 3);
    }

    private static LinePlot panel(CompareData data, Function<GroupSummary, MeanSem> stat,
                                  ToDoubleFunction<RunMetrics> perRun) {
        LinePlot p = new LinePlot().xLabel("Hidden Size");
        List<String> series = data.grouping().series();
        for (int s = 0; s < series.size(); s++) {
            Color c = CompareFigures.color(s);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            List<Double> dotX = new ArrayList<>();
            List<Double> dotY = new ArrayList<>();
            for (GroupSummary g : data.grouping().groups()) {
                if (!g.series().equals(series.get(s))) {
                    continue;
                }
                MeanSem m = stat.apply(g);
                if (m.n() > 0) {
                    x.add((double) g.hiddenSize());
                    y.add(m.mean());
                    err.add(Double.isFinite(m.sem()) ? m.sem() : 0.0);
                }
                for (RunSummary r : g.runs()) {
                    double v = perRun.applyAsDouble(r.metrics());
                    if (r.metrics().measured() && Double.isFinite(v)) {
                        dotX.add((double) r.hiddenSize());
                        dotY.add(v);
                    }
                }
            }
            if (!dotX.isEmpty()) {
                p.add(Line.of(arr(dotX), arr(dotY)).noLine().marker(Marker.CIRCLE, 3).alpha(0.35).color(c));
            }
            if (!x.isEmpty()) {
                p.add(Line.of(arr(x), arr(y)).errorBars(arr(err)).capSize(3).marker(4).color(c).label(series.get(s)));
            }
        }
        return series.size() > 1 ? p.legend().legendMarkerScale(0.5) : p;
    }

    static double[] arr(List<Double> v) {
        double[] a = new double[v.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.get(i);
        }
        return a;
    }
}
