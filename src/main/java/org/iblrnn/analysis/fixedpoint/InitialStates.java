package org.iblrnn.analysis.fixedpoint;

import java.util.SplittableRandom;
import org.iblrnn.math.SampleCovariance;

/**
 * Initial states drawn from a visited trajectory, FixedPointFinder style: rows picked uniformly at random (with
 * replacement) plus independent Gaussian noise on every coordinate. The noise of coordinate j has standard deviation
 * {@code noiseScale} × (the standard deviation of coordinate j over the trajectory), so h and an lstm's larger-ranged
 * c are perturbed in proportion to how far they actually move.
 */
public final class InitialStates {

    private InitialStates() {
    }

    /**
     * @param states     row-major rows × S visited full states (input, not modified)
     * @param stateSize  S
     * @param count      states to draw
     * @param noiseScale noise standard deviation per coordinate, in units of that coordinate's standard deviation
     * @param rng        the draws (rows first, then the noise, in order)
     * @return row-major count × S
     */
    public static double[] sample(double[] states, int stateSize, int count, double noiseScale,
                                  SplittableRandom rng) {
        int rows = states.length / stateSize;
        if (count > 0 && rows < 1) {
            throw new IllegalArgumentException("initial states: the trajectory has no states to sample from");
        }
        double[] sd = new double[stateSize];
        if (noiseScale > 0 && rows > 1) {
            double[] mean = SampleCovariance.mean(states, rows, stateSize);
            for (int t = 0; t < rows; t++) {
                for (int j = 0; j < stateSize; j++) {
                    double d = states[t * stateSize + j] - mean[j];
                    sd[j] += d * d;
                }
            }
            for (int j = 0; j < stateSize; j++) {
                sd[j] = noiseScale * Math.sqrt(sd[j] / (rows - 1));
            }
        }
        double[] out = new double[count * stateSize];
        for (int i = 0; i < count; i++) {
            System.arraycopy(states, rng.nextInt(rows) * stateSize, out, i * stateSize, stateSize);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] += sd[i % stateSize] * rng.nextGaussian();
        }
        return out;
    }
}
