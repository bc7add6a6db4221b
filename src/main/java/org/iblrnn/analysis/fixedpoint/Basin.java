package org.iblrnn.analysis.fixedpoint;

/**
 * A local basin of attraction of one condition's best fixed-point candidate (figure FP2).
 *
 * <p>x* is the descent end point with the smallest residual among the candidates flagged stable in both the full
 * and the PCA sense (the original took the smallest residual over all candidates, which can be a saddle whose
 * Lyapunov equation has no positive-definite solution — fixed here), A = ∂F/∂x at x* (the full state map: [h, c] for
 * an lstm, whose grid states carry the lifted c), P solves AᵀPA − P + Q = 0 with Q = I.
 * With λ_P = λmax(P) and s = √λmax(AᵀA), γ is the largest root of −λ_P γ² − 2 λ_P s γ + λmin(Q) = 0. A grid state x₀
 * (x = x₀ − x*) is in the basin when its Taylor remainder g = (F(x₀) − x*) − A x − (F(x*) − x*) satisfies
 * ‖g‖ &lt; γ‖x‖; its energy is ½ xᵀPx.
 *
 * @param condition          the input condition
 * @param status             what happened (only {@link Status#OK} has basin points)
 * @param candidate          index of x* among the candidates (−1 if none was chosen)
 * @param fixedPointState    x* (S; empty if none)
 * @param fixedPointPca      PCA coordinates of x* (2; empty if none)
 * @param fixedPointResidual ‖F(x*) − x*‖ (NaN if none)
 * @param gamma              γ (NaN if not computed)
 * @param lambdaMaxP         λmax(P) (NaN if not computed)
 * @param lambdaMaxAtA       λmax(AᵀA) (NaN if not computed)
 * @param lyapunov           the Lyapunov solution (null if not computed)
 * @param basinIndices       grid indices of the states in the basin
 * @param basinPca           their initial PCA coordinates, row-major k × 2
 * @param energies           their energies ½xᵀPx
 */
public record Basin(InputCondition condition, Status status, int candidate, double[] fixedPointState,
                    double[] fixedPointPca, double fixedPointResidual, double gamma, double lambdaMaxP,
                    double lambdaMaxAtA, LyapunovSolution lyapunov, int[] basinIndices, double[] basinPca,
                    double[] energies) {

    /** Outcome of a basin computation. */
    public enum Status {
        /** Basin computed and non-empty. */
        OK,
        /** No candidate was stable in both the full and the PCA sense (the original skips the condition). */
        NO_STABLE_CANDIDATE,
        /** The Lyapunov series did not converge: A at x* has spectral radius ≥ 1. */
        LYAPUNOV_UNSOLVABLE,
        /** γ ≤ 0. */
        NON_POSITIVE_GAMMA,
        /** No grid state met the criterion. */
        EMPTY
    }

    /** A basin without points, for conditions the analysis skipped. */
    static Basin skipped(InputCondition c, Status s, int candidate, double[] state, double[] pca, double residual,
                         double gamma, double lp, double la, LyapunovSolution sol) {
        return new Basin(c, s, candidate, state, pca, residual, gamma, lp, la, sol, new int[0], new double[0],
                new double[0]);
    }
}
