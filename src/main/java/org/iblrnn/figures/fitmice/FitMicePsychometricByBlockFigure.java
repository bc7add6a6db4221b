package org.iblrnn.figures.fitmice;

import java.util.Comparator;
import java.util.List;
import org.iblrnn.compare.MeanSem;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;
import org.iblrnn.fitmice.group.FitMiceResults;
import org.iblrnn.fitmice.group.GroupStatistics;

/**
 * P(right) by signed contrast in left, unbiased and right blocks on held-out sessions: the mice (points, mean ± SEM
 * over mice of each mouse's fraction) against the predictions of the three best kinds of model (lines, mean over
 * mice of each mouse's mean P(right)). A model that uses the block as mice do separates the curves as much as they do.
 */
final class FitMicePsychometricByBlockFigure extends FitMiceFigureBase {

    static final int SHOWN = 3;

    FitMicePsychometricByBlockFigure() {
        super("fit_mice_psychometric_by_block", "Psychometric curves by block: mice and the best models",
                "Do the best-fitting models reproduce how strongly the block shifts the mice's psychometric curves?");
    }

    /**
     * The models with the lowest mean held-out NLL per trial, best first, at most one tiny GRU (the sizes differ
     * little, and the point is to compare kinds of model).
     */
    static List<String> best(FitMiceResults data, int n) {
        List<String> out = new java.util.ArrayList<>();
        boolean gru = false;
        for (GroupStatistics.ModelStatistics s : data.statistics().perModel().stream()
                .sorted(Comparator.comparingDouble((GroupStatistics.ModelStatistics m) -> m.nllPerTrial().mean()))
                .toList()) {
            boolean isGru = s.model().startsWith("tiny_gru_");
            if (out.size() < n && !(isGru && gru)) {
                out.add(s.model());
                gru |= isGru;
            }
        }
        return out;
    }

    @Override
    public Drawable render(FitMiceResults data) {
        List<String> shown = best(data, SHOWN);
        Grid grid = new Grid(1, shown.size()).shareY().size(4.0 * shown.size(), 3.8);
        int nMice = data.mice().size();
        int nb = BlockCurves.BLOCKS.length;
        int nc = BlockCurves.CONTRASTS.length;
        for (int p = 0; p < shown.size(); p++) {
            String model = shown.get(p);
            double[][][] mouse = new double[nb][nc][nMice];
            double[][][] pred = new double[nb][nc][nMice];
            for (int i = 0; i < nMice; i++) {
                var r = data.result(data.mice().get(i), model);
                double[][] m = BlockCurves.mouse(r);
                double[][] q = BlockCurves.model(r);
                for (int b = 0; b < nb; b++) {
                    for (int k = 0; k < nc; k++) {
                        mouse[b][k][i] = m[b][k];
                        pred[b][k][i] = q[b][k];
                    }
                }
            }
            LinePlot panel = BlockCurves.panel().title(ModelLabels.label(model) + String.format(" (\u0394NLL %+.4f)",
                    data.statistics().of(model).deltaNllPerTrial().mean()), HouseStyle.FONT_SIZE);
            for (int b = 0; b < nb; b++) {
                double[] y = new double[nc];
                double[] err = new double[nc];
                double[] yModel = new double[nc];
                for (int k = 0; k < nc; k++) {
                    MeanSem ms = MeanSem.of(mouse[b][k]);
                    y[k] = ms.mean();
                    err[k] = Double.isFinite(ms.sem()) ? ms.sem() : 0.0;
                    yModel[k] = MeanSem.of(pred[b][k]).mean();
                }
                panel.add(Line.of(BlockCurves.positions(), y).color(BlockCurves.color(b)).noLine()
                        .marker(Marker.CIRCLE, 4).errorBars(err).capSize(2)
                        .label(p == 0 ? "mice, " + BlockCurves.name(b) : null));
                panel.add(Line.of(BlockCurves.positions(), yModel).color(BlockCurves.color(b))
                        .label(p == 0 ? "model, " + BlockCurves.name(b) : null));
            }
            if (p == 0) {
                panel.legend();
            }
            grid.set(0, p, panel);
        }
        return grid;
    }
}
