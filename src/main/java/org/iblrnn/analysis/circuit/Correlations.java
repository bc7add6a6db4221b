package org.iblrnn.analysis.circuit;

/** Pearson correlations between the columns of a data matrix (numpy's {@code corrcoef} of the transpose). */
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
        double[] mean = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                mean[c] += data[r * cols + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            mean[c] /= rows;
        }
        double[][] cov = new double[cols][cols];
        double[] x = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                x[c] = data[r * cols + c] - mean[c];
            }
            for (int i = 0; i < cols; i++) {
                double xi = x[i];
                double[] ci = cov[i];
                for (int j = i; j < cols; j++) {
                    ci[j] += xi * x[j];
                }
            }
        }
        double[][] out = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            for (int j = i; j < cols; j++) {
                double denom = Math.sqrt(cov[i][i] * cov[j][j]);
                double v = i == j ? 1.0 : denom > 0 ? cov[i][j] / denom : 0.0;
                v = Math.max(-1.0, Math.min(1.0, v));
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return out;
    }
}
