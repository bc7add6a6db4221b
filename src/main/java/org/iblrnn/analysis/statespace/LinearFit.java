package org.iblrnn.analysis.statespace;

import org.hipparchus.stat.regression.SimpleRegression;

/**
 * Ordinary least squares of y on x with intercept, with scipy {@code linregress}'s statistics (Hipparchus
 * {@link SimpleRegression}).
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
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            reg.addData(x[i], y[i]);
        }
        double slope = reg.getSlope();
        if (n < 3 || !Double.isFinite(slope)) { // too few points, or constant x
            return new LinearFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
        }
        if (reg.getTotalSumSquares() == 0) { // constant y: a flat line, uncorrelated
            return new LinearFit(slope, reg.getIntercept(), 0.0, 1.0, 0.0, n);
        }
        return new LinearFit(slope, reg.getIntercept(), Math.max(-1, Math.min(1, reg.getR())),
                Math.max(0.0, reg.getSignificance()), reg.getSlopeStdErr(), n);
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
