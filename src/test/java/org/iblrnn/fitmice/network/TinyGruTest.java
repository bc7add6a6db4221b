package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.model.Bptt;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The specialised tiny-GRU kernel against the project's general GRU (forward and BPTT), against central finite
 * differences, and its likelihood against a value computed by hand.
 */
class TinyGruTest {

    private static RecurrentNetwork randomNetwork(int k, long seed) {
        RecurrentNetwork net = RecurrentNetwork.initialise(TinyGruFitter.config(k), new SplittableRandom(seed));
        double[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 2.5; // away from the linear range of the gates
        }
        return net;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7})
    void matchesTheProjectsGruForwardAndBackward(int k) {
        RecurrentNetwork net = randomNetwork(k, 10 + k);
        ChoiceInputs s = ChoiceInputs.of(Sessions.random(3, 60, 0.15, new SplittableRandom(k)));
        int n = s.trials();
        double scale = 0.37;

        Trajectory traj = new Trajectory(net);
        double[] x = new double[3];
        double[] probs = new double[2];
        double[] expectedP = new double[n];
        double[] dLogits = new double[2 * n];
        for (int t = 0; t < n; t++) {
            System.arraycopy(s.inputs(), 3 * t, x, 0, 3);
            traj.step(x, probs);
            expectedP[t] = probs[1];
            int y = s.target()[t];
            if (y != ChoiceInputs.MASKED) {
                dLogits[2 * t] = scale * (probs[0] - (y == 0 ? 1 : 0));
                dLogits[2 * t + 1] = scale * (probs[1] - (y == 1 ? 1 : 0));
            }
        }
        double[] expectedGrad = new double[net.params().length];
        new Bptt(net.layout()).accumulateGradient(traj, dLogits, expectedGrad);

        TinyGru gru = new TinyGru(k);
        double[] p = new double[n];
        gru.pRight(net.params(), s, p);
        double[] grad = new double[gru.size()];
        gru.accumulateGradient(net.params(), s, scale, grad);

        assertThat(gru.size()).isEqualTo(net.params().length);
        for (int t = 0; t < n; t++) {
            assertThat(p[t]).as("P(right) at trial %d", t).isCloseTo(expectedP[t], offset(1e-12));
        }
        for (int i = 0; i < grad.length; i++) {
            assertThat(Math.abs(grad[i] - expectedGrad[i])).as("gradient %d: %s vs %s", i, grad[i], expectedGrad[i])
                    .isLessThanOrEqualTo(1e-12 * (1 + Math.abs(expectedGrad[i])));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void gradientMatchesFiniteDifferences(int k) {
        RecurrentNetwork net = randomNetwork(k, 20 + k);
        ChoiceInputs s = ChoiceInputs.of(Sessions.random(4, 40, 0.2, new SplittableRandom(30 + k)));
        TinyGru gru = new TinyGru(k);
        double[] p = net.params();
        double[] grad = new double[p.length];
        gru.accumulateGradient(p, s, 1.0, grad);
        double eps = 1e-5;
        int nonTrivial = 0;
        for (int i = 0; i < p.length; i++) {
            double saved = p[i];
            p[i] = saved + eps;
            double up = gru.nll(p, s);
            p[i] = saved - eps;
            double down = gru.nll(p, s);
            p[i] = saved;
            double fd = (up - down) / (2 * eps);
            // central differences: truncation ~ eps²·|f'''|, round-off ~ 1e-16·|f| / eps
            assertThat(Math.abs(grad[i] - fd)).as("parameter %d: bptt %s vs fd %s", i, grad[i], fd)
                    .isLessThanOrEqualTo(1e-6 * (Math.abs(fd) + 1.0));
            nonTrivial += Math.abs(fd) > 1e-3 ? 1 : 0;
        }
        assertThat(nonTrivial).isGreaterThan(p.length / 2);
    }

    /**
     * A 1-unit GRU on three trials, worked out by hand. Weights: W_ih rows r, z, n = (1, 0, 0), (0, 0, 0),
     * (1, 1, 0); W_hh = (0, 0, 2); biases 0 except b_hz = ln 3 (so z = σ(ln 3) = 3/4 on every trial);
     * readout rows (0), (1), biases 0 (so P(right) = σ(h)).
     * Trials (c, choice, rewarded): (+1, right, 1), (0, left, 0), (−0.5, none, 0).
     * <pre>
     * t0: x = (1, 0, 0), h = 0: n = tanh(1), h₀ = ¼ tanh 1; right → −log σ(h₀) = log(1 + e^{−h₀})
     * t1: x = (0, +1, +1): r = σ(0) = ½, W_hn h + b_hn = 2h₀, n = tanh(1 + ½·2h₀), h₁ = ¼ n + ¾ h₀;
     *     left → log(1 + e^{h₁})
     * t2: masked.
     * </pre>
     */
    @Test
    void likelihoodOfAOneUnitGruByHand() {
        TinyGru gru = new TinyGru(1);
        double[] p = new double[gru.size()];
        // layout: W_ih (3×3) at 0, W_hh (3×1) at 9, b_ih (3) at 12, b_hh (3) at 15, W_out (2×1) at 18, b_out at 20
        p[0] = 1.0;            // W_ir · contrast
        p[6] = 1.0;            // W_in · contrast
        p[7] = 1.0;            // W_in · previous choice
        p[11] = 2.0;           // W_hn
        p[16] = Math.log(3.0); // b_hz
        p[19] = 1.0;           // readout row of "right"
        ChoiceSession s = new ChoiceSession(1, new double[]{1.0, 0.0, -0.5}, new int[]{1, -1, -1},
                new int[]{1, -1, 0}, new int[]{1, 0, 0}, new double[]{0.5, 0.5, 0.5});
        double h0 = 0.25 * Math.tanh(1.0);
        double h1 = 0.25 * Math.tanh(1.0 + h0) + 0.75 * h0;
        double expected = Math.log(1.0 + Math.exp(-h0)) + Math.log(1.0 + Math.exp(h1));
        assertThat(gru.nll(p, ChoiceInputs.of(s))).isCloseTo(expected, offset(1e-15));
        double[] pr = new double[3];
        gru.pRight(p, ChoiceInputs.of(s), pr);
        assertThat(pr[0]).isCloseTo(1.0 / (1.0 + Math.exp(-h0)), offset(1e-15));
        assertThat(pr[1]).isCloseTo(1.0 / (1.0 + Math.exp(-h1)), offset(1e-15));
    }
}
