package org.iblrnn.figures.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The common part of every single-axes plot: title, axis labels, limits, ticks, reference lines, text, arrows,
 * legend, optional colour bar and figure size. JFreeChart draws the frame, ticks, labels and title; the plot's
 * {@link Artist}s draw the content. Setters return {@code this} for chaining. A plot is mutable while being built
 * and may be drawn any number of times; drawing never changes it.
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

    /** Gap between an axes title and the frame, points (matplotlib axes.titlepad). */
    static final double TITLE_PAD = 6;

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

    /** Hide the x tick labels (ticks stay), e.g. for stacked panels. */
    public T hideXTickLabels() {
        this.hideXTickLabels = true;
        return self();
    }

    /** Hide the y tick labels (ticks stay). */
    public T hideYTickLabels() {
        this.hideYTickLabels = true;
        return self();
    }

    /** Let x increase to the left. */
    public T invertX() {
        this.xInverted = true;
        return self();
    }

    /** Let y increase downwards (matrix/image convention). */
    public T invertY() {
        this.yInverted = true;
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

    /** Show a legend of all labelled artists at the given location. */
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

    /** Text centred at a data position (10 pt, black, unclipped). */
    public T text(double x, double y, String text) {
        return text(x, y, text, Color.BLACK, HouseStyle.FONT_SIZE, 0, TextAnchor.CENTER);
    }

    /**
     * Text at a data position.
     *
     * @param rotationDeg counter-clockwise rotation about the anchor, in degrees
     * @param anchor      which point of the text sits at (x, y)
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

    /** The colour bar attached to this plot, or null. */
    public ColorBar colorBarOrNull() {
        return effectiveColorBar();
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

    // ---------------------------------------------------------------- drawing

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        render(g, area, PanelOverrides.NONE);
    }

    /** Draws the panel into area with the given overrides and returns the data area used. */
    Rectangle2D render(Graphics2D g0, Rectangle2D area, PanelOverrides o) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            Rectangle2D chartArea = area;
            ColorBar bar = effectiveColorBar();
            boolean withBar = bar != null && o.drawColorBar();
            if (withBar) {
                double w = bar.requiredWidth(g);
                chartArea = new Rectangle2D.Double(area.getX(), area.getY(), Math.max(10, area.getWidth() - w),
                        area.getHeight());
            }
            double[] lim = limits(o);
            double[] insets = {0, 0, 0, 0};
            Rectangle2D dry = dryRun(buildChart(lim, o, chartArea, insets, null), chartArea);
            if (aspect != Aspect.AUTO) {
                double xr = Math.abs(lim[1] - lim[0]);
                double yr = Math.abs(lim[3] - lim[2]);
                double sx = dry.getWidth() / xr;
                double sy = dry.getHeight() / yr;
                if (aspect == Aspect.EQUAL_DATALIM) {
                    if (sx > sy) {
                        double nx = dry.getWidth() / sy;
                        double c = (lim[0] + lim[1]) / 2;
                        double sign = Math.signum(lim[1] - lim[0]);
                        lim = new double[] {c - sign * nx / 2, c + sign * nx / 2, lim[2], lim[3]};
                    } else {
                        double ny = dry.getHeight() / sx;
                        double c = (lim[2] + lim[3]) / 2;
                        double sign = Math.signum(lim[3] - lim[2]);
                        lim = new double[] {lim[0], lim[1], c - sign * ny / 2, c + sign * ny / 2};
                    }
                } else {
                    double s = Math.min(sx, sy);
                    double dw = dry.getWidth() - s * xr;
                    double dh = dry.getHeight() - s * yr;
                    insets = new double[] {dh / 2, dw / 2, dh / 2, dw / 2};
                }
            }
            double[] lengths = {dry.getWidth() - insets[1] - insets[3], dry.getHeight() - insets[0] - insets[2]};
            JFreeChart chart = buildChart(lim, o, chartArea, insets, lengths);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, chartArea, info);
            Rectangle2D dataArea = info.getPlotInfo().getDataArea();
            if (title != null) {
                g.setFont(HouseStyle.font(titleSize));
                g.setColor(Color.BLACK);
                TextUtils.drawAlignedString(title, g, (float) dataArea.getCenterX(),
                        (float) (dataArea.getMinY() - TITLE_PAD), TextAnchor.BOTTOM_CENTER);
            }
            if (withBar) {
                bar.draw(g, dataArea.getMaxX() + ColorBar.GAP, dataArea.getMinY(), dataArea.getMaxY());
            }
            return dataArea;
        } finally {
            g.dispose();
        }
    }

    /** Axis space {left, bottom} this panel would reserve in area; used by Grid to align panels. */
    double[] axisSpace(Graphics2D g, Rectangle2D area, PanelOverrides o) {
        JFreeChart chart = buildChart(limits(o), o, area, new double[4], null);
        XYPlot plot = chart.getXYPlot();
        AxisSpace left = plot.getRangeAxis().reserveSpace(g, plot, area, RectangleEdge.LEFT, new AxisSpace());
        AxisSpace bottom = plot.getDomainAxis().reserveSpace(g, plot, area, RectangleEdge.BOTTOM, new AxisSpace());
        return new double[] {left.getLeft(), bottom.getBottom()};
    }

    private static Rectangle2D dryRun(JFreeChart chart, Rectangle2D area) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setClip(new Rectangle2D.Double(0, 0, 1, 1));
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, area, info);
            return info.getPlotInfo().getDataArea();
        } finally {
            g.dispose();
        }
    }

    JFreeChart buildChart(double[] lim, PanelOverrides o, Rectangle2D area, double[] insets, double[] lengths) {
        double leftSpace = o.fixedLeft() != null ? o.fixedLeft() : 40;
        double bottomSpace = o.fixedBottom() != null ? o.fixedBottom() : 30;
        double titleSpace = title != null || o.placeholderTitle() ? titleSize * 1.2 + 6 : 0;
        double xLen = lengths != null ? lengths[0]
                : Math.max(20, area.getWidth() - leftSpace - 8 - insets[1] - insets[3]);
        double yLen = lengths != null ? lengths[1]
                : Math.max(20, area.getHeight() - bottomSpace - titleSpace - 6 - insets[0] - insets[2]);
        double[] xv = xTickValues != null ? xTickValues : defaultTickValues(true, xLen);
        String[] xl = xTickValues != null ? xTickLabels : defaultTickLabels(true, xLen);
        double[] yv = yTickValues != null ? yTickValues : defaultTickValues(false, yLen);
        String[] yl = yTickValues != null ? yTickLabels : defaultTickLabels(false, yLen);
        String[][] xt = ticks(lim[0], lim[1], xv, xl,
                Ticks.autoBins(xLen, HouseStyle.FONT_SIZE, true));
        String[][] yt = ticks(lim[2], lim[3], yv, yl,
                Ticks.autoBins(yLen, HouseStyle.FONT_SIZE, false));
        boolean hideX = hideXTickLabels || o.hideX();
        boolean hideY = hideYTickLabels || o.hideY();
        HouseAxis xAxis = new HouseAxis(o.hideX() ? null : xLabel, Math.min(lim[0], lim[1]),
                Math.max(lim[0], lim[1]), parse(xt[0]), xt[1], xInverted || lim[0] > lim[1], !hideX);
        HouseAxis yAxis = new HouseAxis(o.hideY() ? null : yLabel, Math.min(lim[2], lim[3]),
                Math.max(lim[2], lim[3]), parse(yt[0]), yt[1], yInverted || lim[2] > lim[3], !hideY);
        XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(HouseStyle.AXES_LINE_WIDTH));
        plot.setOutlineVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainZeroBaselineVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(1 + insets[0], 1 + insets[1], 1 + insets[2], 1 + insets[3]));
        plot.setNoDataMessage(null);
        if (o.fixedLeft() != null) {
            AxisSpace s = new AxisSpace();
            s.setLeft(o.fixedLeft());
            plot.setFixedRangeAxisSpace(s);
        }
        if (o.fixedBottom() != null) {
            AxisSpace s = new AxisSpace();
            s.setBottom(o.fixedBottom());
            plot.setFixedDomainAxisSpace(s);
        }
        List<Artist> sorted = allArtists();
        sorted.sort(Comparator.comparingInt(Artist::zOrder));
        Legend legend = legendLocation == null ? null
                : new Legend(legendLocation, legendMarkerScale, legendFontSize);
        plot.addAnnotation(new ArtistLayer(sorted, legend), false);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 4));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (title != null || o.placeholderTitle()) {
            // reserves the title's height only; the text is drawn centred over the axes by render(), as matplotlib
            // does, so long titles overflow instead of wrapping
            TextTitle t = new TextTitle(" ", HouseStyle.font(titleSize));
            t.setPadding(new RectangleInsets(0, 0, TITLE_PAD, 0));
            chart.setTitle(t);
        }
        return chart;
    }

    private static double[] parse(String[] s) {
        double[] v = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            v[i] = Double.parseDouble(s[i]);
        }
        return v;
    }

    /** {positions as strings, labels}; explicit ticks win, else matplotlib-like automatic ticks. */
    private static String[][] ticks(double lo, double hi, double[] values, String[] labels, int bins) {
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        double[] v;
        String[] l;
        if (values != null) {
            v = values;
            if (labels != null) {
                l = labels;
            } else {
                l = new String[v.length];
                int dec = 0;
                for (double x : v) {
                    dec = Math.max(dec, Ticks.decimals(x));
                }
                for (int i = 0; i < v.length; i++) {
                    l[i] = Ticks.label(v[i], Math.min(dec, 6));
                }
            }
        } else {
            double step = Ticks.step(a, b, bins);
            v = Ticks.values(a, b, step);
            l = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                l[i] = Ticks.label(v[i], Ticks.decimals(step));
            }
        }
        String[] p = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            p[i] = Double.toString(v[i]);
        }
        return new String[][] {p, l};
    }
}
