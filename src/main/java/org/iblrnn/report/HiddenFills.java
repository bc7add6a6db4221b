package org.iblrnn.report;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the filled shapes of a drawing that nobody can see, so the vector PDF can leave them out. Dense scatter plots
 * (tens of thousands of overlapping 1-pt markers) are what made the report tens of megabytes, and most of their
 * markers lie buried under later ones.
 *
 * <p>Fills are recorded in drawing order with their device-space geometry, opacity and clip. A backward pass over
 * sample points 1/8 pt apart keeps, per sample, how much light still passes through the later circles and rectangles
 * that contain it and are kept (opaque: none; alpha a: a factor 1 − a per layer). A fill is hidden when it lies
 * outside its clip, or when at every sample inside it less than half an 8-bit colour step passes. Everything under
 * that point, hidden or not, then contributes less than half a step to the colour there, so leaving the hidden fills
 * out changes no sample by more than that. Whatever could still show lies between samples, so it is thinner than
 * 1/8 pt (0.04 mm). Fills with other paints or composites are never left out and never count as cover.
 */
final class HiddenFills {

    /** Sample points per point (1/72 inch) along each axis; a 1-pt marker holds about 50. */
    static final double CELLS_PER_POINT = 8;
    /** Largest number of samples; bigger drawings are sampled more coarsely. */
    static final long MAX_CELLS = 16_000_000L;
    /** Light passing below half an 8-bit colour step is invisible. */
    static final double INVISIBLE = 0.5 / 255;

    /** One recorded fill: device-space shape, its bounds, effective alpha (NaN: unknown paint) and clip. */
    record Fill(Shape device, Rectangle2D bounds, double alpha, Rectangle2D clipBounds, boolean rectangularClip) {
    }

    private final List<Fill> fills = new ArrayList<>();

    /** Records a fill about to be made with {@code userShape} under the given graphics state. */
    void record(Shape userShape, AffineTransform transform, Paint paint, Composite composite, Shape userClip) {
        Shape device = deviceShape(userShape, transform);
        Rectangle2D clipBounds = null;
        boolean rectangular = true;
        if (userClip != null) {
            Shape deviceClip = transform.createTransformedShape(userClip);
            clipBounds = deviceClip.getBounds2D();
            rectangular = new Area(deviceClip).isRectangular();
        }
        fills.add(new Fill(device, device.getBounds2D(), alpha(paint, composite), clipBounds, rectangular));
    }

    int size() {
        return fills.size();
    }

    /** Device-space bounds of fill {@code i}, to check that a second drawing repeats the first. */
    Rectangle2D bounds(int i) {
        return fills.get(i).bounds();
    }

    /** Which recorded fills are hidden (bit set: leave it out). */
    BitSet hidden() {
        BitSet hidden = new BitSet(fills.size());
        if (fills.isEmpty()) {
            return hidden;
        }
        Rectangle2D all = null;
        for (Fill f : fills) {
            if (f.bounds().isEmpty() && f.bounds().getWidth() == 0 && f.bounds().getHeight() == 0) {
                continue;
            }
            all = all == null ? (Rectangle2D) f.bounds().clone() : all.createUnion(f.bounds());
        }
        if (all == null) {
            return hidden;
        }
        Grid grid = new Grid(all);
        for (int i = fills.size() - 1; i >= 0; i--) {
            Fill f = fills.get(i);
            if (degenerate(f.bounds())) {
                continue; // some viewers paint zero-area fills as hairlines: keep them, they cover nothing
            }
            Rectangle2D painted = f.bounds();
            if (f.clipBounds() != null) {
                if (!f.bounds().intersects(f.clipBounds())) {
                    hidden.set(i);
                    continue;
                }
                painted = f.bounds().createIntersection(f.clipBounds());
            }
            if (Double.isNaN(f.alpha())) {
                continue;
            }
            if (grid.maxTransmittance(f.device(), painted) < INVISIBLE) {
                hidden.set(i);
                continue;
            }
            if (f.alpha() > 0 && (f.clipBounds() == null || f.rectangularClip())) {
                grid.cover(f.device(), f.clipBounds(), 1 - f.alpha());
            }
        }
        return hidden;
    }

    private static boolean degenerate(Rectangle2D r) {
        return r.getWidth() == 0 || r.getHeight() == 0;
    }

    /** Circles and rectangles stay exact under scale-and-translate transforms; anything else becomes a path. */
    static Shape deviceShape(Shape s, AffineTransform t) {
        boolean axisAligned = t.getShearX() == 0 && t.getShearY() == 0;
        if (axisAligned && (s instanceof Ellipse2D || s instanceof Rectangle2D)) {
            Rectangle2D f = ((java.awt.geom.RectangularShape) s).getFrame();
            double x0 = t.getScaleX() * f.getMinX() + t.getTranslateX();
            double x1 = t.getScaleX() * f.getMaxX() + t.getTranslateX();
            double y0 = t.getScaleY() * f.getMinY() + t.getTranslateY();
            double y1 = t.getScaleY() * f.getMaxY() + t.getTranslateY();
            double x = Math.min(x0, x1);
            double y = Math.min(y0, y1);
            double w = Math.abs(x1 - x0);
            double h = Math.abs(y1 - y0);
            return s instanceof Ellipse2D ? new Ellipse2D.Double(x, y, w, h) : new Rectangle2D.Double(x, y, w, h);
        }
        return t.createTransformedShape(s);
    }

    /** Opacity of a plain colour under source-over compositing; NaN for anything else (never treated as hidden). */
    private static double alpha(Paint paint, Composite composite) {
        if (!(paint instanceof Color c)) {
            return Double.NaN;
        }
        double a = c.getAlpha() / 255.0;
        if (composite instanceof AlphaComposite ac) {
            if (ac.getRule() != AlphaComposite.SRC_OVER) {
                return Double.NaN;
            }
            a *= ac.getAlpha();
        } else if (composite != null) {
            return Double.NaN;
        }
        return a;
    }

    /** Transmittance at the sample points (cell centres) covering the bounding box of all fills. */
    private static final class Grid {
        private final double x0;
        private final double y0;
        private final double res;
        private final int w;
        private final int h;
        private final float[] t;

        Grid(Rectangle2D area) {
            x0 = Math.floor(area.getMinX());
            y0 = Math.floor(area.getMinY());
            double pw = area.getMaxX() - x0 + 1;
            double ph = area.getMaxY() - y0 + 1;
            res = Math.min(CELLS_PER_POINT, Math.sqrt(MAX_CELLS / (pw * ph)));
            w = Math.max(1, (int) Math.ceil(pw * res));
            h = Math.max(1, (int) Math.ceil(ph * res));
            t = new float[Math.multiplyExact(w, h)];
            java.util.Arrays.fill(t, 1f);
        }

        /**
         * Largest transmittance at the sample points (cell centres) inside the shape's painted part {@code r}; for
         * shapes other than circles and rectangles every sample of {@code r} counts. A shape too small to hold a
         * sample is judged by the cell under its centre.
         */
        double maxTransmittance(Shape s, Rectangle2D r) {
            int[] span = centres(r);
            if (span == null) {
                return 1;
            }
            boolean ellipse = s instanceof Ellipse2D;
            float max = -1;
            for (int y = span[2]; y <= span[3]; y++) {
                int row = y * w;
                double py = y0 + (y + 0.5) / res;
                for (int x = span[0]; x <= span[1]; x++) {
                    if (ellipse && !s.contains(x0 + (x + 0.5) / res, py)) {
                        continue;
                    }
                    if (t[row + x] > max) {
                        max = t[row + x];
                        if (max >= 1f) {
                            return 1;
                        }
                    }
                }
            }
            if (max < 0) {
                int cx = (int) Math.floor((r.getCenterX() - x0) * res);
                int cy = (int) Math.floor((r.getCenterY() - y0) * res);
                return cx < 0 || cy < 0 || cx >= w || cy >= h ? 1 : t[cy * w + cx];
            }
            return max;
        }

        /** Multiplies by {@code pass} the samples inside the circle or rectangle {@code s} (and inside the clip). */
        void cover(Shape s, Rectangle2D clip, double pass) {
            if (!(s instanceof Ellipse2D) && !(s instanceof Rectangle2D)) {
                return;
            }
            Rectangle2D b = s.getBounds2D();
            if (clip != null) {
                b = b.createIntersection(clip);
            }
            int[] span = centres(b);
            if (span == null) {
                return;
            }
            float p = (float) pass;
            boolean ellipse = s instanceof Ellipse2D;
            for (int y = span[2]; y <= span[3]; y++) {
                int row = y * w;
                double py = y0 + (y + 0.5) / res;
                for (int x = span[0]; x <= span[1]; x++) {
                    if (!ellipse || s.contains(x0 + (x + 0.5) / res, py)) {
                        t[row + x] *= p;
                    }
                }
            }
        }

        /** Column and row ranges {c0, c1, r0, r1} of the cell centres inside {@code r}, or null if none. */
        private int[] centres(Rectangle2D r) {
            if (r.getWidth() < 0 || r.getHeight() < 0) {
                return null;
            }
            int c0 = Math.max(0, (int) Math.ceil((r.getMinX() - x0) * res - 0.5));
            int c1 = Math.min(w - 1, (int) Math.floor((r.getMaxX() - x0) * res - 0.5));
            int r0 = Math.max(0, (int) Math.ceil((r.getMinY() - y0) * res - 0.5));
            int r1 = Math.min(h - 1, (int) Math.floor((r.getMaxY() - y0) * res - 0.5));
            return c0 > c1 || r0 > r1 ? new int[] {c0, c0 - 1, r0, r0 - 1} : new int[] {c0, c1, r0, r1};
        }
    }
}
