package org.iblrnn.figures.fitmice;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.iblrnn.compare.MeanSem;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;
import org.iblrnn.fitmice.group.FitMiceResults;
import org.iblrnn.fitmice.group.GroupStatistics;

/**
 * Held-out NLL per trial of every model minus the baseline's, one grey line per mouse through its models and the
 * group mean ± SEM in black: below zero the model predicts the mouse's choices better than a memoryless observer.
 */
final class FitMiceNllDifferenceFigure extends FitMiceFigureBase {

    FitMiceNllDifferenceFigure() {
        super("fit_mice_nll_difference", "Held-out NLL per trial relative to the psychometric baseline",
                "Which models predict each mouse's next choice better than a model without history, and by how much?");
    }

    @Override
    Optional<String> skipReason(FitMiceResults data) {
        return data.models().size() < 2 ? Optional.of("only the baseline was fitted") : Optional.empty();
    }

    @Override
    public Drawable render(FitMiceResults data) {
        GroupStatistics g = data.statistics();
        List<String> models = data.models().stream().filter(m -> !m.equals(g.reference())).toList();
        int k = models.size();
        double[] x = new double[k];
        for (int j = 0; j < k; j++) {
            x[j] = j;
        }
        LinePlot p = new LinePlot().xTicks(x, ModelLabels.labels(models))
                .yLabel("\u0394 NLL per trial vs " + ModelLabels.label(g.reference()) + " (nats)")
                .xLim(-0.5, k - 0.5).hLine(0, HouseStyle.NEUTRAL, HouseStyle.dashed(0.8f))
                .size(Math.max(5.0, 0.9 * k + 1.5), 4.0);
        Color mouseColor = new Color(0x7f7f7f);
        for (String mouse : data.mice()) {
            double ref = data.result(mouse, g.reference()).nllPerTrial();
            double[] y = new double[k];
            for (int j = 0; j < k; j++) {
                y[j] = data.result(mouse, models.get(j)).nllPerTrial() - ref;
            }
            p.add(Line.of(x, y).color(mouseColor).width(0.5f).alpha(0.35).marker(Marker.CIRCLE, 2.5));
        }
        double[] mean = new double[k];
        double[] sem = new double[k];
        for (int j = 0; j < k; j++) {
            MeanSem m = g.of(models.get(j)).deltaNllPerTrial();
            mean[j] = m.mean();
            sem[j] = Double.isFinite(m.sem()) ? m.sem() : 0.0;
        }
        p.add(Line.of(x, mean).color(Color.BLACK).noLine().marker(Marker.CIRCLE, 6).errorBars(sem).capSize(4)
                .label("mean \u00b1 SEM over " + data.mice().size() + " mice"));
        return p.legend();
    }
}
