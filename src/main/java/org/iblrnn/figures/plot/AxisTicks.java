package org.iblrnn.figures.plot;

/**
 * The ticks of one axis: positions in data units and their labels (markup as in {@link RichText}), same length.
 */
record AxisTicks(double[] values, String[] labels) {

    static final AxisTicks NONE = new AxisTicks(new double[0], new String[0]);

    /** Widest label in points at the tick font size. */
    double maxWidth() {
        double w = 0;
        for (String l : labels) {
            w = Math.max(w, RichText.width(l, HouseStyle.FONT_SIZE));
        }
        return w;
    }

    /** Tallest label in points at the tick font size (0 when there are none). */
    double maxHeight() {
        double h = 0;
        for (String l : labels) {
            h = Math.max(h, RichText.height(l, HouseStyle.FONT_SIZE));
        }
        return h;
    }

    /** The ticks lying in [lo, hi] (either order, with a little tolerance). */
    AxisTicks within(double lo, double hi) {
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        double eps = (b - a) * 1e-9;
        int n = 0;
        for (double v : values) {
            if (v >= a - eps && v <= b + eps) {
                n++;
            }
        }
        double[] v = new double[n];
        String[] l = new String[n];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= a - eps && values[i] <= b + eps) {
                v[k] = values[i];
                l[k++] = labels[i];
            }
        }
        return new AxisTicks(v, l);
    }
}
