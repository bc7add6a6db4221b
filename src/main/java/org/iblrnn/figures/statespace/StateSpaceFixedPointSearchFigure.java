package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.fixedpoint.ConditionFixedPoints;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;
import org.iblrnn.analysis.fixedpoint.FixedPointResults;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.ScatterPlot;

/** FP1: the descent end points flagged stable under each input, coloured by their residual. */
public final class StateSpaceFixedPointSearchFigure extends StateSpaceFigureBase {

    /** The original's colour limit of the residual. */
    static final double MAX_RESIDUAL = 0.75;

    public StateSpaceFixedPointSearchFigure() {
        super("state_space_fixed_point_search", "Fixed points under constant inputs",
                "Where are the stable fixed points of the RNN under each constant input?", "Fixed points");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        FixedPointResults r = ctx.get(FixedPointProducts.FIXED_POINTS);
        Grid g = ConditionGrid.grid(new ColorBar(ColorMap.COPPER, 0, MAX_RESIDUAL).label(Notation.FIXED_POINT_RESIDUAL));
        for (ConditionFixedPoints c : r.conditions()) {
            int n = 0;
            for (boolean b : c.stable()) {
                n += b ? 1 : 0;
            }
            double[] x = new double[n];
            double[] y = new double[n];
            double[] v = new double[n];
            int k = 0;
            for (int i = 0; i < c.candidates(); i++) {
                if (c.stable()[i]) {
                    x[k] = c.descentPca()[2 * i];
                    y[k] = c.descentPca()[2 * i + 1];
                    v[k++] = c.residual()[i];
                }
            }
            ScatterPlot p = new ScatterPlot().addByValue(x, y, v, ColorMap.COPPER, 0, MAX_RESIDUAL, 3, 1.0);
            ConditionGrid.put(g, ctx, c.condition(), p, ConditionGrid.title(c.condition()), true);
        }
        return g;
    }
}
