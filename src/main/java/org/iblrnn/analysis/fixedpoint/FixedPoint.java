package org.iblrnn.analysis.fixedpoint;

/**
 * One de-duplicated fixed point x* = F(x*) of the full state map under a constant input.
 *
 * @param state              x* (S: h for rnn and gru, [h, c] for lstm)
 * @param pca                the PCA coordinates of its h part (2)
 * @param residual           ‖F(x*) − x*‖
 * @param eigenReal          real parts of the eigenvalues of ∂F/∂x at x*, sorted by modulus, largest first (S)
 * @param eigenImag          matching imaginary parts (S)
 * @param spectralRadius     largest eigenvalue modulus
 * @param stable             spectralRadius &lt; 1 (asymptotically stable for the discrete map)
 * @param unstableDimensions number of eigenvalues with modulus &gt; 1
 * @param inputJacobian      ∂F/∂u at x*, row-major S × 3, columns (left, right, feedback)
 * @param multiplicity       how many candidates converged to it (it and its duplicates)
 * @param candidate          index of the candidate it was taken from (grid states first, then sampled states)
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
