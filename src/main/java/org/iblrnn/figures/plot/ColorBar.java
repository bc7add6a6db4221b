package org.iblrnn.figures.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;

/**
 * A vertical colour bar: the colour map from vmin (bottom) to vmax (top) with ticks and an optional label on the
 * right, as matplotlib draws it. Attach to a plot with {@link PlotBase#colorBar(ColorBar)} or to a {@link Grid}.
 * Immutable.
 */
public final class ColorBar {

    /** Width of the coloured bar in points. */
    static final double BAR_WIDTH = 10;
    /** Gap between the panel and the bar in points. */
    static final double GAP = 10;
    /** Gap between the tick labels and the label in points. */
    static final double LABEL_PAD = 4;

    private final ColorMap map;
    private final double vmin;
    private final double vmax;
    private final String label;
    private final double shrink;

    /** A colour bar for {@code map} over [vmin, vmax] with no label. */
    public ColorBar(ColorMap map, double vmin, double vmax) {
        this(map, vmin, vmax, null, 1.0);
    }

    private ColorBar(ColorMap map, double vmin, double vmax, String label, double shrink) {
        if (map == null) {
            throw new IllegalArgumentException("ColorBar map must not be null");
        }
        if (!Double.isFinite(vmin) || !Double.isFinite(vmax) || vmax < vmin) {
            throw new IllegalArgumentException("ColorBar limits must be finite with vmin <= vmax but were [" + vmin
                    + ", " + vmax + "]");
        }
        if (!(shrink > 0 && shrink <= 1)) {
            throw new IllegalArgumentException("ColorBar shrink must be in (0, 1] but was " + shrink);
        }
        this.map = map;
        this.vmin = vmin;
        this.vmax = vmax;
        this.label = label;
        this.shrink = shrink;
    }

    /** The same bar with a label written vertically to its right. */
    public ColorBar label(String text) {
        return new ColorBar(map, vmin, vmax, text, shrink);
    }

    /** The same bar shortened to {@code fraction} of the panel height, centred (seaborn's shrink). */
    public ColorBar shrink(double fraction) {
        return new ColorBar(map, vmin, vmax, label, fraction);
    }

    public ColorMap map() {
        return map;
    }

    public double vmin() {
        return vmin;
    }

    public double vmax() {
        return vmax;
    }

    /** The label wrapped to the bar's length (it is written vertically along the bar), or null. */
    private String wrappedLabel(double barLength) {
        return label == null ? null : RichText.wrap(label, HouseStyle.FONT_SIZE, Math.max(barLength, 20));
    }

    /** The ticks of a bar of this length in points. */
    private AxisTicks ticks(double barLength) {
        return vmax > vmin ? Ticks.auto(vmin, vmax, barLength, false, HouseStyle.FONT_SIZE)
                : new AxisTicks(new double[] {vmin}, new String[] {Ticks.label(vmin, 2)});
    }

    /** Horizontal space (points) the bar needs right of a panel when its coloured part spans {@code span} points. */
    double requiredWidth(double span) {
        double h = span * shrink;
        double w = GAP + BAR_WIDTH + HouseStyle.TICK_LENGTH + HouseStyle.TICK_PAD + ticks(h).maxWidth();
        String l = wrappedLabel(h);
        return l == null ? w : w + LABEL_PAD + RichText.height(l, HouseStyle.FONT_SIZE);
    }

    /**
     * How far the bar's texts reach above its top and below its bottom (points, {above, below}) when its coloured
     * part spans {@code span} points: half a tick label at an end, or a label longer than the bar.
     */
    double[] overhang(double span) {
        double h = span * shrink;
        double y0 = (span - h) / 2;
        AxisTicks t = ticks(h);
        double above = 0;
        double below = 0;
        double half = RichText.height("0", HouseStyle.FONT_SIZE) / 2;
        for (double v : t.values()) {
            double y = y0 + h * (1 - (v - vmin) / (vmax - vmin));
            above = Math.max(above, half - y);
            below = Math.max(below, y + half - span);
        }
        String l = wrappedLabel(h);
        if (l != null) {
            double over = (RichText.width(l, HouseStyle.FONT_SIZE) - span) / 2;
            above = Math.max(above, over);
            below = Math.max(below, over);
        }
        return new double[] {Math.max(0, above), Math.max(0, below)};
    }

    /** Draws the bar whose coloured part spans the vertical extent [top, bottom] at horizontal position x. */
    void draw(Graphics2D g, double x, double top, double bottom) {
        double full = bottom - top;
        double h = full * shrink;
        double y0 = top + (full - h) / 2;
        int n = 256;
        BufferedImage strip = new BufferedImage(1, n, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            strip.setRGB(0, n - 1 - i, map.at((i + 0.5) / n).getRGB());
        }
        Graphics2D gi = (Graphics2D) g.create();
        gi.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        gi.drawImage(strip, new AffineTransform(BAR_WIDTH, 0, 0, h / n, x, y0), null);
        gi.dispose();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(HouseStyle.AXES_LINE_WIDTH));
        g.draw(new Rectangle2D.Double(x, y0, BAR_WIDTH, h));
        AxisTicks t = ticks(h);
        double lx = x + BAR_WIDTH + HouseStyle.TICK_LENGTH + HouseStyle.TICK_PAD;
        if (vmax > vmin) {
            for (int i = 0; i < t.values().length; i++) {
                double y = y0 + h * (1 - (t.values()[i] - vmin) / (vmax - vmin));
                g.draw(new Line2D.Double(x + BAR_WIDTH, y, x + BAR_WIDTH + HouseStyle.TICK_LENGTH, y));
                RichText.draw(g, t.labels()[i], HouseStyle.FONT_SIZE, Color.BLACK, lx, y, TextAnchor.CENTER_LEFT, 0);
            }
        }
        String l = wrappedLabel(h);
        if (l != null) {
            RichText.draw(g, l, HouseStyle.FONT_SIZE, Color.BLACK, lx + t.maxWidth() + LABEL_PAD, y0 + h / 2,
                    TextAnchor.TOP_CENTER, 90);
        }
    }
}
