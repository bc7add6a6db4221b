package org.iblrnn.analysis.statespace;

/**
 * A two-component PCA of the hidden states plus the full variance spectrum.
 *
 * <p>Sign convention: each component is first oriented so that the sample with the largest absolute score on it
 * scores positive (scikit-learn's {@code svd_flip} on U, which the original relied on); then PC1 is negated if the
 * right-action readout, transformed as a point (the mean is subtracted first — the original's QUIRK), has a
 * non-positive first coordinate, so that "right" points to +PC1.
 *
 * @param mean                    column means of the states (H)
 * @param pc1                     first component, unit length (H)
 * @param pc2                     second component, unit length (H)
 * @param variance                every component's variance (ddof 1), descending (H)
 * @param cumulativeFraction      cumulative fraction of the total variance explained by 1..H components
 * @param scores                  the states projected on (pc1, pc2), row-major rows × 2
 * @param rows                    number of states
 * @param xRange                  (min, max) of the PC1 scores
 * @param yRange                  (min, max) of the PC2 scores
 * @param trialReadout            the right-action readout row divided by its norm (H)
 * @param pcaTrialReadout         {@code trialReadout} transformed as a point, normalised (2)
 * @param pc1Flipped              whether PC1 was negated by the readout convention
 * @param readoutFractionInPlane  ‖C w‖ / ‖w‖ for the readout direction w: how much of it lies in the PCA plane
 */
public record PrincipalComponents(double[] mean, double[] pc1, double[] pc2, double[] variance,
                                  double[] cumulativeFraction, double[] scores, int rows, double[] xRange,
                                  double[] yRange, double[] trialReadout, double[] pcaTrialReadout, boolean pc1Flipped,
                                  double readoutFractionInPlane) {

    /** Dimension of the state space (H). */
    public int stateSize() {
        return mean.length;
    }

    /** PC1 score of state {@code row}. */
    public double x(int row) {
        return scores[2 * row];
    }

    /** PC2 score of state {@code row}. */
    public double y(int row) {
        return scores[2 * row + 1];
    }

    /**
     * Projects a state: out = C (h − mean).
     *
     * @param h   state (input, not modified), length H, read from {@code offset}
     * @param out PCA coordinates (output, modified), length ≥ 2
     */
    public void project(double[] h, int offset, double[] out) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < mean.length; j++) {
            double c = h[offset + j] - mean[j];
            a += pc1[j] * c;
            b += pc2[j] * c;
        }
        out[0] = a;
        out[1] = b;
    }

    /** Projects a state: C (h − mean) as a new array of length 2. */
    public double[] project(double[] h) {
        double[] out = new double[2];
        project(h, 0, out);
        return out;
    }

    /** Projects a direction (no mean subtracted): C v as a new array of length 2. */
    public double[] projectDirection(double[] v) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < mean.length; j++) {
            a += pc1[j] * v[j];
            b += pc2[j] * v[j];
        }
        return new double[]{a, b};
    }

    /** The state on the PCA plane with coordinates (x, y): mean + x·pc1 + y·pc2 (a new array of length H). */
    public double[] inverse(double x, double y) {
        double[] out = new double[mean.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = mean[j] + x * pc1[j] + y * pc2[j];
        }
        return out;
    }

    /** Fraction of variance explained by the first {@code k} components. */
    public double cumulativeFraction(int k) {
        return cumulativeFraction[k - 1];
    }
}
