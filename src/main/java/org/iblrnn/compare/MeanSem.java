package org.iblrnn.compare;

import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.iblrnn.math.StandardError;

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
        DescriptiveStatistics stats = new DescriptiveStatistics();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                stats.addValue(v);
            }
        }
        int n = (int) stats.getN();
        return new MeanSem(n == 0 ? Double.NaN : stats.getMean(), StandardError.of(stats), n);
    }
}
