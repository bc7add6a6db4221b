package org.iblrnn.figures.fitmice;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.ScatterPlot;
import org.iblrnn.fitmice.ModelResult;
import org.iblrnn.fitmice.group.FitMiceResults;

/**
 * The dynamics of the 1- and 2-unit GRUs as Ji-An, Benna &amp; Mattar (Nature 2025) draw them: each held-out trial t
 * is a point at the model's logit of P(right) before trial t's stimulus (its zero-contrast prediction) against the
 * change of that logit to trial t + 1, coloured by the choice and outcome of trial t. A model that only counts
 * choices (the action kernel, shown for reference) moves the same way after a rewarded and an unrewarded choice; one
 * that learns from outcomes separates them. Columns: the mice with the most held-out trials.
 */
final class FitMiceGruDynamicsFigure extends FitMiceFigureBase {

    static final List<String> MODELS = List.of("action_kernel", "tiny_gru_1", "tiny_gru_2");
    static final int MICE = 4;

    FitMiceGruDynamicsFigure() {
        super("fit_mice_gru_dynamics", "Trial-to-trial logit dynamics of the 1- and 2-unit GRUs",
                "How does each small GRU update its expectation after a rewarded or unrewarded left or right choice?");
    }

    @Override
    Optional<String> skipReason(FitMiceResults data) {
        return data.models().contains("tiny_gru_1") || data.models().contains("tiny_gru_2") ? Optional.empty()
                : Optional.of("neither tiny_gru_1 nor tiny_gru_2 was fitted");
    }

    @Override
    public Drawable render(FitMiceResults data) {
        List<String> rows = MODELS.stream().filter(m -> data.models().contains(m)).toList();
        List<String> mice = data.mice().stream()
                .sorted(Comparator.comparingInt((String m) -> -data.result(m, rows.get(0)).trials()))
                .limit(MICE).toList();
        Grid grid = new Grid(rows.size(), mice.size()).size(3.0 * mice.size(), 2.8 * rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < mice.size(); c++) {
                ModelResult res = data.result(mice.get(c), rows.get(r));
                ScatterPlot p = panel(res.dynamics(), r == 0 && c == 0)
                        .title(ModelLabels.label(rows.get(r)) + ", " + mice.get(c), HouseStyle.FONT_SIZE - 1);
                if (r == rows.size() - 1) {
                    p.xLabel("Logit P(right) at 0 % contrast");
                }
                if (c == 0) {
                    p.yLabel("Logit change to next trial");
                }
                grid.set(r, c, p);
            }
        }
        return grid;
    }

    private static ScatterPlot panel(ModelResult.Dynamics d, boolean legend) {
        ScatterPlot p = new ScatterPlot().hLine(0, HouseStyle.NEUTRAL, HouseStyle.dashed(0.6f));
        if (d == null) {
            return p;
        }
        int[][] kinds = {{1, 1}, {1, 0}, {-1, 1}, {-1, 0}};
        Color[] colors = {HouseStyle.RIGHT, lighter(HouseStyle.RIGHT), HouseStyle.LEFT, lighter(HouseStyle.LEFT)};
        String[] labels = {"right, rewarded", "right, unrewarded", "left, rewarded", "left, unrewarded"};
        for (int k = 0; k < kinds.length; k++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < d.logit().length; i++) {
                if (d.choice()[i] == kinds[k][0] && d.rewarded()[i] == kinds[k][1]) {
                    x.add(d.logit()[i]);
                    y.add(d.change()[i]);
                }
            }
            p.add(x.stream().mapToDouble(Double::doubleValue).toArray(), y.stream().mapToDouble(Double::doubleValue)
                    .toArray(), colors[k], 3.0, 0.6, legend ? labels[k] : null);
        }
        return legend ? p.legend() : p;
    }

    private static Color lighter(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }
}
