package org.iblrnn.analysis.fixedpoint;

import java.util.List;

/**
 * The fixed-point search over several input conditions on one grid.
 *
 * @param grid                 the initial states
 * @param conditions           per-condition results, in the order searched
 * @param config               the settings used
 * @param pcaResidualThreshold quantile of the PCA residuals over all conditions used for the PCA stability flags
 */
public record FixedPointResults(StateGrid grid, List<ConditionFixedPoints> conditions, FixedPointConfig config,
                                double pcaResidualThreshold) {

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
