package org.iblrnn.figures.plot;

import java.awt.Color;
import java.util.function.DoubleUnaryOperator;

/**
 * A continuous colour map from [0, 1] to colours, piecewise linear between anchor colours. Provides the maps the
 * original figures use: viridis, RdBu_r and coolwarm (diverging), the OrangeBlue side map, jet
 * (time), copper, gnuplot2 and gist_rainbow (vector fields) and greys. Anchors are sampled from matplotlib's
 * definitions, so colours match to within a few RGB levels. Immutable.
 */
public final class ColorMap {

    private final String name;
    private final double[] positions;
    private final float[][] rgb;

    private ColorMap(String name, double[] positions, float[][] rgb) {
        this.name = name;
        this.positions = positions;
        this.rgb = rgb;
    }

    /** A map through evenly spaced colours given as 0xRRGGBB. */
    public static ColorMap ofHex(String name, int... hex) {
        if (hex.length < 2) {
            throw new IllegalArgumentException("colour map " + name + " needs at least 2 colours but got " + hex.length);
        }
        double[] pos = new double[hex.length];
        float[][] c = new float[hex.length][];
        for (int i = 0; i < hex.length; i++) {
            pos[i] = (double) i / (hex.length - 1);
            c[i] = new Color(hex[i]).getRGBColorComponents(null);
        }
        return new ColorMap(name, pos, c);
    }

    /** A map sampled (257 anchors) from per-channel functions of t in [0, 1]; values are clipped to [0, 1]. */
    public static ColorMap ofFunctions(String name, DoubleUnaryOperator r, DoubleUnaryOperator g,
            DoubleUnaryOperator b) {
        int n = 257;
        double[] pos = new double[n];
        float[][] c = new float[n][];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            pos[i] = t;
            c[i] = new float[] {clip(r.applyAsDouble(t)), clip(g.applyAsDouble(t)), clip(b.applyAsDouble(t))};
        }
        return new ColorMap(name, pos, c);
    }

    private static float clip(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }

    /** Perceptually uniform default for magnitudes (matplotlib 'viridis'). */
    public static final ColorMap VIRIDIS = ofHex("viridis", 0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
            0x28ae80, 0x5ec962, 0xaddc30, 0xfde725);
    /** Diverging blue–white–red for signed data such as correlations and weights (matplotlib 'RdBu_r'). */
    public static final ColorMap RDBU_R = ofHex("RdBu_r", 0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0,
            0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f);
    /** Diverging blue–grey–red (matplotlib 'coolwarm'). */
    public static final ColorMap COOLWARM = ofHex("coolwarm", 0x3b4cc0, 0x6788ee, 0x9abbff, 0xc9d7f0, 0xedd1c2,
            0xf7a889, 0xe26952, 0xb40426);
    /** Left (0, dark orange) – neutral (0.5, white) – right (1, dark blue): the original's 'OrangeBlue'. */
    public static final ColorMap ORANGE_BLUE = ofHex("OrangeBlue", 0x7f2704, 0xa63603, 0xd94801, 0xf16913, 0xfd8d3c,
            0xfdae6b, 0xfdd0a2, 0xfee6ce, 0xfff5eb, 0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6,
            0x2171b5, 0x08519c, 0x08306b);
    /** Time progression within a block or trial (matplotlib 'jet'). */
    public static final ColorMap JET = ofFunctions("jet",
            t -> piecewise(t, new double[] {0, 0.35, 0.66, 0.89, 1}, new double[] {0, 0, 1, 1, 0.5}),
            t -> piecewise(t, new double[] {0, 0.125, 0.375, 0.64, 0.91, 1}, new double[] {0, 0, 1, 1, 0, 0}),
            t -> piecewise(t, new double[] {0, 0.11, 0.34, 0.65, 1}, new double[] {0.5, 1, 1, 0, 0}));
    /** Fixed-point residuals and energies (matplotlib 'copper'). */
    public static final ColorMap COPPER = ofFunctions("copper", t -> 1.25 * t, t -> 0.7812 * t, t -> 0.4975 * t);
    /** Model-evaluated ("ideal") vector fields (matplotlib 'gnuplot2'). */
    public static final ColorMap GNUPLOT2 = ofFunctions("gnuplot2", t -> t / 0.32 - 0.78125, t -> 2 * t - 0.84,
            t -> t < 0.25 ? 4 * t : t < 0.42 ? 1 : t < 0.92 ? -2 * t + 1.84 : t / 0.08 - 11.5);
    /** Empirical ("real") vector fields (matplotlib 'gist_rainbow'). */
    public static final ColorMap GIST_RAINBOW = ofFunctions("gist_rainbow",
            t -> piecewise(t, new double[] {0, 0.03, 0.215, 0.4, 0.586, 0.77, 0.954, 1},
                    new double[] {1, 1, 1, 0, 0, 0, 1, 1}),
            t -> piecewise(t, new double[] {0, 0.03, 0.215, 0.4, 0.586, 0.77, 0.954, 1},
                    new double[] {0, 0, 1, 1, 1, 0, 0, 0}),
            t -> piecewise(t, new double[] {0, 0.03, 0.215, 0.4, 0.586, 0.77, 0.954, 1},
                    new double[] {0.16, 0, 0, 0, 1, 1, 1, 0.75}));
    /** White to black (matplotlib 'Greys'). */
    public static final ColorMap GREYS = ofHex("Greys", 0xffffff, 0x000000);

    private static double piecewise(double t, double[] xs, double[] ys) {
        for (int i = 1; i < xs.length; i++) {
            if (t <= xs[i]) {
                double f = (t - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return ys[i - 1] + f * (ys[i] - ys[i - 1]);
            }
        }
        return ys[ys.length - 1];
    }

    /** The map's name, e.g. "viridis". */
    public String name() {
        return name;
    }

    /** Colour at t in [0, 1]; t outside is clipped, NaN gives a transparent colour (nothing drawn). */
    public Color at(double t) {
        if (Double.isNaN(t)) {
            return new Color(0, 0, 0, 0);
        }
        double u = Math.max(0, Math.min(1, t));
        int hi = 1;
        while (hi < positions.length - 1 && u > positions[hi]) {
            hi++;
        }
        int lo = hi - 1;
        double f = (u - positions[lo]) / (positions[hi] - positions[lo]);
        float[] a = rgb[lo];
        float[] b = rgb[hi];
        return new Color((float) (a[0] + f * (b[0] - a[0])), (float) (a[1] + f * (b[1] - a[1])),
                (float) (a[2] + f * (b[2] - a[2])));
    }

    /** Colour of value v on the scale [vmin, vmax]. */
    public Color at(double v, double vmin, double vmax) {
        if (!(vmax > vmin)) {
            return at(0.5);
        }
        return at((v - vmin) / (vmax - vmin));
    }

    /** The same map traversed from 1 to 0. */
    public ColorMap reversed() {
        int n = positions.length;
        double[] pos = new double[n];
        float[][] c = new float[n][];
        for (int i = 0; i < n; i++) {
            pos[i] = 1 - positions[n - 1 - i];
            c[i] = rgb[n - 1 - i];
        }
        return new ColorMap(name + "_r", pos, c);
    }

    /** The part of this map between t0 and t1 stretched to [0, 1] (seaborn's re-centred diverging maps). */
    public ColorMap sub(double t0, double t1) {
        int n = 129;
        double[] pos = new double[n];
        float[][] c = new float[n][];
        for (int i = 0; i < n; i++) {
            pos[i] = (double) i / (n - 1);
            c[i] = at(t0 + (t1 - t0) * pos[i]).getRGBColorComponents(null);
        }
        return new ColorMap(name, pos, c);
    }

    @Override
    public String toString() {
        return "ColorMap[" + name + "]";
    }
}
