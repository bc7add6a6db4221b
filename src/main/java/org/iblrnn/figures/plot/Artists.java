package org.iblrnn.figures.plot;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

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
                    false, alpha));
        }

        @Override
        public double[][] samplePoints() {
            return samples(x, y);
        }
    }

    /** A filled band between lower and upper curves, split at NaNs (mean ± SEM). */
    record Band(double[] x, double[] lo, double[] hi, Color color, double alpha) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            applyAlpha(g, alpha);
            g.setColor(color);
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
                    g.fill(p);
                }
            }
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
                    : List.of(LegendEntry.marker(label, legendColor, sizes.length == 0 ? 6 : sizes[0], alpha));
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
    }

    /** Text at a data position, rotated by {@code rotationDeg} (counter-clockwise) about its anchor. */
    record Text(double x, double y, String text, Color color, float size, double rotationDeg, TextAnchor anchor,
            boolean clip) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            g.setFont(HouseStyle.font(size));
            g.setColor(color);
            TextUtils.drawRotatedString(text, g, (float) t.x(x), (float) t.y(y), anchor,
                    -Math.toRadians(rotationDeg), anchor);
        }

        @Override
        public Bounds bounds() {
            return Bounds.EMPTY;
        }

        @Override
        public int zOrder() {
            return 3;
        }
    }

    /** An annotation arrow from (x0, y0) to (x1, y1) with a filled head. */
    record Arrow(double x0, double y0, double x1, double y1, Color color, float width, double headLength)
            implements Artist {

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
        public Bounds bounds() {
            return Bounds.EMPTY;
        }

        @Override
        public int zOrder() {
            return 3;
        }
    }
}
