package org.iblrnn.analysis.statespace;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Ordinary least squares of y on x with intercept (scipy's {@code linregress}).
 *
 * @param slope     fitted slope
 * @param intercept fitted intercept
 * @param r         Pearson correlation
 * @param pValue    two-sided p of slope = 0 (t test with n − 2 degrees of freedom)
 * @param stdErr    standard error of the slope
 * @param n         number of points
 */
public record LinearFit(double slope, double intercept, double r, double pValue, double stdErr, int n) {

    /**
     * Fits; fewer than 3 points or constant x give NaN statistics (a result, not an error).
     *
     * @param x regressor (input, not modified)
     * @param y response, same length (input, not modified)
     */
    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("linear fit: x has " + x.length + " values but y has " + y.length);
        }
        int n = x.length;
        if (n < 3) {
            return new LinearFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        if (sxx == 0) {
            return new LinearFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double r = syy == 0 ? 0.0 : sxy / Math.sqrt(sxx * syy);
        r = Math.max(-1, Math.min(1, r));
        int df = n - 2;
        double stdErr = Math.sqrt(Math.max(0, (1 - r * r) * syy / sxx / df));
        double p;
        if (Math.abs(r) == 1.0) {
            p = 0.0;
        } else {
            double t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
            p = 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(t)));
            p = Math.max(0.0, p);
        }
        return new LinearFit(slope, intercept, r, p, stdErr, n);
    }

    /** Least squares through the origin: argmin_s Σ (y − s·x)² = Σxy / Σx² (NaN if Σx² = 0). */
    public static double throughOrigin(double[] x, double[] y) {
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += x[i] * y[i];
            sxx += x[i] * x[i];
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
