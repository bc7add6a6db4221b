package org.iblrnn.figures.statespace;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.vectorfield.IdealVectorField;
import org.iblrnn.analysis.vectorfield.VectorFieldProducts;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.QuiverPlot;

/**
 * VF1: the model's one-step flow from grid states under each constant input. Arrow colours are the fixed-point
 * descent residuals started from each grid state (QUIRK kept: not the arrow length). For an lstm each grid point of
 * the h plane is stepped as the full state [h, A h + b] ({@link org.iblrnn.analysis.fixedpoint.StateLift}).
 */
public final class StateSpaceVectorFieldsIdealFigure extends StateSpaceFigureBase {

    public StateSpaceVectorFieldsIdealFigure() {
        super("state_space_vector_fields_ideal", "Model flow under constant inputs",
                "What flow does the RNN impose on its PCA plane under each constant input? (An lstm's grid points "
                        + "carry the cell state regressed on h over the session.)", "Vector fields");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        List<IdealVectorField> fields = ctx.get(VectorFieldProducts.IDEAL);
        double max = 0;
        for (IdealVectorField f : fields) {
            max = Math.max(max, Drawing.range(f.residual())[1]);
        }
        max = max > 0 ? max : 1;
        Grid g = ConditionGrid.grid(new ColorBar(ColorMap.GNUPLOT2, 0, max).label(Notation.DESCENT_RESIDUAL));
        for (IdealVectorField f : fields) {
            int n = f.size();
            double[][] c = split(f.origins(), n);
            double[][] d = split(f.displacements(), n);
            QuiverPlot q = new QuiverPlot().colorMap(ColorMap.GNUPLOT2).colorLimits(0, max).noColorBar()
                    .arrows(c[0], c[1], d[0], d[1], f.residual(), 0.6, 1.0);
            ConditionGrid.put(g, ctx, f.condition(), q, f.condition().title(), true);
        }
        return g;
    }

    /** Row-major k × 2 into {x[], y[]}. */
    static double[][] split(double[] xy, int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xy[2 * i];
            y[i] = xy[2 * i + 1];
        }
        return new double[][]{x, y};
    }
}
