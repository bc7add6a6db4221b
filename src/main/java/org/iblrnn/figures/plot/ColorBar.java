package org.iblrnn.figures.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

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

    /** Horizontal space (points) the bar needs to the right of a panel, including ticks and label. */
    double requiredWidth(Graphics2D g) {
        g.setFont(HouseStyle.font(HouseStyle.FONT_SIZE));
        FontMetrics fm = g.getFontMetrics();
        double maxLabel = 0;
        for (String s : tickLabels()) {
            maxLabel = Math.max(maxLabel, fm.stringWidth(s));
        }
        double labelSpace = label == null ? 0 : fm.getAscent() + fm.getDescent() + 4;
        return GAP + BAR_WIDTH + HouseStyle.TICK_LENGTH + HouseStyle.TICK_PAD + maxLabel + labelSpace + 2;
    }

    private double step() {
        return Ticks.step(vmin, vmax, 6);
    }

    private String[] tickLabels() {
        double[] v = vmax > vmin ? Ticks.values(vmin, vmax, step()) : new double[] {vmin};
        String[] s = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = Ticks.label(v[i], Ticks.decimals(step()));
        }
        return s;
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
        g.setFont(HouseStyle.font(HouseStyle.FONT_SIZE));
        FontMetrics fm = g.getFontMetrics();
        double maxLabel = 0;
        if (vmax > vmin) {
            double step = step();
            int dec = Ticks.decimals(step);
            for (double v : Ticks.values(vmin, vmax, step)) {
                double y = y0 + h * (1 - (v - vmin) / (vmax - vmin));
                g.draw(new Line2D.Double(x + BAR_WIDTH, y, x + BAR_WIDTH + HouseStyle.TICK_LENGTH, y));
                String s = Ticks.label(v, dec);
                maxLabel = Math.max(maxLabel, fm.stringWidth(s));
                TextUtils.drawAlignedString(s, g, (float) (x + BAR_WIDTH + HouseStyle.TICK_LENGTH
                        + HouseStyle.TICK_PAD), (float) y, TextAnchor.CENTER_LEFT);
            }
        }
        if (label != null) {
            double lx = x + BAR_WIDTH + HouseStyle.TICK_LENGTH + HouseStyle.TICK_PAD + maxLabel + 4;
            TextUtils.drawRotatedString(label, g, (float) lx, (float) (y0 + h / 2), TextAnchor.TOP_CENTER,
                    -Math.PI / 2, TextAnchor.TOP_CENTER);
        }
    }
}
