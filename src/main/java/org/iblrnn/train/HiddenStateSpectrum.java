package org.iblrnn.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Variance explained by the principal components of a set of hidden states, logged during training as
 * {@code pc/variance_explained_i} and {@code pc/frac_variance_explained_i}.
 */
public final class HiddenStateSpectrum {

    private HiddenStateSpectrum() {
    }

    /**
     * Eigenvalues of the sample covariance of the rows, descending.
     *
     * @param states [n × h] row-major (input, not modified)
     * @param n      rows
     * @param h      columns
     * @return variance explained by each principal component (length h), descending; zeros if n &lt; 2
     */
    public static double[] varianceExplained(double[] states, int n, int h) {
        double[] out = new double[h];
        if (n < 2) {
            return out;
        }
        double[] mean = new double[h];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < h; c++) {
                mean[c] += states[r * h + c];
            }
        }
        for (int c = 0; c < h; c++) {
            mean[c] /= n;
        }
        DMatrixRMaj cov = new DMatrixRMaj(h, h);
        double[] row = new double[h];
        double[] cd = cov.data;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < h; c++) {
                row[c] = states[r * h + c] - mean[c];
            }
            for (int i = 0; i < h; i++) {
                double ri = row[i];
                for (int j = i; j < h; j++) {
                    cd[i * h + j] += ri * row[j];
                }
            }
        }
        for (int i = 0; i < h; i++) {
            for (int j = i; j < h; j++) {
                double v = cd[i * h + j] / (n - 1);
                cd[i * h + j] = v;
                cd[j * h + i] = v;
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h, false, true);
        if (!eig.decompose(cov)) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int i = 0; i < h; i++) {
            out[i] = Math.max(0.0, eig.getEigenvalue(i).getReal());
        }
        java.util.Arrays.sort(out);
        for (int i = 0; i < h / 2; i++) {
            double t = out[i];
            out[i] = out[h - 1 - i];
            out[h - 1 - i] = t;
        }
        return out;
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
