package org.iblrnn.analysis.fixedpoint;

import java.util.List;

/**
 * The fixed-point search over several input conditions from one set of initial states: a grid in the PCA plane
 * and states sampled from the visited trajectory.
 *
 * @param grid                 the grid initial states (the first candidates of every condition)
 * @param conditions           per-condition results, in the order searched
 * @param config               the settings used
 * @param pcaResidualThreshold quantile of the grid candidates' PCA residuals over all conditions used for the PCA
 *                             stability flags
 * @param sampledStates        the initial states sampled from the trajectory (the remaining candidates), row-major
 *                             k × S
 */
public record FixedPointResults(StateGrid grid, List<ConditionFixedPoints> conditions, FixedPointConfig config,
                                double pcaResidualThreshold, double[] sampledStates) {

    /** A search from the grid alone (no sampled initial states). */
    public FixedPointResults(StateGrid grid, List<ConditionFixedPoints> conditions, FixedPointConfig config,
                             double pcaResidualThreshold) {
        this(grid, conditions, config, pcaResidualThreshold, new double[0]);
    }

    /** The result for one condition; IllegalArgumentException if it was not searched. */
    public ConditionFixedPoints of(InputCondition c) {
        for (ConditionFixedPoints r : conditions) {
            if (r.condition() == c) {
                return r;
            }
        }
        throw new IllegalArgumentException("condition " + c.key() + " was not searched; searched: "
                + conditions.stream().map(r -> r.condition().key()).toList());
    }
}
