package org.iblrnn.compare;

/**
 * Mean and standard error of the mean of a set of values, NaN values skipped. SEM is the sample standard deviation
 * (ddof 1) over √n, so it is NaN for fewer than two values; the mean is NaN for none.
 *
 * @param mean mean of the finite values
 * @param sem  standard error of that mean
 * @param n    number of finite values
 */
public record MeanSem(double mean, double sem, int n) {

    /** Over the non-NaN entries of {@code values}. */
    public static MeanSem of(double... values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new MeanSem(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sem = n > 1 ? Math.sqrt(ss / (n - 1)) / Math.sqrt(n) : Double.NaN;
        return new MeanSem(mean, sem, n);
    }
}
