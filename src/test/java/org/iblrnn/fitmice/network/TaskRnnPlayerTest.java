package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.special.Erf;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

/** How a task-trained network plays a mouse's trials. */
class TaskRnnPlayerTest {

    /** A 1-unit tanh RNN, layout W_ih (1×3), W_hh, b_ih, b_hh, W_out (2×1), b_out (2). */
    static RecurrentNetwork oneUnitRnn(double wLeft, double wRight, double wFeedback, double wHh, double readout) {
        ModelConfig cfg = new ModelConfig(Architecture.RNN, 3, 2, 1, 1, "default", "none", "none", "none");
        return RecurrentNetwork.of(cfg, new double[]{wLeft, wRight, wFeedback, wHh, 0, 0, 0, readout, 0, 0});
    }

    /** One blank step and at most two observation steps per trial. */
    static TaskConfig shortTrials() {
        TaskConfig d = TaskConfig.defaults();
        return new TaskConfig(d.numStimulusStrength(), d.minStimulusStrength(), d.maxStimulusStrength(),
                d.blockSideProbs(), d.trialsPerBlockParam(), d.blocksPerSession(), d.minTrialsPerBlock(),
                d.maxTrialsPerBlock(), 2, 1, -0.05);
    }

    private static ChoiceSession session(int[] sides, int[] choices) {
        int n = sides.length;
        double[] c = new double[n];
        int[] rewarded = new int[n];
        for (int t = 0; t < n; t++) {
            c[t] = 0.5 * sides[t];
            rewarded[t] = choices[t] == sides[t] ? 1 : 0;
        }
        return new ChoiceSession(4, c, sides, choices, rewarded, new double[n]);
    }

    private static double sigmoid(double v) {
        return 1.0 / (1.0 + Math.exp(-v));
    }

    /**
     * A network that ignores the observations: h' = tanh(2·feedback + h), P(right) = σ(3h). Worked by hand, steps
     * (blank, obs, obs):
     * <pre>
     * trial 0: h = 0, 0 (P = ½, fb −0.05 next), tanh(−0.1) = h₀ → timeout at P(right) = σ(3h₀), feedback −1
     * trial 1: blank h = tanh(−2 + h₀) has P(left) ≈ 0.95 but cannot act; obs h₁ = tanh(that) gives
     *          P(left) = σ(−3h₁) ≈ 0.904 &gt; 0.9: the network chooses left, on the stimulus side → feedback +1
     * trial 2: blank tanh(2 + h₁), obs h₂ = tanh(·) (P(right) ≈ 0.89, no action, fb −0.05),
     *          h₃ = tanh(−0.1 + h₂) → timeout at σ(3h₃)
     * </pre>
     * Had the stimulus of trial 1 been on the right, its feedback would have been −1.
     */
    @Test
    void aNetworkIgnoringTheStimulusPlaysTheTrialsAsWorkedOutByHand() {
        RecurrentNetwork net = oneUnitRnn(0, 0, 2, 1, 3);
        TaskRnnPlayer player = new TaskRnnPlayer(net, shortTrials(), 3, 1);
        double h0 = Math.tanh(-0.1);
        double h1 = Math.tanh(Math.tanh(-2 + h0));
        double h2 = Math.tanh(Math.tanh(2 + h1));
        double h3 = Math.tanh(-0.1 + h2);
        double[] p = player.pRight(session(new int[]{1, -1, 1}, new int[]{1, -1, 1}), 4.0);
        assertThat(p[0]).isCloseTo(sigmoid(3 * h0), offset(1e-15));
        assertThat(p[1]).isCloseTo(sigmoid(3 * h1), offset(1e-15));
        assertThat(p[2]).isCloseTo(sigmoid(3 * h3), offset(1e-15));

        // its own outcome, not the mouse's: the mouse's choices change nothing, the stimulus side does
        double[] otherChoices = player.pRight(session(new int[]{1, -1, 1}, new int[]{-1, 1, 0}), 4.0);
        assertThat(otherChoices).containsExactly(p);
        double[] wrong = player.pRight(session(new int[]{1, 1, 1}, new int[]{1, -1, 1}), 4.0);
        double h2Wrong = Math.tanh(Math.tanh(-2 + h1));
        double pRightObs = sigmoid(3 * h2Wrong);
        assertThat(Math.max(pRightObs, 1 - pRightObs)).isGreaterThan(0.9); // acts on the first observation
        assertThat(wrong[2]).isCloseTo(pRightObs, offset(1e-15));
    }

    private static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
    }

    /**
     * A network that chooses the side with the larger first observation: P(right) = Φ(μ/√2) for a signed strength
     * μ = gain × c. With the copies stratified on the (right − left) noise only the one stratum holding the
     * decision boundary is uncertain, so every trial's estimate is within 1/M of Φ, and the mean over trials is
     * unbiased.
     */
    @Test
    void aComparatorNetworkFollowsThePsychometricFunctionOfTheGainWithinOneStratum() {
        RecurrentNetwork net = oneUnitRnn(-1000, 1000, 0, 0, 50);
        int worlds = 16;
        TaskRnnPlayer player = new TaskRnnPlayer(net, TaskConfig.defaults(), worlds, 2);
        double[] levels = {0.0, 0.0625, 0.25, 1.0};
        int per = 300;
        for (double gain : new double[]{1.0, 4.0}) {
            for (double level : levels) {
                for (int side : new int[]{-1, 1}) {
                    double[] c = new double[per];
                    int[] sides = new int[per];
                    Arrays.fill(c, side * level + 0.0);
                    Arrays.fill(sides, side);
                    ChoiceSession s = new ChoiceSession(7, c, sides, new int[per], new int[per], new double[per]);
                    double[] p = player.pRight(s, gain);
                    double expected = normalCdf(side * gain * level / Math.sqrt(2.0));
                    double mean = 0;
                    for (double v : p) {
                        // |tanh| < 0.995 only where |right − left| < 0.003: a further 0.002 of probability at most
                        assertThat(Math.abs(v - expected)).isLessThanOrEqualTo(1.0 / worlds + 0.005);
                        mean += v / per;
                    }
                    // each estimate is off by at most 1/M, uniformly within the stratum: sd ≤ 1/(M√12)
                    assertThat(mean).as("gain %s, contrast %s", gain, side * level)
                            .isCloseTo(expected, offset(4.0 / (worlds * Math.sqrt(12.0 * per)) + 0.002));
                }
            }
        }
    }

    @Test
    void theNoiseIsFixedByTheSeedSessionAndTrialAlone() {
        RecurrentNetwork net = oneUnitRnn(-1, 1.5, 0.5, 0.8, 4);
        ChoiceSession s = Sessions.random(3, 80, 0.1, new SplittableRandom(4));
        double[] a = new TaskRnnPlayer(net, TaskConfig.defaults(), 8, 5).pRight(s, 3.0);
        double[] b = new TaskRnnPlayer(net, TaskConfig.defaults(), 8, 5).pRight(s, 3.0);
        double[] other = new TaskRnnPlayer(net, TaskConfig.defaults(), 8, 6).pRight(s, 3.0);
        assertThat(b).containsExactly(a);
        assertThat(other).isNotEqualTo(a);
    }
}
