package org.iblrnn.figures.plot;

import java.awt.Color;
import java.util.Arrays;

/**
 * Histograms (matplotlib hist, filled bars): each {@link #add} bins its values into {@link #bins} equal bins over
 * its own finite range (or the shared {@link #range}/{@link #edges}); overlapping datasets use alpha. Counts by
 * default, or a probability density with {@link #density()}.
 */
public final class Histogram extends PlotBase<Histogram> {

    private int bins = 10;
    private double[] range;
    private double[] edges;
    private boolean density;

    @Override
    protected Histogram self() {
        return this;
    }

    /** Number of equal-width bins (default 10); applies to datasets added afterwards. */
    public Histogram bins(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Histogram.bins must be >= 1 but was " + n);
        }
        this.bins = n;
        return this;
    }

    /** Common range of the bins for datasets added afterwards. */
    public Histogram range(double lo, double hi) {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("Histogram.range needs lo < hi but got [" + lo + ", " + hi + "]");
        }
        this.range = new double[] {lo, hi};
        return this;
    }

    /** Explicit increasing bin edges for datasets added afterwards. */
    public Histogram edges(double... e) {
        for (int i = 1; i < e.length; i++) {
            if (!(e[i] > e[i - 1])) {
                throw new IllegalArgumentException("Histogram.edges must increase but edge " + i + " = " + e[i]
                        + " follows " + e[i - 1]);
            }
        }
        if (e.length < 2) {
            throw new IllegalArgumentException("Histogram.edges needs at least 2 edges");
        }
        this.edges = e.clone();
        return this;
    }

    /** Normalise each dataset to unit area; applies to datasets added afterwards. */
    public Histogram density() {
        this.density = true;
        return this;
    }

    /** Bin edges for these values under the current settings. */
    double[] edgesFor(double[] values) {
        if (edges != null) {
            return edges.clone();
        }
        double lo;
        double hi;
        if (range != null) {
            lo = range[0];
            hi = range[1];
        } else {
            lo = Arrays.stream(values).filter(Double::isFinite).min().orElse(0);
            hi = Arrays.stream(values).filter(Double::isFinite).max().orElse(1);
            if (hi == lo) {
                lo -= 0.5;
                hi += 0.5;
            }
        }
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = lo + (hi - lo) * i / bins;
        }
        return e;
    }

    /** Counts (or densities) of values per bin; the last bin includes its right edge. */
    static double[] counts(double[] values, double[] e, boolean density) {
        int n = e.length - 1;
        double[] c = new double[n];
        long total = 0;
        for (double v : values) {
            if (!Double.isFinite(v) || v < e[0] || v > e[n]) {
                continue;
            }
            int k = Arrays.binarySearch(e, v);
            int bin = k >= 0 ? Math.min(k, n - 1) : -k - 2;
            c[bin]++;
            total++;
        }
        if (density && total > 0) {
            for (int i = 0; i < n; i++) {
                c[i] /= total * (e[i + 1] - e[i]);
            }
        }
        return c;
    }

    /** Adds a dataset drawn in {@code color} with opacity {@code alpha} (null colour = next in cycle). */
    public Histogram add(double[] values, Color color, double alpha, String label) {
        Color c = color != null ? color : nextAutoColor();
        double[] e = edgesFor(values);
        double[] counts = counts(values, e, density);
        double[][] rects = new double[counts.length][];
        Color[] colors = new Color[counts.length];
        for (int i = 0; i < counts.length; i++) {
            rects[i] = new double[] {e[i], e[i + 1], 0, counts[i]};
            colors[i] = c;
        }
        return add(new Artists.Rects(rects, colors, alpha, null, label, c, true));
    }

    @Override
    protected double[] autoLimits(Bounds b) {
        double[] lim = super.autoLimits(b);
        if (b.yMin() >= 0) {
            lim[2] = 0;
        }
        return lim;
    }
}
