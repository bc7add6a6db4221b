package org.iblrnn.figures.reduced;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ErrorAccumulation;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * R3: how far the full RNN, its task-aligned projection and the teacher-forced RADD states move in Δ steps. Fixes the
 * original's BUG (Δ-th order differences with a variance band): the curves are mean lag distances
 * ‖x_{t+Δ} − x_t‖₂ / √dim with a ± 1 SD band.
 */
public final class RaddStateSpaceDistanceDecoherenceFigure extends ReducedFigureBase {

    /** Horizontal offset between successive curves, so overlapping bands stay readable (the original's jitter). */
    static final double JITTER = 0.1;

    public RaddStateSpaceDistanceDecoherenceFigure() {
        super("radd_state_space_distance_decoherence", "Lag distances of the RNN, its projection and RADD",
                "Does the RADD model reproduce how fast the RNN's state moves away from itself over Δ steps?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        List<ErrorAccumulation.Row> rows = ctx.get(ReducedProducts.ERROR_ACCUMULATION);
        int h = ctx.rnnSession().stateSize();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("hidden_states", "RNN: \u2016h_{t+\u0394} \u2212 h_{t}\u2016_{2} / \u221a" + h);
        labels.put("radd_states", "RADD: \u2016\u1e91_{t+\u0394} \u2212 \u1e91_{t}\u2016_{2} / \u221a2");
        labels.put("task_aligned_hidden_states", "Projected RNN: \u2016z_{t+\u0394} \u2212 z_{t}\u2016_{2} / \u221a2");
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Elapsed Time \u0394 (Jitter=" + JITTER + ")").yLabel("Distance (L_{2}, Mean \u00b1 SD)");
        int k = 0;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            List<ErrorAccumulation.Row> rs = rows.stream().filter(r -> r.name().equals(e.getKey())).toList();
            double[] x = new double[rs.size()];
            double[] y = new double[rs.size()];
            double[] lo = new double[rs.size()];
            double[] hi = new double[rs.size()];
            for (int i = 0; i < rs.size(); i++) {
                x[i] = rs.get(i).delta() + JITTER * k;
                y[i] = rs.get(i).normMean();
                lo[i] = y[i] - rs.get(i).normSd();
                hi[i] = y[i] + rs.get(i).normSd();
            }
            p.add(Line.of(x, y).band(lo, hi).bandAlpha(0.1).color(HouseStyle.CYCLE.get(k)).marker(2).label(e.getValue()));
            k++;
        }
        return p.legend().legendMarkerScale(0.5);
    }
}
