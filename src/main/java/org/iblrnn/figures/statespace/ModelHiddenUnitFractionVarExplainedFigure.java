package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.ScatterPlot;

/** M3: cumulative fraction of hidden-state variance explained by 1..H principal components. */
public final class ModelHiddenUnitFractionVarExplainedFigure extends StateSpaceFigureBase {

    public ModelHiddenUnitFractionVarExplainedFigure() {
        super("model_hidden_unit_fraction_var_explained", "Variance explained by dimension",
                "How low-dimensional is the RNN's activity?", "Model");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        double[] y = pca.cumulativeFraction();
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return new ScatterPlot().size(4, 3).add(x, y, HouseStyle.NEUTRAL, 3, 0.8, null).yLim(-0.05, 1.05)
                .xLabel("Dimension Index").yLabel("Fraction of Cumulative Variance Explained");
    }
}
