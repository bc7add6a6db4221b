package org.iblrnn.figures.reduced;

import java.awt.Color;
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

/**
 * M5: the full recurrent matrix with units sorted by the readout-loading groups of M4 (lines between groups). A gated
 * core shows its effective weights with the colours spanning the off-diagonal ones.
 */
public final class ModelRecurrentWeightByClusterFigure extends ReducedFigureBase {

    /** Short group names for the x axis, in {@link ClusterAverages#NAMES} order. */
    static final List<String> SHORT = List.of("B+", "B-", "S+", "S-", "Rem.");

    public ModelRecurrentWeightByClusterFigure() {
        super("model_recurrent_weight_by_cluster", "Recurrent weights sorted by readout-defined unit groups",
                "What does the full recurrent matrix look like with units sorted into block- and stimulus-selective "
                        + "groups?", CIRCUIT);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        ClusterAverages a = ctx.get(CircuitProducts.CLUSTER_AVERAGES);
        double[][] w = EffectiveCircuit.permute(ctx.get(CircuitProducts.EFFECTIVE_WEIGHTS).weights(), a.order());
        // one tick per group at its centre (short names on x, where groups can be a few cells wide) and thin
        // lines between groups
        List<Double> centres = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> shortNames = new ArrayList<>();
        List<Double> edges = new ArrayList<>();
        int start = 0;
        int n = a.order().length;
        for (int i = 1; i <= n; i++) {
            int g = a.group()[a.order()[start]];
            if (i == n || a.group()[a.order()[i]] != g) {
                centres.add((start + i - 1) / 2.0);
                names.add(a.names().get(g));
                shortNames.add(SHORT.get(g));
                if (i < n) {
                    edges.add(i - 0.5);
                }
                start = i;
            }
        }
        double[] c = centres.stream().mapToDouble(Double::doubleValue).toArray();
        HeatmapPlot p = new HeatmapPlot(w).colorMap(ColorMap.RDBU_R).center(0).colorBarLabel("Weight")
                .colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title(String.format("Cutoff: %.2f", a.cutoff())).xTicks(c, shortNames.toArray(String[]::new))
                .yTicks(c, names.toArray(String[]::new)).xLabel("From (B = block, S = stimulus group)").yLabel("To")
                .size(HouseStyle.DEFAULT_WIDTH_IN, HouseStyle.DEFAULT_HEIGHT_IN);
        double m = CircuitProducts.offDiagonalMaxAbs(w);
        if (ctx.network().architecture() != org.iblrnn.config.Architecture.RNN && m > 0) {
            p.limits(-m, m).title(String.format("Cutoff: %.2f; effective weights, diagonal clipped", a.cutoff()));
        }
        for (double e : edges) {
            p.hLine(e, Color.BLACK, HouseStyle.solid(0.6f)).vLine(e, Color.BLACK, HouseStyle.solid(0.6f));
        }
        return p;
    }
}
