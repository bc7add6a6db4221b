package org.iblrnn.figures.plot;

import java.awt.Color;
import java.util.List;

/**
 * Heatmaps of a matrix (seaborn heatmap / matplotlib imshow): one cell per entry, row 0 at the top, a colour map
 * with automatic, explicit, symmetric (±max|v|) or centred (seaborn {@code center}) limits, and a colour bar.
 * By default cells are centred on integer positions with index tick labels; {@link #extent} instead spans a data
 * range with row 0 at the bottom (imshow origin='lower').
 */
public final class HeatmapPlot extends PlotBase<HeatmapPlot> {

    private final double[][] values;
    private final int rows;
    private final int cols;
    private ColorMap map = ColorMap.VIRIDIS;
    private Double vmin;
    private Double vmax;
    private boolean symmetric;
    private Double center;
    private boolean showColorBar = true;
    private String colorBarLabel;
    private double colorBarShrink = 1.0;
    private double[] extent;
    private String[] xNames;
    private String[] yNames;

    /** A heatmap of {@code matrix[row][col]}; all rows must have the same length. */
    public HeatmapPlot(double[][] matrix) {
        if (matrix.length == 0 || matrix[0].length == 0) {
            throw new IllegalArgumentException("HeatmapPlot needs a non-empty matrix");
        }
        rows = matrix.length;
        cols = matrix[0].length;
        values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            if (matrix[r].length != cols) {
                throw new IllegalArgumentException("HeatmapPlot row " + r + " has " + matrix[r].length
                        + " columns but row 0 has " + cols);
            }
            values[r] = matrix[r].clone();
        }
    }

    @Override
    protected HeatmapPlot self() {
        return this;
    }

    public HeatmapPlot colorMap(ColorMap m) {
        this.map = m;
        return this;
    }

    /** Explicit colour limits. */
    public HeatmapPlot limits(double lo, double hi) {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("HeatmapPlot limits need lo < hi but got [" + lo + ", " + hi + "]");
        }
        this.vmin = lo;
        this.vmax = hi;
        return this;
    }

    /** Limits ±max|v| so that 0 sits in the middle of a diverging map. */
    public HeatmapPlot symmetric() {
        this.symmetric = true;
        return this;
    }

    /**
     * seaborn's {@code center}: the colour bar spans the data range (or explicit limits) but colours are taken from
     * the map normalised symmetrically around {@code c}, so c is the map's midpoint colour.
     */
    public HeatmapPlot center(double c) {
        this.center = c;
        return this;
    }

    public HeatmapPlot noColorBar() {
        this.showColorBar = false;
        return this;
    }

    public HeatmapPlot colorBarLabel(String text) {
        this.colorBarLabel = text;
        return this;
    }

    /** Colour bar length as a fraction of the axes height (seaborn cbar_kws shrink). */
    public HeatmapPlot colorBarShrink(double fraction) {
        this.colorBarShrink = fraction;
        return this;
    }

    /** Place the matrix over [x0, x1] × [y0, y1] with row 0 at the bottom and numeric ticks. */
    public HeatmapPlot extent(double x0, double x1, double y0, double y1) {
        if (!(x1 > x0) || !(y1 > y0)) {
            throw new IllegalArgumentException("HeatmapPlot extent needs x0 < x1 and y0 < y1");
        }
        this.extent = new double[] {x0, x1, y0, y1};
        return this;
    }

    /** Names for the columns (x) shown as tick labels, thinned automatically. */
    public HeatmapPlot xNames(String... names) {
        if (names.length != cols) {
            throw new IllegalArgumentException("HeatmapPlot.xNames: " + names.length + " names for " + cols
                    + " columns");
        }
        this.xNames = names.clone();
        return this;
    }

    /** Names for the rows (y) shown as tick labels, thinned automatically. */
    public HeatmapPlot yNames(String... names) {
        if (names.length != rows) {
            throw new IllegalArgumentException("HeatmapPlot.yNames: " + names.length + " names for " + rows
                    + " rows");
        }
        this.yNames = names.clone();
        return this;
    }

    /** The colour limits {lo, hi} that will be used. */
    public double[] colorLimits() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        if (symmetric) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            lo = -m;
            hi = m;
        }
        if (vmin != null) {
            lo = vmin;
            hi = vmax;
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    /** The map actually used for colours on [lo, hi] (re-centred when {@link #center} is set). */
    private ColorMap effectiveMap(double lo, double hi) {
        if (center == null) {
            return map;
        }
        double r = Math.max(hi - center, center - lo);
        double t0 = (lo - (center - r)) / (2 * r);
        double t1 = (hi - (center - r)) / (2 * r);
        return map.sub(t0, t1);
    }

    @Override
    protected ColorBar effectiveColorBar() {
        ColorBar explicit = super.effectiveColorBar();
        if (explicit != null || !showColorBar) {
            return explicit;
        }
        double[] lim = colorLimits();
        ColorBar bar = new ColorBar(effectiveMap(lim[0], lim[1]), lim[0], lim[1]).shrink(colorBarShrink);
        return colorBarLabel == null ? bar : bar.label(colorBarLabel);
    }

    @Override
    protected List<Artist> derivedArtists() {
        double[] lim = colorLimits();
        ColorMap m = effectiveMap(lim[0], lim[1]);
        double[][] rects = new double[rows * cols][];
        Color[] colors = new Color[rows * cols];
        double dx = extent == null ? 1 : (extent[1] - extent[0]) / cols;
        double dy = extent == null ? 1 : (extent[3] - extent[2]) / rows;
        double x0 = extent == null ? -0.5 : extent[0];
        double y0 = extent == null ? -0.5 : extent[2];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // tiny overlap hides anti-aliasing seams between neighbouring cells
                double e = 0.03 * Math.min(dx, dy);
                rects[k] = new double[] {x0 + c * dx - e, x0 + (c + 1) * dx + e, y0 + r * dy - e,
                    y0 + (r + 1) * dy + e};
                colors[k] = m.at(values[r][c], lim[0], lim[1]);
                k++;
            }
        }
        return List.of(new Artists.Rects(rects, colors, 1.0, null, null, Color.BLACK, false));
    }

    @Override
    protected double[] autoLimits(Bounds b) {
        if (extent != null) {
            return extent.clone();
        }
        return new double[] {-0.5, cols - 0.5, rows - 0.5, -0.5};
    }

    @Override
    protected double[] defaultTickValues(boolean xAxis, double axisLength) {
        if (extent != null) {
            return null;
        }
        int n = xAxis ? cols : rows;
        double perLabel = HouseStyle.FONT_SIZE * (xAxis ? 2.0 : 1.5);
        int stride = niceStride(Math.max(1, (int) Math.ceil(n * perLabel / Math.max(1, axisLength))));
        int count = (n - 1) / stride + 1;
        double[] pos = new double[count];
        for (int i = 0; i < count; i++) {
            pos[i] = (double) i * stride;
        }
        return pos;
    }

    /** The smallest of 1, 2, 4, 5, 10, 20, 25, 50, ... that is at least s. */
    static int niceStride(int s) {
        int[] base = {1, 2, 4, 5, 10};
        for (int scale = 1; ; scale *= 10) {
            for (int b : base) {
                if (b * scale >= s) {
                    return b * scale;
                }
            }
        }
    }

    @Override
    protected String[] defaultTickLabels(boolean xAxis, double axisLength) {
        double[] pos = defaultTickValues(xAxis, axisLength);
        if (pos == null) {
            return null;
        }
        String[] names = xAxis ? xNames : yNames;
        String[] out = new String[pos.length];
        for (int i = 0; i < pos.length; i++) {
            int idx = (int) pos[i];
            out[i] = names != null ? names[idx] : Integer.toString(idx);
        }
        return out;
    }
}
