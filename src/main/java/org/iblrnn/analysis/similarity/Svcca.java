package org.iblrnn.analysis.similarity;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * SVCCA (Raghu et al. 2017): reduce each centred representation to its leading singular directions that explain
 * {@link #VARIANCE_KEPT} of its variance (which drops noise dimensions), then canonical correlation analysis between
 * the two reduced subspaces; the score is the mean of the min(k_x, k_y) canonical correlations. Because the reduced
 * data are spanned by orthonormal left singular vectors U_x and U_y, the canonical correlations are the singular
 * values of U_xᵀ U_y (the cosines of the principal angles between the two subspaces).
 */
public final class Svcca {

    /** Fraction of each representation's variance its SVD reduction keeps (Raghu et al. used 0.99). */
    public static final double VARIANCE_KEPT = 0.99;

    private Svcca() {
    }

    /**
     * The comparison of two representations.
     *
     * @param mean         mean canonical correlation (NaN when either representation has no variance)
     * @param correlations canonical correlations, largest first (min(k_x, k_y) of them)
     * @param dimsX        k_x, dimensions kept of the first representation
     * @param dimsY        k_y
     */
    public record Result(double mean, double[] correlations, int dimsX, int dimsY) {
    }

    /** SVCCA with {@link #VARIANCE_KEPT}. */
    public static Result of(Representation x, Representation y) {
        return of(x, y, VARIANCE_KEPT);
    }

    /** SVCCA keeping {@code varianceKept} ∈ (0, 1] of each representation's variance. */
    public static Result of(Representation x, Representation y, double varianceKept) {
        if (x.samples() != y.samples()) {
            throw new IllegalArgumentException("SVCCA compares responses to the same samples but got " + x.samples()
                    + " and " + y.samples() + " samples");
        }
        int kx = x.dimsExplaining(varianceKept);
        int ky = y.dimsExplaining(varianceKept);
        if (kx == 0 || ky == 0) {
            return new Result(Double.NaN, new double[0], kx, ky);
        }
        DMatrixRMaj m = new DMatrixRMaj(kx, ky);
        CommonOps_DDRM.multTransA(x.leadingBasis(kx), y.leadingBasis(ky), m);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(kx, ky, false, false, true);
        if (!svd.decompose(m)) {
            throw new IllegalStateException("SVCCA: the SVD of the " + kx + " × " + ky + " subspace overlap failed");
        }
        double[] s = svd.getSingularValues().clone();
        int k = Math.min(kx, ky);
        double[] corr = new double[k];
        System.arraycopy(s, 0, corr, 0, k);
        java.util.Arrays.sort(corr);
        double sum = 0;
        double[] desc = new double[k];
        for (int i = 0; i < k; i++) {
            desc[i] = Math.min(1.0, corr[k - 1 - i]);
            sum += desc[i];
        }
        return new Result(sum / k, desc, kx, ky);
    }

    /** SVCCA of two n × p and n × q arrays of rows. */
    public static Result of(double[][] x, double[][] y) {
        return of(Representation.of(x), Representation.of(y));
    }
}
