package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.EffectiveCircuit;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HeatmapPlot;
import org.iblrnn.figures.plot.PlotBase;

/** M1: hidden-unit correlations and recurrent weights, both ordered by hierarchical clusters of the correlations. */
public final class ModelEffectiveCircuitFigure extends ReducedFigureBase {

    public ModelEffectiveCircuitFigure() {
        super("model_effective_circuit", "Effective circuit: unit correlations and recurrent weights",
                "Do hidden units form anti-correlated functional populations, and is that visible in the recurrent "
                        + "weights?", CIRCUIT);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        EffectiveCircuit c = ctx.get(CircuitProducts.EFFECTIVE_CIRCUIT);
        HeatmapPlot corr = new HeatmapPlot(c.orderedCorrelations()).colorMap(ColorMap.RDBU_R).limits(-1, 1).center(0)
                .colorBarLabel("Correlation").colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title("Hidden Unit - Hidden Unit Correlations", 10).xLabel("Hidden Unit Number")
                .yLabel("Hidden Unit Number");
        HeatmapPlot w = new HeatmapPlot(c.orderedWeights()).colorMap(ColorMap.RDBU_R).center(0)
                .colorBarLabel("Weight Strength").colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title("Recurrent Weight Strength", 10).xLabel("Hidden Unit Number");
        return new Grid(1, 2).size(8, 3).set(0, 0, corr).set(0, 1, w);
    }
}
