package org.iblrnn.figures.reduced;

import java.util.List;
import java.util.Locale;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.reduced.SmallModel;
import org.iblrnn.analysis.vectorfield.IdealVectorField;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.PlotBase;
import org.iblrnn.figures.plot.QuiverPlot;

/**
 * The template of R8, D1 and D2: a 2-unit network's one-step flow on the grid of its visited states under the left,
 * equal and right stimulus conditions, coloured by the fixed-point descent residual started at each grid state (the
 * original's colour, on [0, largest residual over all six conditions]). The middle panel is titled "Equal Stimulus"
 * — the original's "No Stimulus" title was wrong: that condition has equal, non-zero observations on both sides.
 */
final class SmallModelVectorFields {

    static final List<InputCondition> CONDITIONS = List.of(InputCondition.LEFT_STIMULUS,
            InputCondition.EQUAL_STIMULUS, InputCondition.RIGHT_STIMULUS);
    /** Margin around the grid's extent (the original's ± 0.1). */
    static final double MARGIN = 0.1;

    private SmallModelVectorFields() {
    }

    static Grid of(SmallModel m) {
        double vmax = 0;
        for (IdealVectorField f : m.fields()) {
            for (double r : f.residual()) {
                if (Double.isFinite(r)) {
                    vmax = Math.max(vmax, r);
                }
            }
        }
        if (!(vmax > 0)) {
            vmax = 1;
        }
        double[] origins = m.fixedPoints().grid().pcaPoints();
        double[] lim = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < origins.length / 2; i++) {
            lim[0] = Math.min(lim[0], origins[2 * i]);
            lim[1] = Math.max(lim[1], origins[2 * i]);
            lim[2] = Math.min(lim[2], origins[2 * i + 1]);
            lim[3] = Math.max(lim[3], origins[2 * i + 1]);
        }
        Grid g = new Grid(1, 3).size(8, 3).shareY()
                .colorBar(new ColorBar(ColorMap.GNUPLOT2, 0, vmax).label(Notation.DESCENT_RESIDUAL));
        for (int c = 0; c < CONDITIONS.size(); c++) {
            InputCondition cond = CONDITIONS.get(c);
            IdealVectorField f = m.field(cond);
            int k = f.size();
            double[] x = new double[k];
            double[] y = new double[k];
            double[] u = new double[k];
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = f.origins()[2 * i];
                y[i] = f.origins()[2 * i + 1];
                u[i] = f.displacements()[2 * i];
                v[i] = f.displacements()[2 * i + 1];
            }
            QuiverPlot q = new QuiverPlot().colorMap(ColorMap.GNUPLOT2).colorLimits(0, vmax).noColorBar()
                    .arrows(x, y, u, v, f.residual(), 0.6, 1.0)
                    .title(String.format(Locale.ROOT, "%s (o^{L} = %.1f, o^{R} = %.1f)", cond.title(), cond.left(),
                            cond.right()), 8)
                    .xLabel("Unit #1").yLabel("Unit #2").aspect(PlotBase.Aspect.EQUAL_DATALIM);
            if (k > 0) {
                q.xLim(lim[0] - MARGIN, lim[1] + MARGIN).yLim(lim[2] - MARGIN, lim[3] + MARGIN);
            }
            g.set(0, c, q);
        }
        return g;
    }
}
