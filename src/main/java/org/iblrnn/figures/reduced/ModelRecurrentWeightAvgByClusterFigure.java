package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.ClusterAverages;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HeatmapPlot;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.PlotBase;

/**
 * M4: mean recurrent weight between groups of units defined by their stimulus and block readout loadings. An empty
 * group leaves its row and column blank (the original failed).
 */
public final class ModelRecurrentWeightAvgByClusterFigure extends ReducedFigureBase {

    public ModelRecurrentWeightAvgByClusterFigure() {
        super("model_recurrent_weight_avg_by_cluster", "Mean recurrent weight between readout-defined unit groups",
                "Do block- and stimulus-selective units excite their own group and inhibit the opposite one?",
                CIRCUIT);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        ClusterAverages a = ctx.get(CircuitProducts.CLUSTER_AVERAGES);
        int[] sizes = a.groupSizes();
        String[] names = new String[sizes.length];
        String[] shortNames = new String[sizes.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = ClusterNames.LONG.get(i) + " (" + sizes[i] + ")";
            shortNames[i] = a.names().get(i);
        }
        return new HeatmapPlot(a.meanWeights()).colorMap(ColorMap.RDBU_R).center(0).colorBarLabel("Avg Weight")
                .colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX).title(String.format("Cutoff: %.2f", a.cutoff()))
                .xNames(shortNames).yNames(names).xLabel("From").yLabel("To")
                .size(HouseStyle.DEFAULT_WIDTH_IN, HouseStyle.DEFAULT_HEIGHT_IN);
    }
}
