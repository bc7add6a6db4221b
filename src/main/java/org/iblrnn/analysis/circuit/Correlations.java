package org.iblrnn.analysis.circuit;

import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.correlation.StorelessCovariance;

/**
 * Pearson correlations between the columns of a data matrix (numpy's {@code corrcoef} of the transpose), accumulated
 * row by row (Hipparchus {@link StorelessCovariance}) so a long session's hidden states are not copied.
 */
public final class Correlations {

    private Correlations() {
    }

    /**
     * @param data row-major [rows × cols] (input, not modified)
     * @return cols × cols symmetric correlations; a constant column correlates 0 with the others and 1 with itself
     *         (numpy would give NaN, which the clustering cannot use)
     */
    public static double[][] pearson(double[] data, int cols) {
        if (cols < 1 || data.length % cols != 0) {
            throw new IllegalArgumentException("data of length " + data.length + " is not a matrix with " + cols
                    + " columns");
        }
        int rows = data.length / cols;
        if (rows < 2) {
            throw new IllegalArgumentException("correlations need at least 2 rows but got " + rows);
        }
        StorelessCovariance cov = new StorelessCovariance(cols);
        double[] row = new double[cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data, r * cols, row, 0, cols);
            cov.increment(row);
        }
        RealMatrix corr = new PearsonsCorrelation().covarianceToCorrelation(cov.getCovarianceMatrix());
        double[][] out = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            for (int j = i; j < cols; j++) {
                double v = i == j ? 1.0 : corr.getEntry(i, j);
                v = Double.isFinite(v) ? Math.max(-1.0, Math.min(1.0, v)) : 0.0; // NaN: a constant column
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return out;
    }
}
