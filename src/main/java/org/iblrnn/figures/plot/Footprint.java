package org.iblrnn.figures.plot;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a panel's content occupies on the page, in Java2D coordinates: points, line segments and filled shapes. A
 * legend placed at {@link LegendLocation#BEST} goes where it covers the fewest of them (matplotlib's rule). Artists
 * add to it in {@link Artist#footprint}.
 */
public final class Footprint {

    /** Longest polyline, in segments, kept per call; longer ones are thinned evenly. */
    private static final int MAX_SEGMENTS = 600;

    private double[] points = new double[64];
    private int nPoints;
    private double[] segments = new double[128];
    private int nSegments;
    private final List<Shape> shapes = new ArrayList<>();

    /** A marker or other point-like item at (x, y). */
    public void point(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        if (2 * nPoints + 2 > points.length) {
            points = Arrays.copyOf(points, points.length * 2);
        }
        points[2 * nPoints] = x;
        points[2 * nPoints + 1] = y;
        nPoints++;
    }

    /** A straight segment. */
    public void segment(double x0, double y0, double x1, double y1) {
        if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
            return;
        }
        if (4 * nSegments + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
        }
        segments[4 * nSegments] = x0;
        segments[4 * nSegments + 1] = y0;
        segments[4 * nSegments + 2] = x1;
        segments[4 * nSegments + 3] = y1;
        nSegments++;
    }

    /** A filled region (band, bar, text box). */
    public void shape(Shape s) {
        shapes.add(s);
    }

    /** The data polyline (x[i], y[i]) with NaN gaps, as segments (thinned evenly when very long). */
    public void polyline(double[] x, double[] y, Transform t) {
        int n = Math.min(x.length, y.length);
        int stride = Math.max(1, (n + MAX_SEGMENTS - 1) / MAX_SEGMENTS);
        int prev = -1;
        for (int i = 0; i < n; i += stride) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                prev = -1;
                continue;
            }
            if (prev >= 0) {
                segment(t.x(x[prev]), t.y(y[prev]), t.x(x[i]), t.y(y[i]));
            }
            prev = i;
        }
    }

    /** The segments added so far, each {x0, y0, x1, y1}. */
    List<double[]> segments() {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < nSegments; i++) {
            out.add(Arrays.copyOfRange(segments, 4 * i, 4 * i + 4));
        }
        return out;
    }

    /** The filled shapes added so far. */
    List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    /** How many of the items touch the rectangle r. */
    int count(Rectangle2D r) {
        int n = 0;
        for (int i = 0; i < nPoints; i++) {
            if (r.contains(points[2 * i], points[2 * i + 1])) {
                n++;
            }
        }
        for (int i = 0; i < nSegments; i++) {
            if (r.intersectsLine(segments[4 * i], segments[4 * i + 1], segments[4 * i + 2], segments[4 * i + 3])) {
                n++;
            }
        }
        for (Shape s : shapes) {
            if (s.intersects(r)) {
                n++;
            }
        }
        return n;
    }
}
