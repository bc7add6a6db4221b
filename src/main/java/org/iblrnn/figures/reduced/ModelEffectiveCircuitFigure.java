package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.EffectiveCircuit;
import org.iblrnn.config.Architecture;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HeatmapPlot;
import org.iblrnn.figures.plot.PlotBase;

/**
 * M1: hidden-unit correlations and recurrent weights, both ordered by hierarchical clusters of the correlations. A
 * gated core shows its effective weights ({@link org.iblrnn.analysis.circuit.EffectiveWeights}), defined in the
 * figure's title, with the colours spanning the off-diagonal weights (the self-weights, large in gated cores, are
 * clipped); for a tanh RNN they are W_hh, drawn as in the paper.
 */
public final class ModelEffectiveCircuitFigure extends ReducedFigureBase {

    public ModelEffectiveCircuitFigure() {
        super("model_effective_circuit", "Effective circuit: unit correlations and recurrent weights",
                "Do hidden units form anti-correlated functional populations, and is that visible in the recurrent "
                        + "weights (for gru and lstm: the effective weights, the recurrent weights of a tanh RNN with the same "
                        + "session-mean Jacobian)?", CIRCUIT);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        EffectiveCircuit c = ctx.get(CircuitProducts.EFFECTIVE_CIRCUIT);
        HeatmapPlot corr = new HeatmapPlot(c.orderedCorrelations()).colorMap(ColorMap.RDBU_R).limits(-1, 1).center(0)
                .colorBarLabel("Correlation").colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title("Hidden Unit - Hidden Unit Correlations", 10).xLabel("Hidden Unit Number")
                .yLabel("Hidden Unit Number");
        boolean gated = ctx.network().architecture() != Architecture.RNN;
        HeatmapPlot w = new HeatmapPlot(c.orderedWeights()).colorMap(ColorMap.RDBU_R).center(0)
                .colorBarLabel("Weight Strength").colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title(gated ? "Effective Weights (diagonal clipped)" : "Recurrent Weight Strength", 10)
                .xLabel("Hidden Unit Number");
        double m = CircuitProducts.offDiagonalMaxAbs(c.weights());
        if (gated && m > 0) {
            w.limits(-m, m);
        }
        Grid g = new Grid(1, 2).size(8, 3).set(0, 0, corr).set(0, 1, w);
        return gated ? g.suptitle(ctx.network().architecture().key() + " effective weights: ⟨∂h_{t}/∂h_{t−1}⟩ ÷ "
                + "⟨1 − h_{i}^{2}⟩ (= W_{hh} for a tanh RNN)") : g;
    }
}
