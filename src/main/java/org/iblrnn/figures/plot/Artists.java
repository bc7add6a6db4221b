package org.iblrnn.figures.plot;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** The built-in artists used by the plot builders; package-private implementations of {@link Artist}. */
final class Artists {

    private Artists() {
    }

    static void checkSameLength(String what, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(what + ": arrays differ in length (" + a.length + " vs " + b.length
                    + "); pass one value per point");
        }
    }

    static double[][] samples(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        int stride = Math.max(1, n / 200);
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < n; i += stride) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                pts.add(new double[] {x[i], y[i]});
            }
        }
        return pts.toArray(new double[0][]);
    }

    static void applyAlpha(Graphics2D g, double alpha) {
        if (alpha < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        }
    }

    /** Texts and arrows: drawn on top of the content (matplotlib z-order 3) and not part of the data limits. */
    private interface Annotation extends Artist {

        @Override
        default Bounds bounds() {
            return Bounds.EMPTY;
        }

        @Override
        default int zOrder() {
            return 3;
        }
    }

    /** A polyline with NaN gaps, optional per-segment colours and markers. */
    record Polyline(double[] x, double[] y, Color color, Stroke stroke, Color[] pointColors, Marker marker,
            double markerSize, double alpha, String label, Stroke legendStroke) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            applyAlpha(g, alpha);
            if (stroke != null) {
                g.setStroke(stroke);
                if (pointColors == null) {
                    g.setColor(color);
                    Path2D path = new Path2D.Double();
                    boolean pen = false;
                    for (int i = 0; i < x.length; i++) {
                        if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                            pen = false;
                            continue;
                        }
                        if (pen) {
                            path.lineTo(t.x(x[i]), t.y(y[i]));
                        } else {
                            path.moveTo(t.x(x[i]), t.y(y[i]));
                            pen = true;
                        }
                    }
                    g.draw(path);
                } else {
                    for (int i = 0; i + 1 < x.length; i++) {
                        if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && Double.isFinite(x[i + 1])
                                && Double.isFinite(y[i + 1])) {
                            g.setColor(pointColors[i]);
                            g.draw(new Line2D.Double(t.x(x[i]), t.y(y[i]), t.x(x[i + 1]), t.y(y[i + 1])));
                        }
                    }
                }
            }
            if (marker != Marker.NONE && markerSize > 0) {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                        g.setColor(pointColors == null ? color : pointColors[i]);
                        marker.paint(g, t.x(x[i]), t.y(y[i]), markerSize);
                    }
                }
            }
        }

        @Override
        public Bounds bounds() {
            return Bounds.of(x, y);
        }

        @Override
        public List<LegendEntry> legendEntries() {
            if (label == null) {
                return List.of();
            }
            return List.of(new LegendEntry(label, color, legendStroke, marker == Marker.NONE ? 0 : markerSize,
                    false, alpha, marker));
        }

        @Override
        public double[][] samplePoints() {
            return samples(x, y);
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            if (stroke != null) {
                f.polyline(x, y, t);
            }
            if (marker != Marker.NONE || stroke == null) {
                Artist.super.footprint(t, f);
            }
        }
    }

    /** A filled band between lower and upper curves, split at NaNs (mean ± SEM). */
    record Band(double[] x, double[] lo, double[] hi, Color color, double alpha) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            applyAlpha(g, alpha);
            g.setColor(color);
            for (Path2D p : pieces(t)) {
                g.fill(p);
            }
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            for (Path2D p : pieces(t)) {
                f.shape(p);
            }
        }

        /** One closed polygon per run of finite values. */
        private List<Path2D> pieces(Transform t) {
            List<Path2D> out = new ArrayList<>();
            int i = 0;
            while (i < x.length) {
                while (i < x.length && !ok(i)) {
                    i++;
                }
                int start = i;
                while (i < x.length && ok(i)) {
                    i++;
                }
                if (i - start >= 2) {
                    Path2D p = new Path2D.Double();
                    p.moveTo(t.x(x[start]), t.y(hi[start]));
                    for (int k = start + 1; k < i; k++) {
                        p.lineTo(t.x(x[k]), t.y(hi[k]));
                    }
                    for (int k = i - 1; k >= start; k--) {
                        p.lineTo(t.x(x[k]), t.y(lo[k]));
                    }
                    p.closePath();
                    out.add(p);
                }
            }
            return out;
        }

        private boolean ok(int i) {
            return Double.isFinite(x[i]) && Double.isFinite(lo[i]) && Double.isFinite(hi[i]);
        }

        @Override
        public Bounds bounds() {
            return Bounds.of(x, lo).union(Bounds.of(x, hi));
        }

        @Override
        public int zOrder() {
            return 1;
        }
    }

    /** Vertical error bars from y − lo to y + hi, with optional caps. */
    record ErrorBars(double[] x, double[] y, double[] lo, double[] hi, Color color, float width, double capSize,
            double alpha) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            applyAlpha(g, alpha);
            g.setColor(color);
            g.setStroke(HouseStyle.solid(width));
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || !Double.isFinite(lo[i])
                        || !Double.isFinite(hi[i])) {
                    continue;
                }
                double px = t.x(x[i]);
                double y0 = t.y(y[i] - lo[i]);
                double y1 = t.y(y[i] + hi[i]);
                g.draw(new Line2D.Double(px, y0, px, y1));
                if (capSize > 0) {
                    g.draw(new Line2D.Double(px - capSize / 2, y0, px + capSize / 2, y0));
                    g.draw(new Line2D.Double(px - capSize / 2, y1, px + capSize / 2, y1));
                }
            }
        }

        @Override
        public Bounds bounds() {
            Bounds b = Bounds.EMPTY;
            for (int i = 0; i < x.length; i++) {
                b = b.include(x[i], y[i] - lo[i]).include(x[i], y[i] + hi[i]);
            }
            return b;
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            for (int i = 0; i < x.length; i++) {
                f.segment(t.x(x[i]), t.y(y[i] - lo[i]), t.x(x[i]), t.y(y[i] + hi[i]));
            }
        }
    }

    /** Scatter markers with per-point colours and sizes. */
    record Scatter(double[] x, double[] y, Color[] colors, double[] sizes, Marker marker, double alpha,
            String label, Color legendColor) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            applyAlpha(g, alpha);
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    g.setColor(colors[i]);
                    marker.paint(g, t.x(x[i]), t.y(y[i]), sizes[i]);
                }
            }
        }

        @Override
        public Bounds bounds() {
            return Bounds.of(x, y);
        }

        @Override
        public int zOrder() {
            return 1;
        }

        @Override
        public List<LegendEntry> legendEntries() {
            return label == null ? List.of()
                    : List.of(LegendEntry.marker(label, legendColor, marker, sizes.length == 0 ? 6 : sizes[0], alpha));
        }

        @Override
        public double[][] samplePoints() {
            return samples(x, y);
        }
    }

    /** Axis-aligned filled rectangles in data coordinates (bars, histogram bins, heatmap cells). */
    record Rects(double[][] xyxy, Color[] colors, double alpha, Color edge, String label, Color legendColor,
            boolean affectsLimits) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            applyAlpha(g, alpha);
            for (int i = 0; i < xyxy.length; i++) {
                double[] r = xyxy[i];
                double xa = t.x(r[0]);
                double xb = t.x(r[1]);
                double ya = t.y(r[2]);
                double yb = t.y(r[3]);
                Rectangle2D rect = new Rectangle2D.Double(Math.min(xa, xb), Math.min(ya, yb), Math.abs(xb - xa),
                        Math.abs(yb - ya));
                g.setColor(colors[i]);
                g.fill(rect);
                if (edge != null) {
                    g.setColor(edge);
                    g.setStroke(HouseStyle.solid(0.5f));
                    g.draw(rect);
                }
            }
        }

        @Override
        public Bounds bounds() {
            if (!affectsLimits) {
                return Bounds.EMPTY;
            }
            Bounds b = Bounds.EMPTY;
            for (double[] r : xyxy) {
                b = b.include(r[0], r[2]).include(r[1], r[3]);
            }
            return b;
        }

        @Override
        public int zOrder() {
            return 1;
        }

        @Override
        public List<LegendEntry> legendEntries() {
            return label == null ? List.of() : List.of(LegendEntry.patch(label, legendColor, alpha));
        }

        @Override
        public double[][] samplePoints() {
            List<double[]> pts = new ArrayList<>();
            for (double[] r : xyxy) {
                pts.add(new double[] {(r[0] + r[1]) / 2, r[3]});
                pts.add(new double[] {(r[0] + r[1]) / 2, (r[2] + r[3]) / 2});
            }
            return pts.toArray(new double[0][]);
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            for (double[] r : xyxy) {
                double xa = t.x(r[0]);
                double xb = t.x(r[1]);
                double ya = t.y(r[2]);
                double yb = t.y(r[3]);
                f.shape(new Rectangle2D.Double(Math.min(xa, xb), Math.min(ya, yb), Math.abs(xb - xa),
                        Math.abs(yb - ya)));
            }
        }
    }

    /**
     * An infinite straight line through (x0, y0) with direction (dx, dy), drawn across the visible limits.
     * Horizontal lines contribute their y to automatic limits and vertical lines their x, like axhline/axvline.
     */
    record RefLine(double x0, double y0, double dx, double dy, Color color, Stroke stroke, String label)
            implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            double[] xl = t.xLimits();
            double[] yl = t.yLimits();
            double[] seg = clip(xl[0], xl[1], yl[0], yl[1]);
            if (seg == null) {
                return;
            }
            g.setColor(color);
            g.setStroke(stroke);
            g.draw(new Line2D.Double(t.x(seg[0]), t.y(seg[1]), t.x(seg[2]), t.y(seg[3])));
        }

        /** Liang–Barsky clip of the infinite line to the box; null when it misses. */
        double[] clip(double xa, double xb, double ya, double yb) {
            double tMin = Double.NEGATIVE_INFINITY;
            double tMax = Double.POSITIVE_INFINITY;
            double[][] sides = {{dx, x0, Math.min(xa, xb), Math.max(xa, xb)},
                {dy, y0, Math.min(ya, yb), Math.max(ya, yb)}};
            for (double[] s : sides) {
                if (s[0] == 0) {
                    if (s[1] < s[2] || s[1] > s[3]) {
                        return null;
                    }
                } else {
                    double t1 = (s[2] - s[1]) / s[0];
                    double t2 = (s[3] - s[1]) / s[0];
                    tMin = Math.max(tMin, Math.min(t1, t2));
                    tMax = Math.min(tMax, Math.max(t1, t2));
                }
            }
            if (tMin > tMax) {
                return null;
            }
            return new double[] {x0 + tMin * dx, y0 + tMin * dy, x0 + tMax * dx, y0 + tMax * dy};
        }

        @Override
        public Bounds bounds() {
            if (dx == 0) {
                return new Bounds(x0, x0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
            }
            if (dy == 0) {
                return new Bounds(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, y0, y0);
            }
            return Bounds.EMPTY;
        }

        @Override
        public List<LegendEntry> legendEntries() {
            return label == null ? List.of() : List.of(LegendEntry.line(label, color, stroke, 0));
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            double[] xl = t.xLimits();
            double[] yl = t.yLimits();
            double[] seg = clip(xl[0], xl[1], yl[0], yl[1]);
            if (seg != null) {
                f.segment(t.x(seg[0]), t.y(seg[1]), t.x(seg[2]), t.y(seg[3]));
            }
        }
    }

    /**
     * Text at a data position, rotated by {@code rotationDeg} (counter-clockwise) about its anchor. Unless it is
     * clipped, a text that would cross the frame is shifted inside the data area (when it fits there), so that no
     * annotation is cut off or spills over the axes' labels.
     */
    record Text(double x, double y, String text, Color color, float size, double rotationDeg, TextAnchor anchor,
            boolean clip) implements Annotation {

        @Override
        public void draw(Graphics2D g, Transform t) {
            RichText.Block b = RichText.layout(text, size);
            double[] p = position(b, t);
            RichText.draw(g, b, text, color, p[0], p[1], anchor, rotationDeg);
        }

        /** The anchor point in Java2D coordinates, moved inside the data area when needed. */
        private double[] position(RichText.Block b, Transform t) {
            double px = t.x(x);
            double py = t.y(y);
            if (clip) {
                return new double[] {px, py};
            }
            Rectangle2D box = RichText.box(b, px, py, anchor, rotationDeg).getBounds2D();
            Rectangle2D a = t.dataArea();
            return new double[] {px + inside(box.getMinX(), box.getMaxX(), a.getMinX() + 1, a.getMaxX() - 1),
                py + inside(box.getMinY(), box.getMaxY(), a.getMinY() + 1, a.getMaxY() - 1)};
        }

        /** The shift that moves [lo, hi] into [min, max], or 0 when it does not fit. */
        private static double inside(double lo, double hi, double min, double max) {
            if (hi - lo > max - min) {
                return 0;
            }
            return lo < min ? min - lo : hi > max ? max - hi : 0;
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            RichText.Block b = RichText.layout(text, size);
            double[] p = position(b, t);
            f.shape(RichText.box(b, p[0], p[1], anchor, rotationDeg));
        }
    }

    /**
     * A label written along the infinite line through (x0, y0) with direction (dx, dy), e.g. "Block Boundary". It is
     * placed where it fits inside the data area without touching texts placed before it or crossing the panel's other
     * reference lines, as near to (x0, y0) as possible, reading left to right; if it fits nowhere at any size down to
     * 5 pt it is left out.
     */
    record LineLabel(double x0, double y0, double dx, double dy, String text, Color color, float size)
            implements Annotation {

        /** Gap between the line and the text, points. */
        private static final double OFFSET = 2;
        /** Smallest size tried before the label is left out, points. */
        private static final float MIN_SIZE = 5f;

        /** Where the label goes: anchor point, angle and the text's box. */
        record Placement(double x, double y, double angleDeg, TextAnchor anchor, float size, Shape box) {
        }

        /**
         * The placement, or null when the label fits nowhere; {@code taken} are boxes of texts placed before, {@code
         * lines} the segments {x0, y0, x1, y1} (Java2D) of the reference lines the label must not cross.
         */
        Placement place(Transform t, List<Shape> taken, List<double[]> lines) {
            Rectangle2D area = t.dataArea();
            Rectangle2D inner = new Rectangle2D.Double(area.getX() + 2, area.getY() + 2, area.getWidth() - 4,
                    area.getHeight() - 4);
            double[] xl = t.xLimits();
            double[] yl = t.yLimits();
            double[] seg = new RefLine(x0, y0, dx, dy, color, null, null).clip(xl[0], xl[1], yl[0], yl[1]);
            if (seg == null) {
                return null;
            }
            double ax = t.x(seg[0]);
            double ay = t.y(seg[1]);
            double bx = t.x(seg[2]);
            double by = t.y(seg[3]);
            if (bx < ax || (bx == ax && by > ay)) {
                double tx = ax;
                double ty = ay;
                ax = bx;
                ay = by;
                bx = tx;
                by = ty;
            }
            double len = Math.hypot(bx - ax, by - ay);
            if (len == 0) {
                return null;
            }
            double ux = (bx - ax) / len;
            double uy = (by - ay) / len;
            double angle = Math.toDegrees(Math.atan2(-uy, ux));
            double ref = (t.x(x0) - ax) * ux + (t.y(y0) - ay) * uy;
            // first keep clear of the other reference lines; if that is impossible, cross them rather than go
            for (List<double[]> avoid : List.of(lines, List.<double[]>of())) {
                for (float s = size; s >= MIN_SIZE; s -= 0.5f) {
                    Placement p = place(s, inner, taken, avoid, ax, ay, ux, uy, len, ref, angle);
                    if (p != null) {
                        return p;
                    }
                }
            }
            return null;
        }

        private Placement place(float s, Rectangle2D inner, List<Shape> taken, List<double[]> lines, double ax,
                double ay, double ux, double uy, double len, double ref, double angle) {
            RichText.Block b = RichText.layout(text, s);
            List<Double> starts = new ArrayList<>();
            for (double d = 0; d <= len - b.width(); d += 2) {
                starts.add(d);
            }
            double pref = ref + 4;
            starts.sort((p, q) -> Double.compare(Math.abs(p - pref), Math.abs(q - pref)));
            for (double d : starts) {
                for (int side : new int[] {1, -1}) {
                    // normal pointing to the left of the reading direction (up for a horizontal line)
                    double px = ax + ux * d + uy * side * OFFSET;
                    double py = ay + uy * d - ux * side * OFFSET;
                    TextAnchor anchor = side > 0 ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT;
                    Shape box = RichText.box(b, px, py, anchor, angle);
                    if (inside(inner, box) && free(box, taken) && crossesNone(box, lines, ax, ay, ux, uy)) {
                        return new Placement(px, py, angle, anchor, s, box);
                    }
                }
            }
            return null;
        }

        /** True when every corner of the (convex) box lies in r. */
        private static boolean inside(Rectangle2D r, Shape box) {
            double[] c = new double[6];
            for (PathIterator it = box.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                if (type != PathIterator.SEG_CLOSE && !r.contains(c[0], c[1])) {
                    return false;
                }
            }
            return true;
        }

        /** True when no segment of {@code lines} other than this label's own line (direction u through a) meets the box. */
        private static boolean crossesNone(Shape box, List<double[]> lines, double ax, double ay, double ux,
                double uy) {
            List<double[]> corners = new ArrayList<>();
            double[] c = new double[6];
            for (PathIterator it = box.getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                    corners.add(new double[] {c[0], c[1]});
                }
            }
            for (double[] l : lines) {
                double cross0 = (l[0] - ax) * uy - (l[1] - ay) * ux;
                double cross1 = (l[2] - ax) * uy - (l[3] - ay) * ux;
                if (Math.abs(cross0) < 1e-6 && Math.abs(cross1) < 1e-6) {
                    continue; // the label's own line
                }
                if (box.contains(l[0], l[1])) {
                    return false;
                }
                for (int i = 0; i < corners.size(); i++) {
                    double[] p = corners.get(i);
                    double[] q = corners.get((i + 1) % corners.size());
                    if (Line2D.linesIntersect(l[0], l[1], l[2], l[3], p[0], p[1], q[0], q[1])) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean free(Shape box, List<Shape> taken) {
            for (Shape o : taken) {
                if (o.getBounds2D().intersects(box.getBounds2D())) {
                    Area a = new Area(box);
                    a.intersect(new Area(o));
                    if (!a.isEmpty()) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Draws at a placement found by {@link #place}. */
        void draw(Graphics2D g, Placement p) {
            RichText.draw(g, text, p.size(), color, p.x(), p.y(), p.anchor(), p.angleDeg());
        }

        @Override
        public void draw(Graphics2D g, Transform t) {
            Placement p = place(t, List.of(), List.of());
            if (p != null) {
                draw(g, p);
            }
        }
    }

    /** An annotation arrow from (x0, y0) to (x1, y1) with a filled head. */
    record Arrow(double x0, double y0, double x1, double y1, Color color, float width, double headLength)
            implements Annotation {

        @Override
        public void draw(Graphics2D g, Transform t) {
            double ax = t.x(x0);
            double ay = t.y(y0);
            double bx = t.x(x1);
            double by = t.y(y1);
            double len = Math.hypot(bx - ax, by - ay);
            if (len == 0) {
                return;
            }
            double ux = (bx - ax) / len;
            double uy = (by - ay) / len;
            double hl = Math.min(headLength, len);
            double hw = hl * 0.4;
            g.setColor(color);
            g.setStroke(HouseStyle.solid(width));
            g.draw(new Line2D.Double(ax, ay, bx - ux * hl * 0.8, by - uy * hl * 0.8));
            Path2D head = new Path2D.Double();
            head.moveTo(bx, by);
            head.lineTo(bx - ux * hl - uy * hw, by - uy * hl + ux * hw);
            head.lineTo(bx - ux * hl + uy * hw, by - uy * hl - ux * hw);
            head.closePath();
            g.fill(head);
        }

        @Override
        public void footprint(Transform t, Footprint f) {
            f.segment(t.x(x0), t.y(y0), t.x(x1), t.y(y1));
        }
    }
}
