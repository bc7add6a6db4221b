package org.iblrnn.figures.reduced;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.EffectiveCircuit;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Kde;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * M2: densities of the recurrent weights within and between the two largest activity clusters of M1. Fixes the
 * original's BUG (its cluster masks were applied to the reordered matrix, so every panel held an arbitrary subset):
 * the weights are selected with unpermuted labels from the unpermuted matrix.
 */
public final class ModelRecurrentWeightDistributionsFigure extends ReducedFigureBase {

    public ModelRecurrentWeightDistributionsFigure() {
        super("model_recurrent_weight_distributions", "Recurrent weights within and between unit populations",
                "Are weights within an activity cluster excitatory and weights between the two clusters inhibitory?",
                CIRCUIT);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        EffectiveCircuit c = ctx.get(CircuitProducts.EFFECTIVE_CIRCUIT);
        int clusters = c.clusterSizes().length;
        Grid g = new Grid(2, 2).size(HouseStyle.DEFAULT_WIDTH_IN, HouseStyle.DEFAULT_HEIGHT_IN).shareX().shareY();
        for (int r = 0; r < 2; r++) {
            for (int col = 0; col < 2; col++) {
                LinePlot p = new LinePlot().hideYTickLabels();
                String name = "to cluster " + (r + 1) + " \u2190 from cluster " + (col + 1);
                double[] w = r < clusters && col < clusters ? c.weightsBetween(r + 1, col + 1) : new double[0];
                Kde kde = Kde.of(w, 200);
                Color color = r == col ? HouseStyle.TAB_RED : HouseStyle.TAB_BLUE;
                if (kde != null) {
                    double mean = 0;
                    for (double v : w) {
                        mean += v / w.length;
                    }
                    p.add(Line.of(kde.x(), kde.density()).color(color))
                            .title(String.format("%s: mean %.3f (n=%d)", name, mean, w.length), 8);
                    p.vLine(0, HouseStyle.NEUTRAL, HouseStyle.dashed(0.8f)).vLine(mean, Color.BLACK, HouseStyle.solid(1f));
                } else {
                    p.title(name + ": " + w.length + " weights, no density", 8);
                }
                if (r == 1) {
                    p.xLabel("Recurrent Weight");
                }
                g.set(r, col, p);
            }
        }
        return g;
    }
}
