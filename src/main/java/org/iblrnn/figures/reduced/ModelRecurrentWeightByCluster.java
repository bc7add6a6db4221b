package org.iblrnn.figures.reduced;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.ClusterAverages;
import org.iblrnn.analysis.circuit.EffectiveCircuit;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HeatmapPlot;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.PlotBase;

/** M5: the full recurrent matrix with units sorted by the readout-loading groups of M4. */
public final class ModelRecurrentWeightByCluster extends ReducedFigure {

    public ModelRecurrentWeightByCluster() {
        super("model_recurrent_weight_by_cluster", "Recurrent weights sorted by readout-defined unit groups",
                "What does the full recurrent matrix look like with units sorted into block- and stimulus-selective "
                        + "groups?", CIRCUIT);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        ClusterAverages a = ctx.get(CircuitProducts.CLUSTER_AVERAGES);
        double[][] w = EffectiveCircuit.permute(CircuitProducts.recurrentMatrix(ctx.network()), a.order());
        List<Double> pos = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < a.order().length; i++) {
            int g = a.group()[a.order()[i]];
            if (g != prev) {
                pos.add((double) i);
                labels.add(a.names().get(g));
                prev = g;
            }
        }
        double[] p = pos.stream().mapToDouble(Double::doubleValue).toArray();
        String[] l = labels.toArray(String[]::new);
        return new HeatmapPlot(w).colorMap(ColorMap.RDBU_R).center(0).colorBarLabel("Weight")
                .colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title(String.format("Cutoff: %.2f", a.cutoff())).xTicks(p, l).yTicks(p, l)
                .size(HouseStyle.DEFAULT_WIDTH_IN, HouseStyle.DEFAULT_HEIGHT_IN);
    }
}
