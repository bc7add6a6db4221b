package org.iblrnn.analysis.fixedpoint;

import java.util.List;

/**
 * The search under one {@link InputCondition}: one entry per candidate (grid point, in grid order) plus the
 * de-duplicated fixed points. "Descent" quantities refer to the end of the momentum gradient descent (the
 * original's final iterate); "refined" ones to the Levenberg–Marquardt result started there.
 *
 * @param condition            the constant input
 * @param candidates           number of candidates M (= grid size)
 * @param secondStates         F(initial state), row-major M × H (the one-step image, used by vector fields and basins)
 * @param secondPca            PCA of {@code secondStates}, M × 2
 * @param descentStates        descent end points, M × H
 * @param descentPca           their PCA coordinates, M × 2
 * @param residual             ‖F(h) − h‖ at the descent end points (M)
 * @param normalizedResidual   residual / ‖h‖ (M)
 * @param maxAbsRealEigenvalue max |Re λ| of ∂F/∂h at the descent end points (M)
 * @param spectralRadius       max |λ| there (M)
 * @param pcaJacobian          C J Cᵀ there (C the 2 × H components), row-major 2 × 2 per candidate (M × 4)
 * @param pcaResidual          ‖C (F(h) − h)‖ there (M)
 * @param stable               the original's flag: max |Re λ| &lt; 1 and residual below this condition's
 *                             {@code stableQuantile} quantile (M)
 * @param pcaStable            |Re λ(C J Cᵀ)| &lt; 1 and pcaResidual below the quantile over all conditions (M)
 * @param residualThreshold    the residual quantile used for {@code stable}
 * @param refinedStates        refinement end points, M × H (the descent end points when refinement is off)
 * @param refinedResidual      ‖F(h) − h‖ at the refined points (M)
 * @param refinedIterations    Levenberg–Marquardt iterations per candidate (M)
 * @param outlier              refined point excluded as an outlier (M)
 * @param fixedPoints          de-duplicated fixed points, ordered by PC1 coordinate
 */
public record ConditionFixedPoints(InputCondition condition, int candidates, double[] secondStates,
                                   double[] secondPca, double[] descentStates, double[] descentPca, double[] residual,
                                   double[] normalizedResidual, double[] maxAbsRealEigenvalue,
                                   double[] spectralRadius, double[] pcaJacobian, double[] pcaResidual,
                                   boolean[] stable, boolean[] pcaStable, double residualThreshold,
                                   double[] refinedStates, double[] refinedResidual, int[] refinedIterations,
                                   boolean[] outlier, List<FixedPoint> fixedPoints) {

    /** Smallest descent residual (the original's logged "minimum displacement norm"). */
    public double minResidual() {
        double m = Double.POSITIVE_INFINITY;
        for (double r : residual) {
            m = Math.min(m, r);
        }
        return m;
    }

    /** Index of the candidate with the smallest descent residual (first on ties). */
    public int argMinResidual() {
        int best = 0;
        for (int i = 1; i < residual.length; i++) {
            if (residual[i] < residual[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Number of stable de-duplicated fixed points. */
    public int stableCount() {
        return (int) fixedPoints.stream().filter(FixedPoint::stable).count();
    }

    /** Number of candidates whose refinement met the fixed-point tolerance. */
    public int convergedCount(double tolerance) {
        int c = 0;
        for (double r : refinedResidual) {
            if (r < tolerance) {
                c++;
            }
        }
        return c;
    }
}
