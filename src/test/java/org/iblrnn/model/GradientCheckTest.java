package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.LossKind;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * BPTT against central finite differences of the session loss, for every architecture and loss, on random small
 * networks and inputs with blank (zero-loss) steps, as the trainer will use it: loss = Σ_t w_t L_t / T.
 */
class GradientCheckTest {

    private static final int HIDDEN = 5;
    private static final int STEPS = 25;
    private static final double EPS = 1e-5;
    // central differences: truncation O(EPS²)·|f'''| ~ 1e-10, round-off ~ 1e-16/EPS ~ 1e-11
    private static final double REL_TOL = 1e-6;
    private static final double ABS_TOL = 1e-9;

    static Stream<Arguments> cases() {
        return Stream.of(Architecture.values())
                .flatMap(a -> Stream.of(LossKind.values()).map(l -> Arguments.of(a, l)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void bpttMatchesFiniteDifferences(Architecture arch, LossKind loss) {
        long seed = 1000L + arch.ordinal() * 10L + loss.ordinal();
        SplittableRandom rng = new SplittableRandom(seed);
        ModelConfig config = ModelConfig.defaults().withArchitecture(arch).withHiddenSize(HIDDEN);
        RecurrentNetwork net = RecurrentNetwork.initialise(config, rng);
        double[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 2.5; // larger weights exercise the nonlinearities away from their linear range
        }
        double[][] inputs = new double[STEPS][3];
        int[] correct = new int[STEPS];
        double[] weight = new double[STEPS];
        for (int t = 0; t < STEPS; t++) {
            boolean blank = t % 6 < 2;
            inputs[t][0] = blank ? 0.0 : rng.nextGaussian() + 1.0;
            inputs[t][1] = blank ? 0.0 : rng.nextGaussian();
            inputs[t][2] = t == 0 ? 0.0 : rng.nextDouble(-1.0, 1.0);
            correct[t] = rng.nextInt(2);
            weight[t] = blank ? 0.0 : 1.0 / STEPS;
        }

        Trajectory traj = new Trajectory(net);
        double[] probs = new double[2];
        double[] dLogits = new double[STEPS * 2];
        for (int t = 0; t < STEPS; t++) {
            traj.step(inputs[t], probs);
            Losses.gradient(loss, probs, 0, 2, correct[t], weight[t], dLogits, 2 * t);
        }
        double[] grad = new double[p.length];
        new Bptt(net.layout()).accumulateGradient(traj, dLogits, grad);

        int nonTrivial = 0;
        for (int i = 0; i < p.length; i++) {
            double saved = p[i];
            p[i] = saved + EPS;
            double up = sessionLoss(net, loss, inputs, correct, weight);
            p[i] = saved - EPS;
            double down = sessionLoss(net, loss, inputs, correct, weight);
            p[i] = saved;
            double fd = (up - down) / (2 * EPS);
            assertThat(Math.abs(grad[i] - fd))
                    .as("%s/%s parameter %d: bptt %s vs finite difference %s", arch, loss, i, grad[i], fd)
                    .isLessThanOrEqualTo(REL_TOL * (Math.abs(grad[i]) + Math.abs(fd)) + ABS_TOL);
            if (Math.abs(fd) > 1e-4) {
                nonTrivial++;
            }
        }
        assertThat(nonTrivial).as("most gradient components are clearly non-zero").isGreaterThan(p.length / 2);
    }

    private static double sessionLoss(RecurrentNetwork net, LossKind loss, double[][] inputs, int[] correct,
                                      double[] weight) {
        RnnAgent agent = new RnnAgent(net);
        agent.reset();
        double[] probs = new double[2];
        double total = 0.0;
        for (int t = 0; t < inputs.length; t++) {
            agent.step(inputs[t], probs);
            total += weight[t] * Losses.value(loss, probs, 0, 2, correct[t]);
        }
        return total;
    }
}
