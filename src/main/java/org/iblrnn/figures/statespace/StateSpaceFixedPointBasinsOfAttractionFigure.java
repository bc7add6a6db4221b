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
 * states in its Lyapunov basin, coloured by their energy ½xᵀPx. A condition without a basin says why in its panel.
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
        double[] centre = centre(basins);
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
            if (b.status() != Basin.Status.OK && centre != null) {
                // an empty panel would look like a drawing failure: say why this condition has no basin
                p.text(centre[0], centre[1], "no basin:\n" + why(b.status()), java.awt.Color.DARK_GRAY, 8f, 0,
                        TextAnchor.CENTER);
            }
            ConditionGrid.put(g, ctx, b.condition(), p, ConditionGrid.title(b.condition()), true);
        }
        return g;
    }

    /** The reason a condition has no basin, short enough for a panel. */
    static String why(Basin.Status s) {
        return switch (s) {
            case NO_STABLE_CANDIDATE -> "no candidate stable\nin the PC plane";
            case LYAPUNOV_UNSOLVABLE -> "Lyapunov equation\nunsolvable";
            case NON_POSITIVE_GAMMA -> "\u03b3 \u2264 0";
            case EMPTY -> "no grid state in it";
            case OK -> "";
        };
    }

    /** The centre of all basins' grid states (the panels share their limits), or null when there are none. */
    private static double[] centre(List<Basin> basins) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Basin b : basins) {
            double[] xy = b.basinPca();
            for (int i = 0; i + 1 < xy.length; i += 2) {
                x0 = Math.min(x0, xy[i]);
                x1 = Math.max(x1, xy[i]);
                y0 = Math.min(y0, xy[i + 1]);
                y1 = Math.max(y1, xy[i + 1]);
            }
        }
        return x0 <= x1 ? new double[] {(x0 + x1) / 2, (y0 + y1) / 2} : null;
    }
}
