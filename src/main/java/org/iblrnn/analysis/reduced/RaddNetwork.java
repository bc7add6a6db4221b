package org.iblrnn.analysis.reduced;

import org.hipparchus.stat.regression.SimpleRegression;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;

/**
 * The RADD fit as a playable 2-unit tanh RNN: W_hh = A, W_ih = B, b_hh = c, b_ih = 0, and a readout
 * s·[[−1, 0], [1, 0]] with bias 0, so P(right) = σ(2 s ẑ_0): only the stimulus coordinate drives the choice. Its state
 * is ẑ in the normalised coordinates (|ẑ| &lt; 1).
 *
 * <p>The readout scale s is not part of the fit, and the network's accuracy hinges on it: a larger s decides on less
 * evidence. {@link #matchedScale} gives the RADD network the RNN's own readout gain; the original's heuristic
 * ({@link #originalScale}, {@link #originalScaleAsCoded}) ignores how the coordinates were normalised.
 */
public final class RaddNetwork {

    private RaddNetwork() {
    }

    /**
     * A 2-unit network with the fitted dynamics and readout scale {@code scale} (negative: it chooses right when the
     * stimulus coordinate is negative, as an RNN whose choice runs against that coordinate does).
     */
    public static RecurrentNetwork of(RaddFit fit, double scale) {
        if (scale == 0.0 || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("RADD readout scale must be non-zero and finite but is " + scale);
        }
        ModelConfig cfg = ModelConfig.defaults().withHiddenSize(2);
        ParameterLayout layout = ParameterLayout.of(cfg);
        double[] p = new double[layout.size()];
        double[][] a = fit.a();
        double[][] b = fit.b();
        double[] c = fit.c();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                p[layout.weightIh() + i * 3 + j] = b[i][j];
            }
            for (int j = 0; j < 2; j++) {
                p[layout.weightHh() + i * 2 + j] = a[i][j];
            }
            p[layout.biasHh() + i] = c[i];
        }
        int w = layout.readoutWeight();
        p[w] = -scale;      // left logit  = −s ẑ_0
        p[w + 2] = scale;   // right logit = +s ẑ_0
        return RecurrentNetwork.of(cfg, p);
    }

    /**
     * The scale that gives the RADD network the RNN's readout gain: the RNN's log-odds ln(P(right) / P(left)) is
     * regressed on its stimulus coordinate z_0 by least squares, slope k, and since the RADD network's log-odds is
     * 2 s z_0 / M, s = k M / 2. Rows whose log-odds is not finite (a saturated softmax) are skipped. A trained RNN
     * gives k &gt; 0; an untrained one may give k &lt; 0, and the RADD network then follows it the other way round.
     *
     * @param stimulusCoordinate the RNN's stimulus coordinate z_0 per row (task-aligned units)
     * @param rightProb          the RNN's P(right) per row
     * @param leftProb           the RNN's P(left) per row
     * @param normaliser         the fit's M (ẑ = z / M)
     * @throws IllegalArgumentException if the log-odds does not change with z_0 (no readout to match)
     */
    public static double matchedScale(double[] stimulusCoordinate, double[] rightProb, double[] leftProb,
                                      double normaliser) {
        int n = stimulusCoordinate.length;
        if (rightProb.length != n || leftProb.length != n) {
            throw new IllegalArgumentException("RADD readout: " + n + " coordinates but " + rightProb.length + " and "
                    + leftProb.length + " probabilities; pass one of each per row");
        }
        SimpleRegression fit = new SimpleRegression();
        for (int t = 0; t < n; t++) {
            double logOdds = Math.log(rightProb[t]) - Math.log(leftProb[t]);
            if (Double.isFinite(logOdds) && Double.isFinite(stimulusCoordinate[t])) {
                fit.addData(stimulusCoordinate[t], logOdds);
            }
        }
        double k = fit.getSlope();
        if (k == 0.0 || !Double.isFinite(k)) {
            throw new IllegalArgumentException("RADD readout: the RNN's log-odds does not change with its stimulus "
                    + "coordinate (slope " + k + " over " + fit.getN() + " rows); no readout gain to match");
        }
        return k * normaliser / 2;
    }

    /**
     * The original's readout scale: s = √H · ‖W_readout‖_F / √2, with W_readout the analysed network's 2 × H readout
     * matrix, on the network's actual weights (the original read them after normalising the right-action row in
     * place, which this port does not do). Reported for comparison.
     */
    public static double originalScale(RecurrentNetwork teacher) {
        ParameterLayout layout = teacher.layout();
        double[] p = teacher.params();
        int w = layout.readoutWeight();
        int n = layout.outputSize() * layout.hiddenSize();
        double ss = 0.0;
        for (int i = 0; i < n; i++) {
            ss += p[w + i] * p[w + i];
        }
        return Math.sqrt(teacher.hiddenSize()) * Math.sqrt(ss) / Math.sqrt(2.0);
    }

    /**
     * The scale as the original's code computed it, after its in-place normalisation of the right-action readout
     * row: √H · √(‖w_left‖² + 1) / √2. Reported for comparison with the paper's numbers.
     */
    public static double originalScaleAsCoded(RecurrentNetwork teacher) {
        ParameterLayout layout = teacher.layout();
        double[] p = teacher.params();
        int w = layout.readoutWeight();
        int h = layout.hiddenSize();
        double ss = 0.0;
        for (int i = 0; i < h; i++) {
            ss += p[w + i] * p[w + i];
        }
        return Math.sqrt(h) * Math.sqrt(ss + 1.0) / Math.sqrt(2.0);
    }
}
