package org.iblrnn.figures.statespace;

import java.awt.Color;
import java.util.Arrays;
import java.util.TreeMap;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.GroupedStats;
import org.iblrnn.analysis.statespace.BlockReadout;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.PlotBase;

/** Shared drawing idioms of the state-space figures (decision boundaries, side colours, trajectory markers). */
final class Drawing {

    /** Half-length of the drawn decision boundaries (the original scales the unit vectors to 10). */
    private static final double BOUNDARY_HALF_LENGTH = 10;

    private Drawing() {
    }

    /** PCA-plane axes: limits = PCA ranges, equal scale, "PC #1" / "PC #2". */
    static <T extends PlotBase<T>> T pcaAxes(T p, PrincipalComponents pca, boolean equal) {
        p.xLim(pca.xRange()[0], pca.xRange()[1]).yLim(pca.yRange()[0], pca.yRange()[1]).xLabel("PC #1")
                .yLabel("PC #2");
        if (equal) {
            p.aspect(PlotBase.Aspect.EQUAL_DATALIM);
        }
        return p;
    }

    /**
     * The stimulus and block decision boundaries: lines through the PCA origin perpendicular to the PCA-plane trial
     * and block readout vectors (the readout biases are ignored, as in the original), optionally labelled.
     */
    static void boundaries(PlotBase<?> p, AnalysisContext ctx, boolean labels) {
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        BlockReadout br = ctx.get(StateSpaceProducts.BLOCK_READOUT);
        boundary(p, pca.pcaTrialReadout(), labels ? "Stim Boundary" : null);
        boundary(p, br.pcaBlockVector(), labels ? "Block Boundary" : null);
    }

    private static void boundary(PlotBase<?> p, double[] v, String label) {
        double dx = -v[1] * BOUNDARY_HALF_LENGTH;
        double dy = v[0] * BOUNDARY_HALF_LENGTH;
        if (label == null) {
            p.axLine(0, 0, dx, dy, HouseStyle.STIM_READOUT, HouseStyle.solid(1.5f));
        } else {
            p.axLine(0, 0, dx, dy, HouseStyle.STIM_READOUT, HouseStyle.solid(1.5f), label, 8f);
        }
    }

    /** The rows r in [0, rows) with keep(r), in order. */
    static int[] rowsWhere(int rows, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, rows).filter(keep).toArray();
    }

    /** Per-key {mean, SEM (ddof 1; NaN for n = 1), count}, keys ascending; NaN values are skipped. */
    static TreeMap<Integer, double[]> meanSem(int[] keys, double[] values) {
        GroupedStats g = GroupedStats.of(Arrays.stream(keys).asDoubleStream().toArray(), values);
        TreeMap<Integer, double[]> out = new TreeMap<>();
        for (int i = 0; i < g.size(); i++) {
            out.put((int) g.keys()[i], new double[]{g.mean()[i], g.sem()[i], g.count()[i]});
        }
        return out;
    }

    /** Min and max of an array ({NaN, NaN} if empty). */
    static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        return v.length == 0 ? new double[]{Double.NaN, Double.NaN} : new double[]{lo, hi};
    }

    /** Colour per point through the OrangeBlue map of [0, 1]. */
    static Color[] orangeBlue(double[] values, double vmin, double vmax) {
        Color[] c = new Color[values.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = org.iblrnn.figures.plot.ColorMap.ORANGE_BLUE.at(values[i], vmin, vmax);
        }
        return c;
    }

    /** "Left"/"Right" (side_string_map: −1 and 0 → Left). */
    static String side(int s) {
        return s > 0 ? "Right" : "Left";
    }
}
