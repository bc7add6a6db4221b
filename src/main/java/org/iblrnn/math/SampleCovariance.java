package org.iblrnn.math;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Means, sample covariance and its eigenvalue spectrum of many state vectors, reduced in fixed row chunks so the
 * result does not depend on the number of threads. Shared by the analysis PCA and the PC spectrum training logs.
 */
public final class SampleCovariance {

    private SampleCovariance() {
    }

    /**
     * The variance explained by each principal component of the rows: the eigenvalues of their sample covariance
     * (ddof 1), descending, negatives from round-off set to 0; NaN if the decomposition fails (non-finite states).
     *
     * @param states [n × h] row-major (input, not modified)
     */
    public static double[] varianceSpectrum(double[] states, int h) {
        int n = states.length / h;
        if (h < 1 || states.length % h != 0 || n < 2) {
            throw new IllegalArgumentException("a variance spectrum needs at least 2 states of size ≥ 1 but got an array"
                    + " of " + states.length + " values for state size " + h);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h, false, true);
        double[] out = new double[h];
        if (!eig.decompose(covariance(states, n, h, mean(states, n, h)))) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int i = 0; i < h; i++) {
            out[i] = Math.max(0.0, eig.getEigenvalue(i).getReal());
        }
        Arrays.sort(out);
        for (int i = 0; i < h / 2; i++) {
            double t = out[i];
            out[i] = out[h - 1 - i];
            out[h - 1 - i] = t;
        }
        return out;
    }

    /** Column means of the [n × h] rows. */
    public static double[] mean(double[] states, int n, int h) {
        double[] mean = RowChunks.sum(n, h, c -> {
            double[] s = new double[h];
            for (int r = RowChunks.start(c); r < RowChunks.end(c, n); r++) {
                for (int j = 0; j < h; j++) {
                    s[j] += states[r * h + j];
                }
            }
            return s;
        });
        for (int j = 0; j < h; j++) {
            mean[j] /= n;
        }
        return mean;
    }

    /** Sample covariance (ddof 1) of the rows about {@code mean}. */
    public static DMatrixRMaj covariance(double[] states, int n, int h, double[] mean) {
        double[] cov = RowChunks.sum(n, h * h, c -> {
            double[] s = new double[h * h];
            double[] d = new double[h];
            for (int r = RowChunks.start(c); r < RowChunks.end(c, n); r++) {
                for (int j = 0; j < h; j++) {
                    d[j] = states[r * h + j] - mean[j];
                }
                for (int i = 0; i < h; i++) {
                    double di = d[i];
                    int base = i * h;
                    for (int j = i; j < h; j++) {
                        s[base + j] += di * d[j];
                    }
                }
            }
            return s;
        });
        DMatrixRMaj c = new DMatrixRMaj(h, h);
        for (int i = 0; i < h; i++) {
            for (int j = i; j < h; j++) {
                double v = cov[i * h + j] / (n - 1);
                c.set(i, j, v);
                c.set(j, i, v);
            }
        }
        return c;
    }

}
