package org.iblrnn.figures.statespace;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.vectorfield.RealVectorField;
import org.iblrnn.analysis.vectorfield.VectorFieldProducts;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.QuiverPlot;

/** VF2: observed one-step transitions whose input is close to each condition, coloured by their 2-D length. */
public final class StateSpaceVectorFieldsRealFigure extends StateSpaceFigureBase {

    public StateSpaceVectorFieldsRealFigure() {
        super("state_space_vector_fields_real", "Observed flow near each input",
                "Is the model flow confirmed by transitions the RNN actually made under similar inputs?",
                "Vector fields");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        List<RealVectorField> fields = ctx.get(VectorFieldProducts.REAL);
        double max = 0;
        for (RealVectorField f : fields) {
            if (f.size() > 0) {
                max = Math.max(max, Drawing.range(f.norms())[1]);
            }
        }
        max = max > 0 ? max : 1;
        Grid g = ConditionGrid.grid(new ColorBar(ColorMap.GIST_RAINBOW, 0, max)
                .label(Notation.OBSERVED_STEP));
        for (RealVectorField f : fields) {
            int n = f.size();
            double[][] c = StateSpaceVectorFieldsIdealFigure.split(f.pre(), n);
            double[][] d = StateSpaceVectorFieldsIdealFigure.split(f.displacements(), n);
            QuiverPlot q = new QuiverPlot().colorMap(ColorMap.GIST_RAINBOW).colorLimits(0, max).noColorBar()
                    .arrows(c[0], c[1], d[0], d[1], f.norms(), 0.6, 1.0);
            ConditionGrid.put(g, ctx, f.condition(), q, ConditionGrid.title(f.condition()), false);
        }
        return g;
    }
}
