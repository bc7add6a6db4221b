package org.iblrnn.analysis.fixedpoint;

/**
 * Settings of the fixed-point search. Defaults ({@link #defaults()}) are the original's for the main model plus a
 * second-order refinement and FixedPointFinder-like de-duplication.
 *
 * @param gridSize             grid points per PCA axis (15); more gives denser FP1/VF1 panels, cost ∝ g²
 * @param gdSteps              momentum gradient-descent steps on mean ‖F(h) − h‖ (500; the original used 100 for
 *                             small models); more moves candidates further towards slow points
 * @param learningRate         SGD learning rate (0.1); the batch-mean loss divides each point's step by the number
 *                             of candidates, as in the original
 * @param momentum             SGD momentum in PyTorch's convention v ← μv + g, h ← h − lr·v (0.9), in [0, 1)
 * @param stableQuantile       a candidate counts as the original's "stable" only if its residual is below this
 *                             quantile of its condition's residuals (0.05), in (0, 1]
 * @param refine               run Levenberg–Marquardt from every descent end point (true); without it the
 *                             de-duplicated fixed points come from the descent end points that meet
 *                             {@code fixedPointTolerance}
 * @param refineMaxIterations  Levenberg–Marquardt iteration limit per candidate (100)
 * @param fixedPointTolerance  ‖F(h) − h‖ below which a point is a fixed point (1e-10); raise it to admit slow points
 * @param uniqueTolerance      fixed points closer than this (Euclidean, full space) are duplicates; the one with
 *                             the smaller residual is kept (1e-3, FixedPointFinder's tol_unique)
 * @param outlierDistanceScale fixed points farther from the grid's centroid than this multiple of the grid states'
 *                             mean distance to it are discarded as outliers (10, FixedPointFinder's default)
 * @param chunkSize            candidates per parallel task (8); affects speed only, never results
 */
public record FixedPointConfig(int gridSize, int gdSteps, double learningRate, double momentum, double stableQuantile,
                               boolean refine, int refineMaxIterations, double fixedPointTolerance,
                               double uniqueTolerance, double outlierDistanceScale, int chunkSize) {

    public FixedPointConfig {
        check(gridSize >= 2, "gridSize must be ≥ 2", gridSize);
        check(gdSteps >= 0, "gdSteps must be ≥ 0", gdSteps);
        check(learningRate > 0, "learningRate must be > 0", learningRate);
        check(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)", momentum);
        check(stableQuantile > 0 && stableQuantile <= 1, "stableQuantile must be in (0, 1]", stableQuantile);
        check(refineMaxIterations >= 0, "refineMaxIterations must be ≥ 0", refineMaxIterations);
        check(fixedPointTolerance > 0, "fixedPointTolerance must be > 0", fixedPointTolerance);
        check(uniqueTolerance > 0, "uniqueTolerance must be > 0", uniqueTolerance);
        check(outlierDistanceScale > 0, "outlierDistanceScale must be > 0", outlierDistanceScale);
        check(chunkSize >= 1, "chunkSize must be ≥ 1", chunkSize);
    }

    private static void check(boolean ok, String rule, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("fixed-point search: " + rule + " but was " + value);
        }
    }

    /** The original's search for the 50-unit model, refined and de-duplicated. */
    public static FixedPointConfig defaults() {
        return new FixedPointConfig(15, 500, 0.1, 0.9, 0.05, true, 100, 1e-10, 1e-3, 10.0, 8);
    }

    public FixedPointConfig withGridSize(int g) {
        return new FixedPointConfig(g, gdSteps, learningRate, momentum, stableQuantile, refine, refineMaxIterations,
                fixedPointTolerance, uniqueTolerance, outlierDistanceScale, chunkSize);
    }

    public FixedPointConfig withGdSteps(int steps) {
        return new FixedPointConfig(gridSize, steps, learningRate, momentum, stableQuantile, refine, refineMaxIterations,
                fixedPointTolerance, uniqueTolerance, outlierDistanceScale, chunkSize);
    }

    public FixedPointConfig withRefine(boolean r) {
        return new FixedPointConfig(gridSize, gdSteps, learningRate, momentum, stableQuantile, r, refineMaxIterations,
                fixedPointTolerance, uniqueTolerance, outlierDistanceScale, chunkSize);
    }

    public FixedPointConfig withChunkSize(int c) {
        return new FixedPointConfig(gridSize, gdSteps, learningRate, momentum, stableQuantile, refine, refineMaxIterations,
                fixedPointTolerance, uniqueTolerance, outlierDistanceScale, c);
    }
}
