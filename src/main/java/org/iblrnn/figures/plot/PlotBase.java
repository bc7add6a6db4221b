package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The common part of every single-axes plot: title, axis labels, limits, ticks, reference lines, text, arrows,
 * legend, optional colour bar and figure size. {@link PanelLayout} measures every text and places frame, ticks,
 * labels, title, colour bar and legend; the plot's {@link Artist}s draw the content. Texts may use the maths markup
 * of {@link RichText} ({@code "o^{R}"}, {@code "h_{t}"}). Setters return {@code this} for chaining. A plot is mutable
 * while being built and may be drawn any number of times; drawing never changes it.
 *
 * @param <T> the concrete plot type, so chained calls keep it
 */
public abstract class PlotBase<T extends PlotBase<T>> implements Drawable {

    /** How the data-to-page scale of x and y relate. */
    public enum Aspect {
        /** Fill the available box (matplotlib 'auto'). */
        AUTO,
        /** Equal scale on both axes; the limits grow to fill the box (matplotlib axis('equal')). */
        EQUAL_DATALIM,
        /** Equal scale on both axes; the box shrinks (square heatmap cells, seaborn square=True). */
        EQUAL_BOX
    }

    private final List<Artist> artists = new ArrayList<>();
    private String title;
    private float titleSize = HouseStyle.TITLE_SIZE;
    private String xLabel;
    private String yLabel;
    private double[] xLim;
    private double[] yLim;
    private double[] xTickValues;
    private String[] xTickLabels;
    private double[] yTickValues;
    private String[] yTickLabels;
    private boolean xInverted;
    private boolean yInverted;
    private boolean hideXTickLabels;
    private boolean hideYTickLabels;
    private LegendLocation legendLocation;
    private double legendMarkerScale = 1.0;
    private float legendFontSize = HouseStyle.LEGEND_SIZE;
    private ColorBar colorBar;
    private Aspect aspect = Aspect.AUTO;
    private double width = HouseStyle.DEFAULT_WIDTH_IN;
    private double height = HouseStyle.DEFAULT_HEIGHT_IN;
    private int autoColorIndex;

    /** This object as its concrete type. */
    protected abstract T self();

    // ---------------------------------------------------------------- fluent API

    /** Axes title (12 pt). */
    public T title(String text) {
        this.title = text;
        return self();
    }

    /** Axes title with its own font size (the original uses 8 pt titles in 2×3 grids). */
    public T title(String text, float size) {
        this.title = text;
        this.titleSize = size;
        return self();
    }

    public T xLabel(String text) {
        this.xLabel = text;
        return self();
    }

    public T yLabel(String text) {
        this.yLabel = text;
        return self();
    }

    /** Fixed x limits (otherwise the data range plus 5 % margins). */
    public T xLim(double lo, double hi) {
        this.xLim = checkedLimits("xLim", lo, hi);
        return self();
    }

    /** Fixed y limits (otherwise the data range plus 5 % margins). */
    public T yLim(double lo, double hi) {
        this.yLim = checkedLimits("yLim", lo, hi);
        return self();
    }

    private static double[] checkedLimits(String what, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
            throw new IllegalArgumentException(what + " needs finite lo < hi but got [" + lo + ", " + hi + "]");
        }
        return new double[] {lo, hi};
    }

    /** Explicit x tick positions, labelled with their values. */
    public T xTicks(double... values) {
        this.xTickValues = values.clone();
        this.xTickLabels = null;
        return self();
    }

    /** Explicit x tick positions with text labels (same length). */
    public T xTicks(double[] values, String[] labels) {
        requireSameLength("xTicks", values, labels);
        this.xTickValues = values.clone();
        this.xTickLabels = labels.clone();
        return self();
    }

    /** Explicit y tick positions, labelled with their values. */
    public T yTicks(double... values) {
        this.yTickValues = values.clone();
        this.yTickLabels = null;
        return self();
    }

    /** Explicit y tick positions with text labels (same length). */
    public T yTicks(double[] values, String[] labels) {
        requireSameLength("yTicks", values, labels);
        this.yTickValues = values.clone();
        this.yTickLabels = labels.clone();
        return self();
    }

    private static void requireSameLength(String what, double[] v, String[] l) {
        if (v.length != l.length) {
            throw new IllegalArgumentException(what + ": " + v.length + " positions but " + l.length + " labels");
        }
    }

    /** Hide the y tick labels (ticks stay). */
    public T hideYTickLabels() {
        this.hideYTickLabels = true;
        return self();
    }

    /** Aspect handling; see {@link Aspect}. */
    public T aspect(Aspect value) {
        this.aspect = value;
        return self();
    }

    /** Show a legend of all labelled artists at the least crowded spot. */
    public T legend() {
        return legend(LegendLocation.BEST);
    }

    /**
     * Show a legend of all labelled artists, preferably at the given location: if it would hide content there it goes
     * where it hides nothing, as with {@link #legend()}.
     */
    public T legend(LegendLocation location) {
        this.legendLocation = location;
        return self();
    }

    /** Scale of legend markers relative to the plotted ones (the original mostly uses 0.1). */
    public T legendMarkerScale(double scale) {
        this.legendMarkerScale = scale;
        return self();
    }

    /** Legend font size in points (default 6). */
    public T legendFontSize(float size) {
        this.legendFontSize = size;
        return self();
    }

    /** Attach a colour bar to the right of the axes. */
    public T colorBar(ColorBar bar) {
        this.colorBar = bar;
        return self();
    }

    /** Figure size in inches when drawn on its own. */
    public T size(double widthInches, double heightInches) {
        if (!(widthInches > 0) || !(heightInches > 0)) {
            throw new IllegalArgumentException("size needs positive inches but got " + widthInches + " x "
                    + heightInches);
        }
        this.width = widthInches;
        this.height = heightInches;
        return self();
    }

    /** Horizontal reference line across the axes (axhline). */
    public T hLine(double y, Color color, Stroke stroke) {
        return add(new Artists.RefLine(0, y, 1, 0, color, stroke, null));
    }

    /** Dashed black horizontal reference line, 1 pt (e.g. chance level y = 0.5). */
    public T hLine(double y) {
        return hLine(y, Color.BLACK, HouseStyle.dashed(1f));
    }

    /** Vertical reference line across the axes (axvline). */
    public T vLine(double x, Color color, Stroke stroke) {
        return add(new Artists.RefLine(x, 0, 0, 1, color, stroke, null));
    }

    /** Dashed black vertical reference line, 1 pt. */
    public T vLine(double x) {
        return vLine(x, Color.BLACK, HouseStyle.dashed(1f));
    }

    /** Infinite line through (x0, y0) with direction (dx, dy), e.g. a decision boundary. */
    public T axLine(double x0, double y0, double dx, double dy, Color color, Stroke stroke) {
        if (dx == 0 && dy == 0) {
            throw new IllegalArgumentException("axLine direction must be non-zero");
        }
        return add(new Artists.RefLine(x0, y0, dx, dy, color, stroke, null));
    }

    /**
     * Infinite line through (x0, y0) with direction (dx, dy) and a label written along it, inside the axes where it
     * fits (see {@link Artists.LineLabel}).
     */
    public T axLine(double x0, double y0, double dx, double dy, Color color, Stroke stroke, String label,
            float labelSize) {
        axLine(x0, y0, dx, dy, color, stroke);
        return add(new Artists.LineLabel(x0, y0, dx, dy, label, color, labelSize));
    }

    /** Text centred at a data position (10 pt, black, kept inside the axes). */
    public T text(double x, double y, String text) {
        return text(x, y, text, Color.BLACK, HouseStyle.FONT_SIZE, 0, TextAnchor.CENTER);
    }

    /**
     * Text at a data position.
     *
     * @param rotationDeg counter-clockwise rotation about the anchor, in degrees
     * @param anchor      which point of the text sits at (x, y); the text is shifted inside the axes if it would
     *                    cross the frame
     */
    public T text(double x, double y, String text, Color color, float size, double rotationDeg, TextAnchor anchor) {
        return add(new Artists.Text(x, y, text, color, size, rotationDeg, anchor, false));
    }

    /** Arrow from (x0, y0) to (x1, y1) in data coordinates, 1 pt shaft and 6 pt head. */
    public T arrow(double x0, double y0, double x1, double y1, Color color) {
        return add(new Artists.Arrow(x0, y0, x1, y1, color, 1f, 6));
    }

    /** Add any custom artist. */
    public T add(Artist artist) {
        if (artist == null) {
            throw new IllegalArgumentException("artist must not be null");
        }
        artists.add(artist);
        return self();
    }

    /** Next colour of the default cycle, for series that do not set one. */
    protected Color nextAutoColor() {
        Color c = HouseStyle.CYCLE.get(autoColorIndex % HouseStyle.CYCLE.size());
        autoColorIndex++;
        return c;
    }

    /** The artists added so far, in insertion order (read-only view). */
    public List<Artist> artists() {
        return List.copyOf(artists);
    }

    @Override
    public double widthInches() {
        return width;
    }

    @Override
    public double heightInches() {
        return height;
    }

    // ---------------------------------------------------------------- limits

    /**
     * Hook for subclasses: adjust automatic limits [xlo, xhi, ylo, yhi] computed from the data bounds (before
     * margins). Default adds 5 % margins.
     */
    protected double[] autoLimits(Bounds b) {
        double[] x = pad(b.xMin(), b.xMax(), HouseStyle.MARGIN);
        double[] y = pad(b.yMin(), b.yMax(), HouseStyle.MARGIN);
        return new double[] {x[0], x[1], y[0], y[1]};
    }

    /** [lo, hi] widened by {@code margin} of the range each side; degenerate or empty ranges get a unit span. */
    protected static double[] pad(double lo, double hi, double margin) {
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        if (hi == lo) {
            double d = lo == 0 ? 0.5 : Math.abs(lo) * 0.05;
            return new double[] {lo - d, hi + d};
        }
        double d = (hi - lo) * margin;
        return new double[] {lo - d, hi + d};
    }

    /**
     * Hook for subclasses: artists computed from the plot's settings at draw time (e.g. heatmap cells), drawn
     * together with the added ones. Must not change the plot.
     */
    protected List<Artist> derivedArtists() {
        return List.of();
    }

    /**
     * Hook for subclasses: tick positions used when none were set explicitly; null = automatic.
     *
     * @param axisLength approximate length of the axis in points, to thin labels
     */
    protected double[] defaultTickValues(boolean xAxis, double axisLength) {
        return null;
    }

    /** Hook for subclasses: labels for {@link #defaultTickValues}; null = the values themselves. */
    protected String[] defaultTickLabels(boolean xAxis, double axisLength) {
        return null;
    }

    /** Hook for subclasses: the colour bar to draw; default the one set with {@link #colorBar(ColorBar)}. */
    protected ColorBar effectiveColorBar() {
        return colorBar;
    }

    private List<Artist> allArtists() {
        List<Artist> all = new ArrayList<>(artists);
        all.addAll(derivedArtists());
        return all;
    }

    Bounds dataBounds() {
        Bounds b = Bounds.EMPTY;
        for (Artist a : allArtists()) {
            b = b.union(a.bounds());
        }
        return b;
    }

    /** Final limits {xlo, xhi, ylo, yhi}: explicit limits win, then grid overrides, then automatic. */
    double[] limits(PanelOverrides o) {
        double[] auto = autoLimits(dataBounds());
        double[] x = xLim != null ? xLim : o.xLim() != null ? o.xLim() : new double[] {auto[0], auto[1]};
        double[] y = yLim != null ? yLim : o.yLim() != null ? o.yLim() : new double[] {auto[2], auto[3]};
        return new double[] {x[0], x[1], y[0], y[1]};
    }

    boolean hasFixedXLim() {
        return xLim != null;
    }

    boolean hasFixedYLim() {
        return yLim != null;
    }

    String titleOrNull() {
        return title;
    }

    // ---------------------------------------------------------------- settings read by the layout

    String xLabelOrNull() {
        return xLabel;
    }

    String yLabelOrNull() {
        return yLabel;
    }

    float titleSize() {
        return titleSize;
    }

    Aspect aspectSetting() {
        return aspect;
    }

    boolean xInverted() {
        return xInverted;
    }

    boolean yInverted() {
        return yInverted;
    }

    boolean hidesXTickLabels() {
        return hideXTickLabels;
    }

    boolean hidesYTickLabels() {
        return hideYTickLabels;
    }

    /** The legend to draw, or null when none was asked for or no artist is labelled. */
    Legend legendOrNull() {
        if (legendLocation == null) {
            return null;
        }
        List<LegendEntry> entries = Legend.entries(allArtists());
        return entries.isEmpty() ? null : new Legend(legendLocation, legendMarkerScale, legendFontSize, entries);
    }

    /** All artists (added and derived), sorted by z-order, insertion order kept within a z-order. */
    List<Artist> sortedArtists() {
        List<Artist> sorted = allArtists();
        sorted.sort(Comparator.comparingInt(Artist::zOrder));
        return sorted;
    }

    /** Ticks of one axis for the limits [lo, hi] on an axis {@code length} points long. */
    AxisTicks ticks(boolean x, double lo, double hi, double length) {
        double[] values = x ? xTickValues : yTickValues;
        String[] labels = x ? xTickLabels : yTickLabels;
        if (values == null) {
            values = defaultTickValues(x, length);
            labels = defaultTickLabels(x, length);
        }
        if (values == null) {
            return Ticks.auto(lo, hi, length, x, HouseStyle.FONT_SIZE);
        }
        if (labels == null) {
            labels = new String[values.length];
            int dec = 0;
            for (double v : values) {
                dec = Math.max(dec, Ticks.decimals(v));
            }
            for (int i = 0; i < values.length; i++) {
                labels[i] = Ticks.label(values[i], Math.min(dec, 6));
            }
        }
        return new AxisTicks(values.clone(), labels.clone()).within(lo, hi);
    }

    // ---------------------------------------------------------------- drawing

    /** Outer padding of a figure drawn on its own, points. */
    static final double FIGURE_PAD = 3;

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D cell = new Rectangle2D.Double(area.getX() + FIGURE_PAD, area.getY() + FIGURE_PAD,
                area.getWidth() - 2 * FIGURE_PAD, area.getHeight() - 2 * FIGURE_PAD);
        PanelLayout.of(this, cell, PanelOverrides.NONE).paint(g);
    }
}
