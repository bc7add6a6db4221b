package org.iblrnn.analysis.fixedpoint;

/**
 * Settings of the fixed-point search. Defaults ({@link #defaults()}) are the original's for the main model plus a
 * second-order refinement, initial states sampled from the visited trajectory and FixedPointFinder's conventions
 * (q = ½‖F(x) − x‖², a tolerance on q, de-duplication within tol_unique, outliers by distance).
 *
 * @param gridSize             grid points per PCA axis (15); more gives denser FP1/VF1 panels, cost ∝ g²
 * @param gdSteps              momentum gradient-descent steps on mean ‖F(x) − x‖ (500; the original used 100 for
 *                             small models); more moves candidates further towards slow points
 * @param learningRate         SGD learning rate (0.1); the batch-mean loss divides each point's step by the number
 *                             of grid candidates, as in the original
 * @param momentum             SGD momentum in PyTorch's convention v ← μv + g, x ← x − lr·v (0.9), in [0, 1)
 * @param stableQuantile       a grid candidate counts as the original's "stable" only if its residual is below this
 *                             quantile of its condition's grid residuals (0.05), in (0, 1]
 * @param refine               run Levenberg–Marquardt from every descent end point (true); without it the
 *                             de-duplicated fixed points come from the descent end points that meet {@code tolQ}
 * @param refineMaxIterations  Levenberg–Marquardt iteration limit per candidate (100)
 * @param tolQ                 q = ½‖F(x) − x‖² below which a point is a fixed point (5e-21, i.e. ‖F(x) − x‖ &lt;
 *                             1e-10). FixedPointFinder's default, 1e-12, suits its float32 first-order optimiser; the
 *                             refinement here reaches machine precision, so a tolerance near it keeps slow points
 *                             (local minima of q above zero) out of the fixed-point list
 * @param uniqueTolerance      fixed points closer than this (Euclidean, full state) are duplicates; the one with
 *                             the smaller residual is kept (1e-3, FixedPointFinder's tol_unique)
 * @param outlierDistanceScale fixed points farther from the initial states' centroid than this multiple of their
 *                             mean distance to it are discarded as outliers (10, FixedPointFinder's default)
 * @param sampledStates        initial states drawn from the visited trajectory (FixedPointFinder style) in addition to
 *                             the grid (128); 0 searches from the grid only
 * @param sampleNoiseScale     standard deviation of the Gaussian noise added to each sampled state, per coordinate,
 *                             as a multiple of that coordinate's standard deviation over the session (0.5)
 * @param chunkSize            candidates per parallel task (8); affects speed only, never results
 */
public record FixedPointConfig(int gridSize, int gdSteps, double learningRate, double momentum, double stableQuantile,
                               boolean refine, int refineMaxIterations, double tolQ, double uniqueTolerance,
                               double outlierDistanceScale, int sampledStates, double sampleNoiseScale,
                               int chunkSize) {

    public FixedPointConfig {
        check(gridSize >= 2, "gridSize must be ≥ 2", gridSize);
        check(gdSteps >= 0, "gdSteps must be ≥ 0", gdSteps);
        check(learningRate > 0, "learningRate must be > 0", learningRate);
        check(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)", momentum);
        check(stableQuantile > 0 && stableQuantile <= 1, "stableQuantile must be in (0, 1]", stableQuantile);
        check(refineMaxIterations >= 0, "refineMaxIterations must be ≥ 0", refineMaxIterations);
        check(tolQ > 0, "tolQ must be > 0", tolQ);
        check(uniqueTolerance > 0, "uniqueTolerance must be > 0", uniqueTolerance);
        check(outlierDistanceScale > 0, "outlierDistanceScale must be > 0", outlierDistanceScale);
        check(sampledStates >= 0, "sampledStates must be ≥ 0", sampledStates);
        check(sampleNoiseScale >= 0, "sampleNoiseScale must be ≥ 0", sampleNoiseScale);
        check(chunkSize >= 1, "chunkSize must be ≥ 1", chunkSize);
    }

    private static void check(boolean ok, String rule, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("fixed-point search: " + rule + " but was " + value);
        }
    }

    /** The original's search for the 50-unit model, refined, with trajectory samples, de-duplicated. */
    public static FixedPointConfig defaults() {
        return new FixedPointConfig(15, 500, 0.1, 0.9, 0.05, true, 100, 5e-21, 1e-3, 10.0, 128, 0.5, 8);
    }

    /** ‖F(x) − x‖ equivalent to {@code tolQ}: √(2·tolQ). */
    public double residualTolerance() {
        return Math.sqrt(2 * tolQ);
    }

    public FixedPointConfig withGdSteps(int steps) {
        return new FixedPointConfig(gridSize, steps, learningRate, momentum, stableQuantile, refine, refineMaxIterations,
                tolQ, uniqueTolerance, outlierDistanceScale, sampledStates, sampleNoiseScale, chunkSize);
    }

    public FixedPointConfig withSampledStates(int count) {
        return new FixedPointConfig(gridSize, gdSteps, learningRate, momentum, stableQuantile, refine,
                refineMaxIterations, tolQ, uniqueTolerance, outlierDistanceScale, count, sampleNoiseScale, chunkSize);
    }

    public FixedPointConfig withUniqueTolerance(double tol) {
        return new FixedPointConfig(gridSize, gdSteps, learningRate, momentum, stableQuantile, refine,
                refineMaxIterations, tolQ, tol, outlierDistanceScale, sampledStates, sampleNoiseScale, chunkSize);
    }

    public FixedPointConfig withChunkSize(int c) {
        return new FixedPointConfig(gridSize, gdSteps, learningRate, momentum, stableQuantile, refine, refineMaxIterations,
                tolQ, uniqueTolerance, outlierDistanceScale, sampledStates, sampleNoiseScale, c);
    }
}
