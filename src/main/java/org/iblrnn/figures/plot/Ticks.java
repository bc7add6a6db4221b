package org.iblrnn.figures.plot;

import java.math.BigDecimal;

/**
 * Tick placement and labels in the manner of matplotlib's default locator and formatter: steps of 1, 2, 2.5 or 5
 * times a power of ten, at most {@code maxBins} intervals, labels with the fewest decimals that represent the step
 * and a true minus sign. {@link #auto} also measures the labels: it keeps matplotlib's choice when its labels fit
 * side by side and show at least two ticks, else takes the nearest step that does.
 */
public final class Ticks {

    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    private Ticks() {
    }

    /**
     * The tick step for the range [lo, hi] with about {@code maxBins} intervals: the smallest of 1, 2, 2.5, 5, 10
     * times a power of ten that is at least (hi − lo) / maxBins and leaves at least two ticks inside the range
     * (matplotlib's MaxNLocator rule).
     */
    public static double step(double lo, double hi, int maxBins) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return 1.0;
        }
        int bins = Math.max(1, maxBins);
        double raw = (hi - lo) / bins;
        double scale = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double s : STEPS) {
            double step = s * scale;
            if (step < raw * (1 - 1e-9)) {
                continue;
            }
            if (values(lo, hi, step).length >= 2) {
                return step;
            }
        }
        return 10 * scale;
    }

    /** Tick values of multiples of {@code step} lying in [lo, hi]. */
    public static double[] values(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        if (last < first) {
            return new double[0];
        }
        double[] v = new double[(int) (last - first + 1)];
        for (int i = 0; i < v.length; i++) {
            double x = (first + i) * step;
            v[i] = Math.abs(x) < step * 1e-9 ? 0.0 : x;
        }
        return v;
    }

    /** Number of decimals needed to print multiples of {@code step} exactly (0 for integer steps). */
    public static int decimals(double step) {
        BigDecimal b = new BigDecimal(Double.toString(step)).stripTrailingZeros();
        return Math.max(0, Math.min(12, b.scale()));
    }

    /** A tick label: fixed decimals, U+2212 minus sign, and "0" for negative zero. */
    public static String label(double value, int decimals) {
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        if (s.startsWith("-")) {
            String rest = s.substring(1);
            boolean allZero = rest.chars().allMatch(c -> c == '0' || c == '.');
            s = allZero ? rest : "\u2212" + rest;
        }
        return s;
    }

    /** matplotlib's automatic number of bins for an axis of the given length in points and label font size. */
    public static int autoBins(double lengthPoints, double fontSize, boolean horizontal) {
        double per = fontSize * (horizontal ? 3 : 2);
        return (int) Math.max(1, Math.min(9, Math.floor(lengthPoints / per)));
    }

    /**
     * Automatic ticks for the range [lo, hi] on an axis {@code length} points long with labels at {@code fontSize}:
     * matplotlib's step ({@link #step} with {@link #autoBins} bins) when at least two of its ticks are visible and
     * their labels keep a gap; otherwise the nearest smaller step that shows two ticks, or the nearest larger step
     * whose labels fit; as a last resort no labels at all.
     */
    static AxisTicks auto(double lo, double hi, double length, boolean horizontal, float fontSize) {
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
            return AxisTicks.NONE;
        }
        int bins = autoBins(length, fontSize, horizontal);
        double s0 = step(a, b, bins);
        AxisTicks first = make(a, b, s0);
        if (first.values().length >= 2 && fits(first, a, b, length, horizontal, fontSize)) {
            return first;
        }
        double[] steps = niceSteps(a, b);
        int i0 = 0;
        while (i0 < steps.length - 1 && steps[i0] < s0 * (1 - 1e-9)) {
            i0++;
        }
        if (first.values().length < 2) {
            for (int i = i0 - 1; i >= 0; i--) {
                AxisTicks t = make(a, b, steps[i]);
                if (t.values().length > 2 * bins + 2) {
                    break;
                }
                if (t.values().length >= 2 && fits(t, a, b, length, horizontal, fontSize)) {
                    return t;
                }
            }
        }
        for (int minTicks = 2; minTicks >= 1; minTicks--) {
            for (int i = i0; i < steps.length; i++) {
                AxisTicks t = make(a, b, steps[i]);
                if (t.values().length >= minTicks && fits(t, a, b, length, horizontal, fontSize)) {
                    return t;
                }
            }
        }
        return AxisTicks.NONE;
    }

    /**
     * Steps tried when matplotlib's fails: 1, 2, 2.5, 4, 5 × 10^k (4 lets a short axis show −4, 0, 4 where 2.5 is
     * too crowded and 5 leaves one tick), from a thousandth to ten times the range, ascending.
     */
    private static double[] niceSteps(double a, double b) {
        double[] multiples = {1, 2, 2.5, 4, 5};
        int k0 = (int) Math.floor(Math.log10(b - a)) - 3;
        double[] out = new double[multiples.length * 5];
        int n = 0;
        for (int k = k0; k < k0 + 5; k++) {
            for (double m : multiples) {
                out[n++] = m * Math.pow(10, k);
            }
        }
        return out;
    }

    private static AxisTicks make(double a, double b, double step) {
        double[] v = values(a, b, step);
        String[] l = new String[v.length];
        int dec = decimals(step);
        for (int i = 0; i < v.length; i++) {
            l[i] = label(v[i], dec);
        }
        return new AxisTicks(v, l);
    }

    /** True when neighbouring labels keep a gap of half an em (horizontal) or a quarter em (vertical). */
    static boolean fits(AxisTicks t, double a, double b, double length, boolean horizontal, float fontSize) {
        double gap = (horizontal ? 0.5 : 0.25) * fontSize;
        double prevPos = 0;
        double prevHalf = 0;
        for (int i = 0; i < t.values().length; i++) {
            double pos = (t.values()[i] - a) / (b - a) * length;
            double half = (horizontal ? RichText.width(t.labels()[i], fontSize)
                    : RichText.height(t.labels()[i], fontSize)) / 2;
            if (i > 0 && pos - prevPos < prevHalf + half + gap) {
                return false;
            }
            prevPos = pos;
            prevHalf = half;
        }
        return true;
    }
}
