package org.iblrnn.figures.plot;

import java.math.BigDecimal;

/**
 * Tick placement and labels in the manner of matplotlib's default locator and formatter: steps of 1, 2, 2.5 or 5
 * times a power of ten, at most {@code maxBins} intervals, labels with the fewest decimals that represent the step
 * and a true minus sign.
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
}
