package org.iblrnn.figures.statespace;

import java.util.List;
import java.util.Locale;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.fixedpoint.Basin;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;
import org.iblrnn.figures.plot.TextAnchor;

/**
 * FP2: for each input, the lowest-residual stable candidate (black diamond, annotated with its residual) and the grid
 * states in its Lyapunov basin, coloured by their energy ½xᵀPx.
 */
public final class StateSpaceFixedPointBasinsOfAttractionFigure extends StateSpaceFigureBase {

    public StateSpaceFixedPointBasinsOfAttractionFigure() {
        super("state_space_fixed_point_basins_of_attraction", "Basins of attraction",
                "Which region of state space provably converges to the best fixed point of each condition?",
                "Fixed points");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        List<Basin> basins = ctx.get(FixedPointProducts.BASINS);
        double max = 0;
        for (Basin b : basins) {
            for (double e : b.energies()) {
                max = Math.max(max, e);
            }
        }
        max = max > 0 ? max : 1;
        Grid g = ConditionGrid.grid(new ColorBar(ColorMap.COPPER, 0, max).label(Notation.BASIN_ENERGY));
        for (Basin b : basins) {
            LinePlot p = new LinePlot();
            int k = b.energies().length;
            if (k > 0) {
                double[] x = new double[k];
                double[] y = new double[k];
                java.awt.Color[] c = new java.awt.Color[k];
                for (int i = 0; i < k; i++) {
                    x[i] = b.basinPca()[2 * i];
                    y[i] = b.basinPca()[2 * i + 1];
                    c[i] = ColorMap.COPPER.at(b.energies()[i], 0, max);
                }
                p.add(Line.of(x, y).noLine().marker(4).pointColors(c));
            }
            if (b.fixedPointPca().length == 2 && b.status() == Basin.Status.OK) {
                double fx = b.fixedPointPca()[0];
                double fy = b.fixedPointPca()[1];
                p.add(Line.of(new double[]{fx}, new double[]{fy}).noLine().marker(Marker.DIAMOND, 8)
                        .color(java.awt.Color.BLACK));
                p.text(fx, fy + 0.5, String.format(Locale.ROOT, "%.3f", b.fixedPointResidual()), java.awt.Color.BLACK,
                        8f, 0, TextAnchor.CENTER);
            }
            ConditionGrid.put(g, ctx, b.condition(), p, ConditionGrid.title(b.condition()), true);
        }
        return g;
    }
}
