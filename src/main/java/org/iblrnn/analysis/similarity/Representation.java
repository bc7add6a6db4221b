package org.iblrnn.analysis.similarity;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * One network's (or observer's) responses to n common samples, centred per dimension, with what {@link LinearCka}
 * and {@link Svcca} need computed once: ‖XᵀX‖_F, and the left singular vectors and singular values of the centred
 * matrix. Comparing N representations pairwise then costs one n·p·q product per pair. Immutable after construction.
 */
public final class Representation {

    private final DMatrixRMaj centred;
    private final double gramNorm;
    private final DMatrixRMaj leftSingular;
    private final double[] singularValues;

    private Representation(DMatrixRMaj centred) {
        this.centred = centred;
        DMatrixRMaj gram = new DMatrixRMaj(centred.numCols, centred.numCols);
        CommonOps_DDRM.multTransA(centred, centred, gram);
        this.gramNorm = NormOps_DDRM.normF(gram);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(centred.numRows,
                centred.numCols, true, false, true);
        if (!svd.decompose(centred.copy())) {
            throw new IllegalArgumentException("representation: the SVD of the " + centred.numRows + " × "
                    + centred.numCols + " centred responses failed (non-finite values?)");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        SingularOps_DDRM.descendingOrder(u, false, w, null, false);
        int k = Math.min(w.numRows, w.numCols);
        this.singularValues = new double[k];
        for (int i = 0; i < k; i++) {
            singularValues[i] = w.get(i, i);
        }
        this.leftSingular = u;
    }

    /**
     * @param rowMajor n × p responses, row i the i-th sample (input, not modified)
     * @param dims     p ≥ 1
     * @return the centred representation
     * @throws IllegalArgumentException for fewer than 2 samples, a ragged array or a non-finite value
     */
    public static Representation of(double[] rowMajor, int dims) {
        if (dims < 1 || rowMajor.length % dims != 0 || rowMajor.length / dims < 2) {
            throw new IllegalArgumentException("representation needs at least 2 samples of ≥ 1 dimension but got "
                    + rowMajor.length + " values for " + dims + " dimensions");
        }
        int n = rowMajor.length / dims;
        DMatrixRMaj m = new DMatrixRMaj(n, dims);
        double[] mean = new double[dims];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dims; j++) {
                double v = rowMajor[i * dims + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("representation: value " + v + " at sample " + i
                            + ", dimension " + j + "; responses must be finite");
                }
                mean[j] += v;
            }
        }
        for (int j = 0; j < dims; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dims; j++) {
                m.set(i, j, rowMajor[i * dims + j] - mean[j]);
            }
        }
        return new Representation(m);
    }

    /** From rows of equal length (tests, small examples). */
    public static Representation of(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("representation needs at least 2 samples but got none");
        }
        int p = rows[0].length;
        double[] flat = new double[rows.length * p];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != p) {
                throw new IllegalArgumentException("representation: sample " + i + " has " + rows[i].length
                        + " dimensions but sample 0 has " + p);
            }
            System.arraycopy(rows[i], 0, flat, i * p, p);
        }
        return of(flat, p);
    }

    /** n. */
    public int samples() {
        return centred.numRows;
    }

    /** p. */
    public int dims() {
        return centred.numCols;
    }

    DMatrixRMaj centred() {
        return centred;
    }

    /** ‖XᵀX‖_F of the centred responses (0 when every sample is the same). */
    double gramNorm() {
        return gramNorm;
    }

    /** Singular values of the centred responses, largest first (copy). */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * Number of leading singular directions that together explain at least {@code fraction} of the variance
     * (Σσ²); 0 when the responses have no variance.
     */
    public int dimsExplaining(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("variance fraction must be in (0, 1] but was " + fraction);
        }
        double total = 0;
        for (double s : singularValues) {
            total += s * s;
        }
        if (!(total > 0)) {
            return 0;
        }
        double acc = 0;
        for (int i = 0; i < singularValues.length; i++) {
            acc += singularValues[i] * singularValues[i];
            // a relative slack of 1e-12 keeps an exact 100 % from depending on the last bit of the sum
            if (acc >= fraction * total * (1 - 1e-12)) {
                return i + 1;
            }
        }
        return singularValues.length;
    }

    /** The first {@code k} left singular vectors as an n × k matrix with orthonormal columns. */
    DMatrixRMaj leadingBasis(int k) {
        DMatrixRMaj b = new DMatrixRMaj(centred.numRows, k);
        CommonOps_DDRM.extract(leftSingular, 0, centred.numRows, 0, k, b, 0, 0);
        return b;
    }
}
