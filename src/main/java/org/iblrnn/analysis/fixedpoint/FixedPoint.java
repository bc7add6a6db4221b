package org.iblrnn.analysis.fixedpoint;

/**
 * One de-duplicated fixed point h* = F(h*) under a constant input.
 *
 * @param state              h* (H)
 * @param pca                its PCA coordinates (2)
 * @param residual           ‖F(h*) − h*‖
 * @param eigenReal          real parts of the eigenvalues of ∂F/∂h at h*, sorted by modulus, largest first (H)
 * @param eigenImag          matching imaginary parts (H)
 * @param spectralRadius     largest eigenvalue modulus
 * @param stable             spectralRadius &lt; 1 (asymptotically stable for the discrete map)
 * @param unstableDimensions number of eigenvalues with modulus &gt; 1
 * @param inputJacobian      ∂F/∂u at h*, row-major H × 3, columns (left, right, feedback)
 * @param multiplicity       how many candidates converged to it (it and its duplicates)
 * @param candidate          index (into the grid) of the candidate it was taken from
 */
public record FixedPoint(double[] state, double[] pca, double residual, double[] eigenReal, double[] eigenImag,
                         double spectralRadius, boolean stable, int unstableDimensions, double[] inputJacobian,
                         int multiplicity, int candidate) {

    /** The {@code k} largest-modulus eigenvalues as [re, im] pairs. */
    public double[][] leadingEigenvalues(int k) {
        int m = Math.min(k, eigenReal.length);
        double[][] out = new double[m][];
        for (int i = 0; i < m; i++) {
            out[i] = new double[]{eigenReal[i], eigenImag[i]};
        }
        return out;
    }
}
