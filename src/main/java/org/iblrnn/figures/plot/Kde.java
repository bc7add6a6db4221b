package org.iblrnn.figures.plot;

import java.util.Arrays;

/**
 * A Gaussian kernel density estimate with Scott's bandwidth n^(−1/5)·σ̂ (scipy's {@code gaussian_kde}, which seaborn's
 * {@code kdeplot} uses), evaluated on an even grid reaching 3 bandwidths beyond the data. Kernels further than 8
 * bandwidths from a grid point are skipped (their weight is below e^(−32)), so long samples stay cheap.
 *
 * @param x       grid positions
 * @param density the density at each position
 */
public record Kde(double[] x, double[] density) {

    /** Kernels beyond this many bandwidths contribute less than e^(−32) and are left out. */
    private static final double CUT = 8;

    /** The estimate of the finite {@code values} on {@code points} grid positions; null for fewer than 2 distinct. */
    public static Kde of(double[] values, int points) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = v.length;
        if (n < 2 || points < 2) {
            return null;
        }
        double mean = Arrays.stream(v).sum() / n;
        double ss = 0;
        for (double a : v) {
            ss += (a - mean) * (a - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (!(sd > 0)) {
            return null;
        }
        double bw = Math.pow(n, -0.2) * sd;
        double lo = v[0] - 3 * bw;
        double hi = v[n - 1] + 3 * bw;
        double norm = 1.0 / (n * bw * Math.sqrt(2 * Math.PI));
        double[] x = new double[points];
        double[] d = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = lo + (hi - lo) * i / (points - 1);
            double s = 0;
            for (int k = lowerBound(v, x[i] - CUT * bw); k < n && v[k] <= x[i] + CUT * bw; k++) {
                double z = (x[i] - v[k]) / bw;
                s += Math.exp(-0.5 * z * z);
            }
            d[i] = s * norm;
        }
        return new Kde(x, d);
    }

    /** First index whose value is at least {@code t}. */
    private static int lowerBound(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
