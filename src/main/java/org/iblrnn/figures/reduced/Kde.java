package org.iblrnn.figures.reduced;

/**
 * A Gaussian kernel density estimate with Scott's bandwidth n^(−1/5)·σ̂ (scipy's {@code gaussian_kde}, as seaborn's
 * {@code kdeplot} uses it), evaluated on a grid reaching 3 bandwidths beyond the data range.
 *
 * @param x       grid positions
 * @param density the density at each position
 */
record Kde(double[] x, double[] density) {

    /** The estimate of {@code values} on {@code points} grid positions; null for fewer than 2 distinct values. */
    static Kde of(double[] values, int points) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double mean = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            mean += v / n;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (!(sd > 0)) {
            return null;
        }
        double bw = Math.pow(n, -0.2) * sd;
        double[] x = new double[points];
        double[] d = new double[points];
        double a = lo - 3 * bw;
        double b = hi + 3 * bw;
        double norm = 1.0 / (n * bw * Math.sqrt(2 * Math.PI));
        for (int i = 0; i < points; i++) {
            x[i] = a + (b - a) * i / (points - 1);
            double s = 0;
            for (double v : values) {
                double z = (x[i] - v) / bw;
                s += Math.exp(-0.5 * z * z);
            }
            d[i] = s * norm;
        }
        return new Kde(x, d);
    }
}
