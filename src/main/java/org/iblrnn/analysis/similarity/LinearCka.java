package org.iblrnn.analysis.similarity;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Linear centred kernel alignment (Kornblith et al. 2019): for centred responses X (n × p) and Y (n × q) to the same
 * n samples, CKA = ‖YᵀX‖²_F / (‖XᵀX‖_F ‖YᵀY‖_F), in [0, 1]. It is 1 when Y is an orthogonal transformation of X
 * times a scale (plus a shift), whatever the widths, and near 0 for unrelated responses: for independent white
 * responses its expected value is about √(pq)/n. For one dimension each it is the squared Pearson correlation.
 */
public final class LinearCka {

    private LinearCka() {
    }

    /** CKA of two representations of the same samples; NaN when either has no variance. */
    public static double of(Representation x, Representation y) {
        if (x.samples() != y.samples()) {
            throw new IllegalArgumentException("CKA compares responses to the same samples but got " + x.samples()
                    + " and " + y.samples() + " samples");
        }
        double denom = x.gramNorm() * y.gramNorm();
        if (!(denom > 0)) {
            return Double.NaN;
        }
        DMatrixRMaj cross = new DMatrixRMaj(y.dims(), x.dims());
        CommonOps_DDRM.multTransA(y.centred(), x.centred(), cross);
        double f = NormOps_DDRM.normF(cross);
        return Math.min(1.0, f * f / denom);
    }

    /** CKA of two n × p and n × q arrays of rows. */
    public static double of(double[][] x, double[][] y) {
        return of(Representation.of(x), Representation.of(y));
    }
}
