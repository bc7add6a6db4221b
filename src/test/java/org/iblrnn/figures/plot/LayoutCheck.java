package org.iblrnn.figures.plot;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reader would see as a broken layout, found by rendering: ink in the outer frame of the image (something cut
 * off at the edge), a text whose box leaves the canvas, or two texts whose boxes overlap. Text boxes come from the
 * {@link TextLog} of the render, so every text the toolkit draws is checked.
 */
public final class LayoutCheck {

    /** Width of the outer frame that must stay background, pixels. */
    public static final int FRAME_PX = 2;
    /** Overlaps thinner than this (pixels) are rounding, not overlap. */
    private static final double TOLERANCE_PX = 0.5;

    private LayoutCheck() {
    }

    /** Every problem of {@code d} rendered at {@code dpi}, one line each; empty when the layout is clean. */
    public static List<String> problems(Drawable d, double dpi) {
        return problems(d, dpi, new TextLog());
    }

    /** As {@link #problems(Drawable, double)}, keeping the drawn texts in {@code log}. */
    public static List<String> problems(Drawable d, double dpi, TextLog log) {
        BufferedImage img = PngWriter.render(d, dpi, log);
        List<String> out = new ArrayList<>();
        frameInk(img, out);
        List<TextLog.Entry> texts = log.entries();
        Rectangle2D canvas = new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight());
        for (TextLog.Entry e : texts) {
            Rectangle2D b = e.bounds().getBounds2D();
            if (!canvas.contains(shrink(b))) {
                out.add(String.format(Locale.ROOT, "text '%s' leaves the %dx%d canvas: [%.1f, %.1f] x [%.1f, %.1f]",
                        oneLine(e.text()), img.getWidth(), img.getHeight(), b.getMinX(), b.getMaxX(), b.getMinY(),
                        b.getMaxY()));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (overlap(texts.get(i).bounds(), texts.get(j).bounds())) {
                    out.add("texts '" + oneLine(texts.get(i).text()) + "' and '" + oneLine(texts.get(j).text())
                            + "' overlap");
                }
            }
        }
        return out;
    }

    private static void frameInk(BufferedImage img, List<String> out) {
        int w = img.getWidth();
        int h = img.getHeight();
        int n = 0;
        int fx = -1;
        int fy = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean frame = x < FRAME_PX || y < FRAME_PX || x >= w - FRAME_PX || y >= h - FRAME_PX;
                if (frame && (img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    if (n++ == 0) {
                        fx = x;
                        fy = y;
                    }
                }
            }
        }
        if (n > 0) {
            out.add(n + " non-background pixels in the outer " + FRAME_PX + " px frame, first at (" + fx + ", " + fy
                    + ")");
        }
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + TOLERANCE_PX, r.getY() + TOLERANCE_PX,
                Math.max(0, r.getWidth() - 2 * TOLERANCE_PX), Math.max(0, r.getHeight() - 2 * TOLERANCE_PX));
    }

    /** True when the two (possibly rotated) boxes share more than a rounding sliver. */
    static boolean overlap(Shape a, Shape b) {
        Rectangle2D ra = a.getBounds2D();
        Rectangle2D rb = b.getBounds2D();
        if (!shrink(ra).intersects(shrink(rb))) {
            return false;
        }
        Area x = new Area(a);
        x.intersect(new Area(b));
        if (x.isEmpty()) {
            return false;
        }
        Rectangle2D i = x.getBounds2D();
        return i.getWidth() > 2 * TOLERANCE_PX && i.getHeight() > 2 * TOLERANCE_PX;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
