package org.iblrnn.analysis.fixedpoint;

import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.PcaAnalysis;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.model.RecurrentNetwork;

/** Hand-built 2-unit tanh RNNs with analytically known fixed points. */
final class TwoUnitNetworks {

    /** The positive root of h = tanh(2h), by bisection. */
    static final double H_STAR = root();

    private TwoUnitNetworks() {
    }

    private static double root() {
        double lo = 0.5;
        double hi = 1.0;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (Math.tanh(2 * mid) > mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * W_hh = diag(2, 0.5), W_ih row 0 = (0.3, −0.3, feedbackGain), row 1 = 0, no biases; readout left = (−1, 0),
     * right = (1, 0). Under the zero input the fixed points are (0, 0) (saddle) and (±H_STAR, 0) (stable).
     */
    static RecurrentNetwork bistable(double feedbackGain) {
        double[] p = {
                0.3, -0.3, feedbackGain, 0, 0, 0,   // W_ih 2×3
                2, 0, 0, 0.5,                       // W_hh 2×2
                0, 0,                               // b_ih
                0, 0,                               // b_hh
                -1, 0, 1, 0,                        // readout 2×2
                0, 0};                              // readout bias
        return RecurrentNetwork.of(ModelConfig.defaults().withHiddenSize(2), p);
    }

    /** A PCA of states spread over [−1, 1] × [−0.5, 0.5] (PC1 ≈ unit 0, oriented by the right readout). */
    static PrincipalComponents pca(RecurrentNetwork net) {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 4000;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = 2 * rng.nextDouble() - 1;
            x[2 * i + 1] = rng.nextDouble() - 0.5;
        }
        return PcaAnalysis.fit(x, 2, new double[]{1, 0});
    }
}
