package org.iblrnn.config;

/**
 * The {@code run} section of params.json.
 *
 * @param startGradStep first gradient step (0 for a new run)
 * @param numGradSteps  number of gradient steps; steps start, ..., start + num − 1 are taken
 * @param seed          root seed: every random draw of a run derives from it
 */
public record RunConfig(long startGradStep, long numGradSteps, long seed) {

    public static RunConfig defaults() {
        return new RunConfig(0, 100001, 1);
    }
}
