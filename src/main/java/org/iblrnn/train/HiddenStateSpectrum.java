package org.iblrnn.train;

import org.iblrnn.math.SampleCovariance;

/**
 * Variance explained by the principal components of a gradient step's hidden states, logged during training as
 * {@code pc/variance_explained_i} and {@code pc/frac_variance_explained_i}.
 */
public final class HiddenStateSpectrum {

    private HiddenStateSpectrum() {
    }

    /**
     * Eigenvalues of the sample covariance of the rows, descending (see {@link SampleCovariance#varianceSpectrum}).
     *
     * @param states [n × h] row-major (input, not modified)
     * @param n      rows
     * @param h      columns
     * @return variance explained by each principal component (length h), descending; zeros if n &lt; 2
     */
    public static double[] varianceExplained(double[] states, int n, int h) {
        if (n < 2) {
            return new double[h];
        }
        if (states.length != n * h) {
            throw new IllegalArgumentException("expected " + n + " × " + h + " states but got " + states.length + " values");
        }
        return SampleCovariance.varianceSpectrum(states, h);
    }

    /** Each value divided by their sum (zeros stay zeros). */
    public static double[] fractions(double[] variances) {
        double sum = 0;
        for (double v : variances) {
            sum += v;
        }
        double[] f = new double[variances.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = sum > 0 ? variances[i] / sum : 0.0;
        }
        return f;
    }
}
