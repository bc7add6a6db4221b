package org.iblrnn.analysis.reduced;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a trajectory moves in Δ steps, for comparing the full RNN, its task-aligned projection, the RADD model
 * and a random control (figure R3). Fixes the original's BUG: it used Δ-th order finite differences (which grow
 * like 2^Δ) and the variance as the band; here distance(Δ) = ‖x_{t+Δ} − x_t‖₂ over every t, summarised by its
 * mean and standard deviation, both divided by √dim so trajectories of different dimension are comparable.
 */
public final class ErrorAccumulation {

    /** The original's number of lags (Δ = 0 .. 19). */
    public static final int DEFAULT_MAX_DELTA = 20;

    /**
     * @param name     trajectory name (e.g. "hidden_states", "radd_states")
     * @param delta    the lag Δ
     * @param normMean mean over t of ‖x_{t+Δ} − x_t‖ / √dim
     * @param normSd   standard deviation (ddof 0) of the same, / √dim
     * @param pairs    number of (t, t + Δ) pairs
     */
    public record Row(String name, int delta, double normMean, double normSd, int pairs) {
    }

    private ErrorAccumulation() {
    }

    /**
     * Lag distances of one trajectory.
     *
     * @param flat     row-major [T × dim] states (input, not modified)
     * @param dim      state dimension
     * @param maxDelta lags 0 .. maxDelta − 1
     */
    public static List<Row> of(String name, double[] flat, int dim, int maxDelta) {
        if (dim < 1 || flat.length % dim != 0) {
            throw new IllegalArgumentException("trajectory " + name + " has " + flat.length
                    + " values, not a multiple of its dimension " + dim);
        }
        int n = flat.length / dim;
        double norm = Math.sqrt(dim);
        List<Row> rows = new ArrayList<>(maxDelta);
        for (int delta = 0; delta < maxDelta; delta++) {
            int pairs = n - delta;
            if (pairs <= 0) {
                rows.add(new Row(name, delta, Double.NaN, Double.NaN, 0));
                continue;
            }
            double sum = 0.0;
            double sumSq = 0.0;
            for (int t = 0; t < pairs; t++) {
                double s = 0.0;
                int a = t * dim;
                int b = (t + delta) * dim;
                for (int k = 0; k < dim; k++) {
                    double d = flat[b + k] - flat[a + k];
                    s += d * d;
                }
                double dist = Math.sqrt(s);
                sum += dist;
                sumSq += dist * dist;
            }
            double mean = sum / pairs;
            double var = Math.max(0.0, sumSq / pairs - mean * mean);
            rows.add(new Row(name, delta, mean / norm, Math.sqrt(var) / norm, pairs));
        }
        return rows;
    }

    /** Lag distances of a [T][dim] trajectory. */
    public static List<Row> of(String name, double[][] states, int maxDelta) {
        int dim = states.length == 0 ? 1 : states[0].length;
        double[] flat = new double[states.length * dim];
        for (int t = 0; t < states.length; t++) {
            System.arraycopy(states[t], 0, flat, t * dim, dim);
        }
        return of(name, flat, dim, maxDelta);
    }
}
