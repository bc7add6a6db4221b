package org.iblrnn.math;

import org.hipparchus.stat.descriptive.StatisticalSummary;

/**
 * The standard error of a mean as the figures' error bands and the behaviour tables report it (pandas {@code sem}):
 * the sample standard deviation (ddof 1) over √n, NaN for fewer than two values so a band shows a gap there.
 */
public final class StandardError {

    private StandardError() {
    }

    /** SEM of the values summarised by {@code s} (e.g. a Hipparchus {@code DescriptiveStatistics}). */
    public static double of(StatisticalSummary s) {
        return s.getN() > 1 ? Math.sqrt(s.getVariance() / s.getN()) : Double.NaN;
    }
}
