package org.iblrnn.optim;

import java.util.Map;

/**
 * A first-order optimizer over one flat parameter array, reproducing {@code torch.optim} update rules exactly so
 * that training runs match the original.
 *
 * <p>State is exposed as named buffers in the flat parameter layout (torch's names: {@code momentum_buffer},
 * {@code exp_avg}, {@code exp_avg_sq}, {@code square_avg}) plus the step count, so a checkpoint can save it and
 * {@link #restore} resumes bit-for-bit.
 */
public interface Optimizer {

    /**
     * One update.
     *
     * @param params parameters (input and output, modified in place)
     * @param grad   gradient of the loss at {@code params} (input, not modified)
     */
    void step(double[] params, double[] grad);

    /** Number of updates taken so far. */
    long steps();

    /** Copies of the state buffers by torch name; buffers not yet created (e.g. before the first step) are absent. */
    Map<String, double[]> state();

    /**
     * Replaces the state with a copy of {@code state} (as {@link #state()} returned it) and the step count.
     * IllegalArgumentException if a name is unknown or a buffer has the wrong length.
     */
    void restore(Map<String, double[]> state, long steps);
}
