package org.iblrnn.figures.fitmice;

import java.awt.Color;
import java.util.List;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.fitmice.ModelResult;

/**
 * Psychometric curves by block from the held-out cells of a result: the mouse's fraction of right choices and the
 * model's mean P(right) at the task's standard contrasts, for left (P(left) = 0.8), unbiased and right blocks.
 */
final class BlockCurves {

    /** The blocks, by their P(left stimulus). */
    static final double[] BLOCKS = {0.8, 0.5, 0.2};
    /** Standard signed contrasts (fractions), plotted at equally spaced positions. */
    static final double[] CONTRASTS = {-1, -0.25, -0.125, -0.0625, 0, 0.0625, 0.125, 0.25, 1};
    /** Tick labels, rounded so that neighbours do not overlap (12.5 → 12, 6.25 → 6). */
    static final String[] LABELS = {"-100", "-25", "-12", "-6", "0", "6", "12", "25", "100"};

    private BlockCurves() {
    }

    /** [block][contrast] fraction of right choices (NaN where there were no trials). */
    static double[][] mouse(ModelResult r) {
        return fill(r.curves(), false);
    }

    /** [block][contrast] the model's mean P(right) (NaN where there were no trials). */
    static double[][] model(ModelResult r) {
        return fill(r.curves(), true);
    }

    private static double[][] fill(List<ModelResult.CurveCell> cells, boolean predicted) {
        double[][] sum = new double[BLOCKS.length][CONTRASTS.length];
        double[][] n = new double[BLOCKS.length][CONTRASTS.length];
        for (ModelResult.CurveCell c : cells) {
            int b = index(BLOCKS, c.probabilityLeft());
            int k = index(CONTRASTS, c.contrast());
            if (b >= 0 && k >= 0) {
                sum[b][k] += predicted ? c.predictedRight() : c.right();
                n[b][k] += c.trials();
            }
        }
        double[][] out = new double[BLOCKS.length][CONTRASTS.length];
        for (int b = 0; b < BLOCKS.length; b++) {
            for (int k = 0; k < CONTRASTS.length; k++) {
                out[b][k] = n[b][k] > 0 ? sum[b][k] / n[b][k] : Double.NaN;
            }
        }
        return out;
    }

    private static int index(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i] - v) < 1e-9) {
                return i;
            }
        }
        return -1;
    }

    /** An empty panel with the contrast axis and P(right) from 0 to 1. */
    static LinePlot panel() {
        return new LinePlot().xTicks(positions(), LABELS).xLim(-0.5, CONTRASTS.length - 0.5).yLim(-0.02, 1.02)
                .xLabel("Signed contrast (%)").yLabel("P(right choice)")
                .hLine(0.5, HouseStyle.NEUTRAL, HouseStyle.dotted(0.8f));
    }

    static double[] positions() {
        double[] x = new double[CONTRASTS.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return x;
    }

    static Color color(int block) {
        return block == 0 ? HouseStyle.LEFT : block == 2 ? HouseStyle.RIGHT : HouseStyle.NEUTRAL;
    }

    static String name(int block) {
        return block == 0 ? "Left block (0.8)" : block == 2 ? "Right block (0.2)" : "Unbiased (0.5)";
    }
}
