package org.iblrnn.analysis.fixedpoint;

import java.util.Arrays;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Eigenvalue and quantile helpers shared by the fixed-point and basin analyses. */
final class Spectra {

    private Spectra() {
    }

    /**
     * Eigenvalues of a general real square matrix, sorted by modulus (largest first; ties by real part, then
     * imaginary part, descending).
     *
     * @param a row-major n × n (input, not modified)
     * @return {re[], im[]}; NaN-filled if the decomposition fails
     */
    static double[][] eigenvalues(double[] a, int n) {
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        System.arraycopy(a, 0, m.data, 0, n * n);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, false);
        double[] re = new double[n];
        double[] im = new double[n];
        if (!eig.decompose(m)) {
            Arrays.fill(re, Double.NaN);
            Arrays.fill(im, Double.NaN);
            return new double[][]{re, im};
        }
        Complex_F64[] vals = new Complex_F64[n];
        for (int i = 0; i < n; i++) {
            vals[i] = eig.getEigenvalue(i);
        }
        Arrays.sort(vals, (x, y) -> {
            int c = Double.compare(y.getMagnitude(), x.getMagnitude());
            if (c != 0) {
                return c;
            }
            c = Double.compare(y.real, x.real);
            return c != 0 ? c : Double.compare(y.imaginary, x.imaginary);
        });
        for (int i = 0; i < n; i++) {
            re[i] = vals[i].real;
            im[i] = vals[i].imaginary;
        }
        return new double[][]{re, im};
    }

    /** Largest eigenvalue of a symmetric matrix (row-major n × n, not modified). */
    static double maxSymmetricEigenvalue(double[] a, int n) {
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        System.arraycopy(a, 0, m.data, 0, n * n);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(m)) {
            return Double.NaN;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            best = Math.max(best, eig.getEigenvalue(i).real);
        }
        return best;
    }

    /** numpy's default (linear) quantile of the values; NaN for an empty array. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        double frac = pos - lo;
        return s[lo] + (s[hi] - s[lo]) * frac;
    }
}
