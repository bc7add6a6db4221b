package org.iblrnn.figures.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every part of one panel goes inside its cell, found by measuring before placing (like matplotlib's
 * constrained layout): tick labels, axis labels, title, colour bar and an outside legend are measured, the margins
 * they need are taken from the cell, and the data area is what remains. Because ticks depend on the axis length and
 * the margins on the ticks, the two are iterated until the margins settle. Nothing is drawn until the layout is
 * complete, so no text can be cut off by the cell edge; long titles and axis labels are wrapped to fit.
 */
final class PanelLayout {

    /** Gap kept between any text and the cell edge, points. */
    static final double PAD = 2;
    /** Gap between tick labels and the axis label (matplotlib axes.labelpad), points. */
    static final double LABEL_PAD = 4;
    /** Gap between the frame and the title (matplotlib axes.titlepad), points. */
    static final double TITLE_PAD = 6;
    /** Gap between the axes (or colour bar) and a legend outside them, points. */
    static final double LEGEND_GAP = 6;
    private static final int MAX_ITERATIONS = 8;
    /**
     * A title may be this much wider than its axes before it wraps (within the cell), so that the panels of a grid,
     * whose axes are equal, wrap alike.
     */
    private static final double TITLE_OVERHANG = 1.2;
    /** A legend goes right of the axes only if they keep this fraction of their width; else below them. */
    private static final double MIN_WIDTH_WITH_LEGEND = 0.6;

    private final PlotBase<?> plot;
    private final Rectangle2D cell;
    private final PanelOverrides overrides;
    private final List<Artist> artists;
    private Legend legend;
    private final ColorBar bar;
    private final boolean showXTicks;
    private final boolean showYTicks;

    private Rectangle2D data;
    private double[] lim;
    private AxisTicks xTicks;
    private AxisTicks yTicks;
    private String title;
    private String xLabel;
    private String yLabel;
    private Margins need;
    /** Where a legend that fits nowhere inside goes. */
    private enum Outside { NONE, RIGHT, BELOW }

    private Outside outside = Outside.NONE;
    private Rectangle2D legendBox;
    /** Limits before any aspect adjustment; they do not depend on the geometry, so they are found once. */
    private final double[] baseLimits;
    /** Where the line labels go; found when first needed for the final data area (null until then). */
    private Map<Artist, Artists.LineLabel.Placement> placements;

    private PanelLayout(PlotBase<?> plot, Rectangle2D cell, PanelOverrides o) {
        this.plot = plot;
        this.cell = cell;
        this.overrides = o;
        this.artists = plot.sortedArtists();
        this.legend = plot.legendOrNull();
        this.bar = o.drawColorBar() ? plot.effectiveColorBar() : null;
        this.showXTicks = !plot.hidesXTickLabels() && !o.hideX();
        this.showYTicks = !plot.hidesYTickLabels() && !o.hideY();
        this.baseLimits = plot.limits(o);
    }

    /** The complete layout of {@code plot} in {@code cell}. */
    static PanelLayout of(PlotBase<?> plot, Rectangle2D cell, PanelOverrides o) {
        PanelLayout l = new PanelLayout(plot, cell, o);
        l.solve();
        if (l.legend != null) {
            l.legendBox = l.legend.best(l.data, l.footprint());
            if (l.legendBox == null) {
                double inside = l.data.getWidth();
                l.outside = Outside.RIGHT;
                l.solve();
                if (l.data.getWidth() < MIN_WIDTH_WITH_LEGEND * inside) {
                    // a wide legend on the right would squeeze the axes: put it below, in columns
                    l.legend = l.legend.widestWithin(cell.getWidth() - 2 * PAD);
                    l.outside = Outside.BELOW;
                    l.solve();
                }
                l.legendBox = l.outsideLegendBox();
            }
        }
        return l;
    }

    /** The data area (inside of the frame). */
    Rectangle2D data() {
        return data;
    }

    /** The margins this panel needs around its data area. */
    Margins need() {
        return need;
    }

    Transform transform() {
        return new Transform(data, lim[0], lim[1], lim[2], lim[3]);
    }

    // ------------------------------------------------------------------------------------------------ measuring

    private void solve() {
        placements = null;
        Margins m = new Margins(40, 10, plot.titleOrNull() != null ? 24 : 8, 30).max(overrides.minMargins());
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            place(m);
            Margins next = need.max(overrides.minMargins());
            if (it >= 2) {
                next = next.max(m); // from the third round on margins only grow, so the loop settles
            }
            if (close(next, m)) {
                m = next;
                break;
            }
            m = next;
        }
        place(m);
    }

    private static boolean close(Margins a, Margins b) {
        return Math.abs(a.left() - b.left()) < 0.25 && Math.abs(a.right() - b.right()) < 0.25
                && Math.abs(a.top() - b.top()) < 0.25 && Math.abs(a.bottom() - b.bottom()) < 0.25;
    }

    /** Places the data area for margins m and measures what the texts around it then need. */
    private void place(Margins m) {
        Rectangle2D avail = new Rectangle2D.Double(cell.getX() + m.left(), cell.getY() + m.top(),
                Math.max(10, cell.getWidth() - m.left() - m.right()),
                Math.max(10, cell.getHeight() - m.top() - m.bottom()));
        applyLimitsAndAspect(avail);
        xTicks = plot.ticks(true, lim[0], lim[1], data.getWidth());
        yTicks = plot.ticks(false, lim[2], lim[3], data.getHeight());
        float fs = HouseStyle.FONT_SIZE;
        title = plot.titleOrNull() == null ? null
                : RichText.wrap(plot.titleOrNull(), plot.titleSize(),
                        Math.min(TITLE_OVERHANG * data.getWidth(), cell.getWidth() - 2 * PAD));
        xLabel = overrides.hideX() || plot.xLabelOrNull() == null ? null
                : RichText.wrap(plot.xLabelOrNull(), fs, cell.getWidth() - 2 * PAD);
        yLabel = overrides.hideY() || plot.yLabelOrNull() == null ? null
                : RichText.wrap(plot.yLabelOrNull(), fs, Math.max(data.getHeight(), 40));
        Transform t = transform();

        double left = HouseStyle.TICK_LENGTH + yTickBlock() + (yLabel == null ? 0 : LABEL_PAD
                + RichText.height(yLabel, fs));
        double bottom = HouseStyle.TICK_LENGTH + xTickBlock() + (xLabel == null ? 0 : LABEL_PAD
                + RichText.height(xLabel, fs));
        double top = title == null ? 0 : TITLE_PAD + RichText.height(title, plot.titleSize());
        double right = 0;
        if (showXTicks) {
            for (int i = 0; i < xTicks.values().length; i++) {
                double p = t.x(xTicks.values()[i]);
                double half = RichText.width(xTicks.labels()[i], fs) / 2;
                left = Math.max(left, half - (p - data.getMinX()));
                right = Math.max(right, p + half - data.getMaxX());
            }
        }
        if (showYTicks) {
            for (int i = 0; i < yTicks.values().length; i++) {
                double p = t.y(yTicks.values()[i]);
                double half = RichText.height(yTicks.labels()[i], fs) / 2;
                top = Math.max(top, half - (p - data.getMinY()));
                bottom = Math.max(bottom, p + half - data.getMaxY());
            }
        }
        double side = 0;
        if (bar != null) {
            side += bar.requiredWidth(data.getHeight());
            double[] over = bar.overhang(data.getHeight());
            top = Math.max(top, over[0]);
            bottom = Math.max(bottom, over[1]);
        }
        if (outside == Outside.RIGHT) {
            side += LEGEND_GAP + legend.width();
            bottom = Math.max(bottom, legend.height() - data.getHeight());
        } else if (outside == Outside.BELOW) {
            bottom += LEGEND_GAP + legend.height();
        }
        right = Math.max(right, side);
        // an equal box is centred in what the margins leave, so its slack is not counted as room for the texts:
        // counting it made the margins and the box's position chase each other (halving the error per round)
        boolean box = plot.aspectSetting() == PlotBase.Aspect.EQUAL_BOX;
        need = new Margins(Math.max(0, left + PAD - (box ? 0 : data.getMinX() - avail.getMinX())),
                Math.max(0, right + PAD - (box ? 0 : avail.getMaxX() - data.getMaxX())),
                Math.max(0, top + PAD - (box ? 0 : data.getMinY() - avail.getMinY())),
                Math.max(0, bottom + PAD - (box ? 0 : avail.getMaxY() - data.getMaxY())));
    }

    /** Width of the y tick labels with their pad (0 when hidden or none). */
    private double yTickBlock() {
        return showYTicks && yTicks.values().length > 0 ? HouseStyle.TICK_PAD + yTicks.maxWidth() : 0;
    }

    /** Height of the x tick labels with their pad (0 when hidden or none). */
    private double xTickBlock() {
        return showXTicks && xTicks.values().length > 0 ? HouseStyle.TICK_PAD + xTicks.maxHeight() : 0;
    }

    /** Sets the display limits {xLeft, xRight, yBottom, yTop} and the data area inside {@code avail}. */
    private void applyLimitsAndAspect(Rectangle2D avail) {
        double[] l = baseLimits;
        boolean xInv = plot.xInverted() || l[0] > l[1];
        boolean yInv = plot.yInverted() || l[2] > l[3];
        double x0 = Math.min(l[0], l[1]);
        double x1 = Math.max(l[0], l[1]);
        double y0 = Math.min(l[2], l[3]);
        double y1 = Math.max(l[2], l[3]);
        data = avail;
        PlotBase.Aspect aspect = plot.aspectSetting();
        if (aspect != PlotBase.Aspect.AUTO) {
            double sx = avail.getWidth() / (x1 - x0);
            double sy = avail.getHeight() / (y1 - y0);
            if (aspect == PlotBase.Aspect.EQUAL_DATALIM) {
                if (sx > sy) {
                    double half = avail.getWidth() / sy / 2;
                    double c = (x0 + x1) / 2;
                    x0 = c - half;
                    x1 = c + half;
                } else {
                    double half = avail.getHeight() / sx / 2;
                    double c = (y0 + y1) / 2;
                    y0 = c - half;
                    y1 = c + half;
                }
            } else {
                double s = Math.min(sx, sy);
                double w = s * (x1 - x0);
                double h = s * (y1 - y0);
                data = new Rectangle2D.Double(avail.getCenterX() - w / 2, avail.getCenterY() - h / 2, w, h);
            }
        }
        lim = new double[] {xInv ? x1 : x0, xInv ? x0 : x1, yInv ? y1 : y0, yInv ? y0 : y1};
    }

    /**
     * Places the labels written along lines, avoiding the data-positioned texts, each other and the other reference
     * lines.
     */
    private Map<Artist, Artists.LineLabel.Placement> placements() {
        if (placements == null) {
            placements = placeTexts();
        }
        return placements;
    }

    private Map<Artist, Artists.LineLabel.Placement> placeTexts() {
        Map<Artist, Artists.LineLabel.Placement> placed = new IdentityHashMap<>();
        Transform t = transform();
        List<Shape> taken = new ArrayList<>();
        for (Artist a : artists) {
            if (a instanceof Artists.Text) {
                Footprint f = new Footprint();
                a.footprint(t, f);
                taken.addAll(f.shapes());
            }
        }
        List<double[]> lines = new ArrayList<>();
        for (Artist a : artists) {
            if (a instanceof Artists.RefLine r) {
                Footprint f = new Footprint();
                r.footprint(t, f);
                lines.addAll(f.segments());
            }
        }
        for (Artist a : artists) {
            if (a instanceof Artists.LineLabel ll) {
                Artists.LineLabel.Placement p = ll.place(t, taken, lines);
                if (p != null) {
                    placed.put(a, p);
                    taken.add(p.box());
                }
            }
        }
        return placed;
    }

    /** What the content covers, for choosing the legend's spot. */
    private Footprint footprint() {
        Transform t = transform();
        Footprint f = new Footprint();
        for (Artist a : artists) {
            if (!(a instanceof Artists.LineLabel)) {
                a.footprint(t, f);
            }
        }
        for (Artists.LineLabel.Placement p : placements().values()) {
            f.shape(p.box());
        }
        return f;
    }

    private Rectangle2D outsideLegendBox() {
        if (outside == Outside.BELOW) {
            double y = data.getMaxY() + HouseStyle.TICK_LENGTH + xTickBlock()
                    + (xLabel == null ? 0 : LABEL_PAD + RichText.height(xLabel, HouseStyle.FONT_SIZE)) + LEGEND_GAP;
            double cx = clamp(data.getCenterX(), legend.width(), cell.getMinX(), cell.getMaxX());
            return new Rectangle2D.Double(cx - legend.width() / 2, y, legend.width(), legend.height());
        }
        double x = data.getMaxX() + (bar != null ? bar.requiredWidth(data.getHeight()) : 0) + LEGEND_GAP;
        double y = data.getMinY();
        if (y + legend.height() > cell.getMaxY() - PAD) {
            y = Math.max(cell.getMinY() + PAD, cell.getMaxY() - PAD - legend.height());
        }
        return new Rectangle2D.Double(x, y, legend.width(), legend.height());
    }

    // ------------------------------------------------------------------------------------------------ painting

    /** Draws the panel: content clipped to the data area, frame, ticks, labels, title, colour bar, legend. */
    void paint(Graphics2D g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            Transform t = transform();
            for (Artist a : artists) {
                Graphics2D ga = (Graphics2D) g.create();
                try {
                    if (a instanceof Artists.LineLabel ll) {
                        Artists.LineLabel.Placement p = placements().get(a);
                        if (p != null) {
                            ll.draw(ga, p);
                        }
                        continue;
                    }
                    if (!(a instanceof Artists.Text text) || text.clip()) {
                        ga.clip(data);
                    }
                    a.draw(ga, t);
                } finally {
                    ga.dispose();
                }
            }
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(HouseStyle.AXES_LINE_WIDTH));
            g.draw(data);
            paintTicks(g, t);
            paintLabels(g);
            if (bar != null) {
                bar.draw(g, data.getMaxX() + ColorBar.GAP, data.getMinY(), data.getMaxY());
            }
            if (legend != null && legendBox != null) {
                legend.draw(g, legendBox);
            }
        } finally {
            g.dispose();
        }
    }

    private void paintTicks(Graphics2D g, Transform t) {
        float fs = HouseStyle.FONT_SIZE;
        double tl = HouseStyle.TICK_LENGTH;
        for (int i = 0; i < xTicks.values().length; i++) {
            double px = t.x(xTicks.values()[i]);
            g.draw(new Line2D.Double(px, data.getMaxY(), px, data.getMaxY() + tl));
            if (showXTicks) {
                RichText.draw(g, xTicks.labels()[i], fs, Color.BLACK, px,
                        data.getMaxY() + tl + HouseStyle.TICK_PAD, TextAnchor.TOP_CENTER, 0);
            }
        }
        for (int i = 0; i < yTicks.values().length; i++) {
            double py = t.y(yTicks.values()[i]);
            g.draw(new Line2D.Double(data.getMinX() - tl, py, data.getMinX(), py));
            if (showYTicks) {
                RichText.draw(g, yTicks.labels()[i], fs, Color.BLACK, data.getMinX() - tl - HouseStyle.TICK_PAD, py,
                        TextAnchor.CENTER_RIGHT, 0);
            }
        }
    }

    private void paintLabels(Graphics2D g) {
        float fs = HouseStyle.FONT_SIZE;
        double tl = HouseStyle.TICK_LENGTH;
        if (xLabel != null) {
            RichText.Block b = RichText.layout(xLabel, fs);
            double x = clamp(data.getCenterX(), b.width(), cell.getMinX(), cell.getMaxX());
            RichText.draw(g, b, xLabel, Color.BLACK, x, data.getMaxY() + tl + xTickBlock() + LABEL_PAD,
                    TextAnchor.TOP_CENTER, 0);
        }
        if (yLabel != null) {
            RichText.Block b = RichText.layout(yLabel, fs);
            double y = clamp(data.getCenterY(), b.width(), cell.getMinY(), cell.getMaxY());
            RichText.draw(g, b, yLabel, Color.BLACK, data.getMinX() - tl - yTickBlock() - LABEL_PAD, y,
                    TextAnchor.BOTTOM_CENTER, 90);
        }
        if (title != null) {
            RichText.Block b = RichText.layout(title, plot.titleSize());
            double x = clamp(data.getCenterX(), b.width(), cell.getMinX(), cell.getMaxX());
            RichText.draw(g, b, title, Color.BLACK, x, data.getMinY() - TITLE_PAD, TextAnchor.BOTTOM_CENTER, 0);
        }
    }

    /** The centre of a text {@code length} long placed at {@code centre} but moved to stay in [lo, hi] ± PAD. */
    private static double clamp(double centre, double length, double lo, double hi) {
        double min = lo + PAD + length / 2;
        double max = hi - PAD - length / 2;
        return min > max ? (lo + hi) / 2 : Math.max(min, Math.min(max, centre));
    }
}
