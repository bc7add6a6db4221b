package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.PcaAnalysis;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

/** Fixed points of gru and lstm state maps whose equilibria are known in closed form or by construction. */
class GatedFixedPointTest {

    private static final InputCondition COND = InputCondition.NO_STIMULUS;

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** Synthetic visited states around {@code centre}: h ± 0.3, c ± 0.5 (Gaussian), 3000 rows. */
    private static double[] visited(double[] centre, int h, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int s = centre.length;
        double[] out = new double[3000 * s];
        for (int t = 0; t < 3000; t++) {
            for (int j = 0; j < s; j++) {
                out[t * s + j] = centre[j] + (j < h ? 0.3 : 0.5) * rng.nextGaussian();
            }
        }
        return out;
    }

    private static FixedPointResults search(RecurrentNetwork net, double[] visited) {
        int h = net.hiddenSize();
        int s = net.stateSize();
        int rows = visited.length / s;
        double[] hs = new double[rows * h];
        for (int t = 0; t < rows; t++) {
            System.arraycopy(visited, t * s, hs, t * h, h);
        }
        double[] readout = new double[h];
        readout[0] = 1;
        PrincipalComponents pca = PcaAnalysis.fit(hs, h, readout);
        StateGrid grid = StateGrid.sample(pca, 9, StateLift.fit(visited, h, s));
        FixedPointConfig cfg = FixedPointConfig.defaults().withGdSteps(100).withSampledStates(40);
        double[] sampled = InitialStates.sample(visited, s, cfg.sampledStates(), cfg.sampleNoiseScale(),
                new SplittableRandom(3));
        return new FixedPointSearch(cfg).search(net, grid, sampled, pca, List.of(COND));
    }

    /** Moduli of the eigenvalues, largest first. */
    private static double[] moduli(FixedPoint p) {
        double[] m = new double[p.eigenReal().length];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.hypot(p.eigenReal()[i], p.eigenImag()[i]);
        }
        return m;
    }

    @Test
    void lstmWithoutRecurrenceHasTheClosedFormFixedPoint() {
        int h = 2;
        ModelConfig cfg = ModelConfig.defaults().withArchitecture(Architecture.LSTM).withHiddenSize(h);
        ParameterLayout l = ParameterLayout.of(cfg);
        double[] p = new double[l.size()];
        // W_ih = W_hh = 0: the gates are σ/tanh of their biases, per unit (i, f, g, o)
        double[][] gates = {{0.6, 0.3}, {0.8, 0.5}, {0.7, -0.4}, {0.9, 0.6}};
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < h; i++) {
                double v = gates[g][i];
                p[l.biasIh() + g * h + i] = g == 2 ? 0.5 * Math.log((1 + v) / (1 - v)) : logit(v);
            }
        }
        p[l.readoutWeight() + h] = 1;
        RecurrentNetwork net = RecurrentNetwork.of(cfg, p);
        double[] expected = new double[2 * h];
        for (int i = 0; i < h; i++) {
            double c = gates[0][i] * gates[2][i] / (1 - gates[1][i]);
            expected[h + i] = c;
            expected[i] = gates[3][i] * Math.tanh(c);
        }
        ConditionFixedPoints c = search(net, visited(expected, h, 5)).of(COND);
        assertThat(c.fixedPoints()).hasSize(1);
        FixedPoint fp = c.fixedPoints().get(0);
        assertThat(fp.state()).containsExactly(expected, within(1e-12));
        // J = [[0, diag(P f)], [0, diag(f)]]: eigenvalues f₁, f₂ and 0 (twice)
        assertThat(moduli(fp)).containsExactly(new double[]{0.8, 0.5, 0, 0}, within(1e-12));
        assertThat(fp.stable()).isTrue();
        assertThat(fp.unstableDimensions()).isZero();
        assertThat(fp.multiplicity()).isEqualTo(c.statusCounts().get(RefineStatus.CONVERGED));
    }

    @Test
    void bistableGruHasTwoStableFixedPointsAndASaddle() {
        // W_hr = W_hz = 0, W_hn = diag(2, 0.5), biases b_r = 2, b_z = −1: r and z are constants and the fixed points
        // solve h = tanh(2 r h) on unit 0 (0 and ±h₁) and h = 0 on unit 1; ∂F/∂h = diag(z + (1 − z)(1 − h²) r w_ii)
        int h = 2;
        ModelConfig cfg = ModelConfig.defaults().withArchitecture(Architecture.GRU).withHiddenSize(h);
        ParameterLayout l = ParameterLayout.of(cfg);
        double[] p = new double[l.size()];
        p[l.biasIh()] = 2;
        p[l.biasIh() + 1] = 2;
        p[l.biasIh() + 2] = -1;
        p[l.biasIh() + 3] = -1;
        p[l.weightHh() + 2 * h * h] = 2;
        p[l.weightHh() + 2 * h * h + h + 1] = 0.5;
        p[l.readoutWeight() + h] = 1;
        RecurrentNetwork net = RecurrentNetwork.of(cfg, p);
        double r = sigmoid(2);
        double z = sigmoid(-1);
        double lo = 0.1;
        double hi = 1.0;
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            if (Math.tanh(2 * r * mid) > mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double h1 = 0.5 * (lo + hi);
        ConditionFixedPoints c = search(net, visited(new double[]{0, 0}, h, 6)).of(COND);
        List<FixedPoint> fps = c.fixedPoints();
        assertThat(fps).hasSize(3);
        double[] at = {-h1, 0, h1};
        for (int k = 0; k < 3; k++) {
            FixedPoint fp = fps.get(k);
            assertThat(fp.state()).containsExactly(new double[]{at[k], 0}, within(1e-10));
            double e0 = z + (1 - z) * (1 - at[k] * at[k]) * r * 2;
            double e1 = z + (1 - z) * r * 0.5;
            assertThat(moduli(fp)).containsExactly(new double[]{Math.max(e0, e1), Math.min(e0, e1)}, within(1e-9));
            assertThat(fp.stable()).isEqualTo(k != 1);
            assertThat(fp.unstableDimensions()).isEqualTo(k == 1 ? 1 : 0);
        }
    }

    @Test
    void lstmWithRecurrenceFindsAConstructedEquilibriumWithItsJacobianSpectrum() {
        // random W_hh and W_ih; biases chosen so that the gates at (h*, c*) under the condition's input take chosen
        // values with c* = f c* + i g and h* = o tanh(c*)
        int h = 3;
        SplittableRandom rng = new SplittableRandom(19);
        ModelConfig cfg = ModelConfig.defaults().withArchitecture(Architecture.LSTM).withHiddenSize(h);
        ParameterLayout l = ParameterLayout.of(cfg);
        double[] p = new double[l.size()];
        for (int k = 0; k < 4 * h * h; k++) {
            p[l.weightHh() + k] = rng.nextDouble(-0.6, 0.6);
        }
        for (int k = 0; k < 4 * h * 3; k++) {
            p[l.weightIh() + k] = rng.nextDouble(-1, 1);
        }
        double[] cStar = {0.9, -0.6, 1.2};
        double[] fStar = {0.6, 0.4, 0.7};
        double[] iStar = {0.7, 0.8, 0.9};
        double[] oStar = {0.8, 0.5, 0.6};
        double[] x = new double[2 * h];
        double[][] target = new double[4][h];
        for (int i = 0; i < h; i++) {
            double g = cStar[i] * (1 - fStar[i]) / iStar[i];
            x[i] = oStar[i] * Math.tanh(cStar[i]);
            x[h + i] = cStar[i];
            target[0][i] = logit(iStar[i]);
            target[1][i] = logit(fStar[i]);
            target[2][i] = 0.5 * Math.log((1 + g) / (1 - g));
            target[3][i] = logit(oStar[i]);
        }
        double[] u = COND.input();
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < h; i++) {
                int row = g * h + i;
                double v = target[g][i];
                for (int j = 0; j < h; j++) {
                    v -= p[l.weightHh() + row * h + j] * x[j];
                }
                for (int k = 0; k < 3; k++) {
                    v -= p[l.weightIh() + row * 3 + k] * u[k];
                }
                p[l.biasIh() + row] = v;
            }
        }
        p[l.readoutWeight() + h] = 1;
        RecurrentNetwork net = RecurrentNetwork.of(cfg, p);
        ConditionFixedPoints c = search(net, visited(x, h, 7)).of(COND);
        FixedPoint found = c.fixedPoints().stream()
                .min((a, b) -> Double.compare(distance(a.state(), x), distance(b.state(), x))).orElseThrow();
        assertThat(found.state()).containsExactly(x, within(1e-10));
        assertThat(found.residual()).isLessThan(1e-10);
        double[][] j = net.stateJacobian(x, u);
        double[] flat = new double[4 * h * h];
        for (int i = 0; i < 2 * h; i++) {
            System.arraycopy(j[i], 0, flat, i * 2 * h, 2 * h);
        }
        double[][] ev = Spectra.eigenvalues(flat, 2 * h);
        assertThat(found.eigenReal()).containsExactly(ev[0], within(1e-8));
        assertThat(found.eigenImag()).containsExactly(ev[1], within(1e-8));
        double rho = Arrays.stream(moduli(found)).max().orElseThrow();
        assertThat(found.spectralRadius()).isCloseTo(rho, within(1e-15));
        assertThat(found.stable()).isEqualTo(rho < 1);
        assertThat(found.unstableDimensions()).isEqualTo((int) Arrays.stream(moduli(found)).filter(m -> m > 1).count());
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
