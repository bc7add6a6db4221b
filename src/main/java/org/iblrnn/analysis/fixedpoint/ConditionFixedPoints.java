package org.iblrnn.analysis.fixedpoint;

import java.util.List;

/**
 * The search under one {@link InputCondition}: one entry per candidate plus the de-duplicated fixed points.
 * Candidates are the grid states first (in grid order, indices below {@code gridCandidates}), then the states
 * sampled from the visited trajectory. "Descent" quantities refer to the end of the momentum gradient descent (the
 * original's final iterate); "refined" ones to the Levenberg–Marquardt result started there. States are full network
 * states (S = H for rnn and gru, [h, c] with S = 2H for lstm); PCA coordinates project their h part.
 *
 * @param condition            the constant input
 * @param candidates           number of candidates M (grid states plus sampled states)
 * @param gridCandidates       how many of them are grid states (the first ones)
 * @param secondStates         F(initial state), row-major M × S (the one-step image, used by vector fields and basins)
 * @param secondPca            PCA of {@code secondStates}, M × 2
 * @param descentStates        descent end points, M × S
 * @param descentPca           their PCA coordinates, M × 2
 * @param residual             ‖F(x) − x‖ at the descent end points (M)
 * @param normalizedResidual   residual / ‖x‖ (M)
 * @param maxAbsRealEigenvalue max |Re λ| of ∂F/∂x at the descent end points (M), computed only for the grid
 *                             candidates whose residual is below {@code residualThreshold} (NaN elsewhere, where the
 *                             {@code stable} flag is false whatever the eigenvalues)
 * @param spectralRadius       max |λ| there (M; NaN where not computed)
 * @param pcaJacobian          C (J_hh + J_hc A) Cᵀ there (C the 2 × H components, A the lift's slope; just C J Cᵀ
 *                             when the state is h), row-major 2 × 2 per candidate (M × 4)
 * @param pcaResidual          ‖C (F(x) − x)_h‖ there (M)
 * @param stable               the original's flag: max |Re λ| &lt; 1 and residual below this condition's
 *                             {@code stableQuantile} quantile of the grid residuals (M; false for sampled candidates)
 * @param pcaStable            |Re λ(pcaJacobian)| &lt; 1 and pcaResidual below the quantile over all conditions' grid
 *                             candidates (M; false for sampled candidates)
 * @param residualThreshold    the residual quantile used for {@code stable}
 * @param refinedStates        refinement end points, M × S (the descent end points when refinement is off)
 * @param refinedResidual      ‖F(x) − x‖ at the refined points (M)
 * @param refinedIterations    Levenberg–Marquardt iterations per candidate (M)
 * @param refineStatus         how each refinement ended (M)
 * @param outlier              refined point excluded as an outlier (M)
 * @param fixedPoints          de-duplicated fixed points, ordered by PC1 coordinate
 */
public record ConditionFixedPoints(InputCondition condition, int candidates, int gridCandidates,
                                   double[] secondStates, double[] secondPca, double[] descentStates,
                                   double[] descentPca, double[] residual, double[] normalizedResidual,
                                   double[] maxAbsRealEigenvalue, double[] spectralRadius, double[] pcaJacobian,
                                   double[] pcaResidual, boolean[] stable, boolean[] pcaStable,
                                   double residualThreshold, double[] refinedStates, double[] refinedResidual,
                                   int[] refinedIterations, RefineStatus[] refineStatus, boolean[] outlier,
                                   List<FixedPoint> fixedPoints) {

    /**
     * A search from grid candidates alone whose refinement statuses were not recorded (every candidate a grid
     * candidate, every status {@link RefineStatus#NOT_RUN}).
     */
    public ConditionFixedPoints(InputCondition condition, int candidates, double[] secondStates, double[] secondPca,
                                double[] descentStates, double[] descentPca, double[] residual,
                                double[] normalizedResidual, double[] maxAbsRealEigenvalue, double[] spectralRadius,
                                double[] pcaJacobian, double[] pcaResidual, boolean[] stable, boolean[] pcaStable,
                                double residualThreshold, double[] refinedStates, double[] refinedResidual,
                                int[] refinedIterations, boolean[] outlier, List<FixedPoint> fixedPoints) {
        this(condition, candidates, candidates, secondStates, secondPca, descentStates, descentPca, residual,
                normalizedResidual, maxAbsRealEigenvalue, spectralRadius, pcaJacobian, pcaResidual, stable, pcaStable,
                residualThreshold, refinedStates, refinedResidual, refinedIterations, notRun(candidates), outlier,
                fixedPoints);
    }

    private static RefineStatus[] notRun(int n) {
        RefineStatus[] s = new RefineStatus[n];
        java.util.Arrays.fill(s, RefineStatus.NOT_RUN);
        return s;
    }

    /** Smallest descent residual over the grid candidates (the original's logged "minimum displacement norm"). */
    public double minResidual() {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < gridCandidates; i++) {
            m = Math.min(m, residual[i]);
        }
        return m;
    }

    /** Number of stable de-duplicated fixed points. */
    public int stableCount() {
        return (int) fixedPoints.stream().filter(FixedPoint::stable).count();
    }

    /** How many refinements ended with each status (every status present, in declaration order). */
    public java.util.Map<RefineStatus, Integer> statusCounts() {
        java.util.Map<RefineStatus, Integer> out = new java.util.EnumMap<>(RefineStatus.class);
        for (RefineStatus st : RefineStatus.values()) {
            out.put(st, 0);
        }
        for (RefineStatus st : refineStatus) {
            out.merge(st, 1, Integer::sum);
        }
        return out;
    }

}
