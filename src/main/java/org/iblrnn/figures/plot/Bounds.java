package org.iblrnn.figures.plot;

/**
 * The data extent of an artist, used to choose automatic axis limits. NaN and infinite values are ignored when
 * extending; an empty bounds has {@code xMin > xMax}.
 */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {

    /** Bounds containing nothing. */
    public static final Bounds EMPTY = new Bounds(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /** Bounds of paired coordinate arrays (NaNs skipped). */
    public static Bounds of(double[] xs, double[] ys) {
        Bounds b = EMPTY;
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            b = b.include(xs[i], ys[i]);
        }
        return b;
    }

    /** These bounds extended by the point, unless a coordinate is not finite. */
    public Bounds include(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return this;
        }
        return new Bounds(Math.min(xMin, x), Math.max(xMax, x), Math.min(yMin, y), Math.max(yMax, y));
    }

    /** The smallest bounds containing both. */
    public Bounds union(Bounds o) {
        return new Bounds(Math.min(xMin, o.xMin), Math.max(xMax, o.xMax), Math.min(yMin, o.yMin),
                Math.max(yMax, o.yMax));
    }

    /** True when no point has been included. */
    public boolean isEmpty() {
        return !(xMin <= xMax) || !(yMin <= yMax);
    }
}
