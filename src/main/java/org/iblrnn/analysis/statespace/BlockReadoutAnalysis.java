package org.iblrnn.analysis.statespace;

import java.util.SplittableRandom;

/** Fits the {@link BlockReadout}. */
public final class BlockReadoutAnalysis {

    /** Held-out fraction, as the original's train_test_split(test_size=0.33). */
    public static final double TEST_FRACTION = 0.33;

    private BlockReadoutAnalysis() {
    }

    /**
     * @param states     row-major hidden states, rows × H (input, not modified)
     * @param blockSides −1/+1 per row (input, not modified)
     * @param pca        the states' PCA
     * @param rng        the split's random stream (consumed)
     */
    public static BlockReadout fit(double[] states, int[] blockSides, PrincipalComponents pca, SplittableRandom rng) {
        int h = pca.stateSize();
        int n = pca.rows();
        if (states.length != n * h || blockSides.length != n) {
            throw new IllegalArgumentException("block readout: " + n + " PCA rows of size " + h + " but "
                    + states.length / Math.max(1, h) + " states and " + blockSides.length + " block sides");
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (1 + blockSides[i]) / 2.0;
        }
        TrainTestSplit split = TrainTestSplit.of(n, TEST_FRACTION, rng);
        LogisticFit full = LogisticRegression.fit(states, h, y, split.train());
        LogisticFit plane = LogisticRegression.fit(pca.scores(), 2, y, split.train());
        double accFull = accuracy(full, states, y, split.test());
        double accPca = accuracy(plane, pca.scores(), y, split.test());

        double[] b = PcaAnalysis.unit(plane.coefficients().clone());
        double[] inv = PcaAnalysis.unit(pca.inverse(b[0], b[1]));
        double[] t = pca.pcaTrialReadout();
        double anglePca = Math.toDegrees(Math.acos(clamp(b[0] * t[0] + b[1] * t[1])));
        double dot = 0;
        for (int j = 0; j < h; j++) {
            dot += inv[j] * pca.trialReadout()[j];
        }
        double angleFull = Math.toDegrees(Math.acos(clamp(dot)));
        double[] cls = new double[n];
        for (int i = 0; i < n; i++) {
            cls[i] = 2 * plane.probability(pca.scores(), i) - 1;
        }
        return new BlockReadout(full, plane, accFull, accPca, b, inv, anglePca, angleFull, cls, split.test().length);
    }

    private static double accuracy(LogisticFit fit, double[] x, double[] y, int[] rows) {
        int hits = 0;
        for (int r : rows) {
            double p = fit.probability(x, r);
            // numpy's round: half to even, so 0.5 → 0
            double predicted = p > 0.5 ? 1.0 : 0.0;
            if (predicted == y[r]) {
                hits++;
            }
        }
        return (double) hits / rows.length;
    }

    private static double clamp(double v) {
        return Math.max(-1.0, Math.min(1.0, v));
    }
}
