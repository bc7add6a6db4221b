package org.iblrnn.analysis.reduced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.OptimizerKind;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.Bptt;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraditionalDistillationTest {

    /** A short task (2 blocks of 20 trials) so that a step is cheap. */
    private static final TaskConfig TASK = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02,
            2, 20, 20, 10, 2, -0.05);

    /** A teacher that reacts to its inputs: a random 6-unit rnn with a strong readout. */
    private static RecurrentNetwork teacher() {
        RecurrentNetwork t = RecurrentNetwork.initialise(ModelConfig.defaults().withHiddenSize(6), new SplittableRandom(7));
        int w = t.layout().readoutWeight();
        for (int i = 0; i < 12; i++) {
            t.params()[w + i] *= 6.0;
        }
        for (int i = 0; i < 6; i++) { // right evidence pushes the right logit up
            t.params()[t.layout().weightIh() + i * 3 + 1] += 1.5 * Math.signum(t.params()[w + 6 + i] - t.params()[w + i]);
            t.params()[t.layout().weightIh() + i * 3] -= 1.5 * Math.signum(t.params()[w + 6 + i] - t.params()[w + i]);
        }
        return t;
    }

    @Test
    void softCrossEntropyGradientMatchesFiniteDifferencesThroughBptt() {
        RecurrentNetwork net = RecurrentNetwork.initialise(ModelConfig.defaults().withHiddenSize(2), new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(4);
        int n = 15;
        double[][] in = new double[n][3];
        double[] q = new double[2 * n];
        for (int t = 0; t < n; t++) {
            in[t] = new double[]{rng.nextGaussian(), rng.nextGaussian(), rng.nextDouble() - 0.5};
            q[2 * t] = rng.nextDouble();
            q[2 * t + 1] = 1 - q[2 * t];
        }
        double[] grad = new double[net.params().length];
        Trajectory traj = new Trajectory(net);
        double[] p = new double[2 * n];
        double[] dz = new double[2 * n];
        loss(net, traj, in, q, p, dz);
        new Bptt(net.layout()).accumulateGradient(traj, dz, grad);
        double h = 1e-6;
        for (int i = 0; i < grad.length; i++) {
            double old = net.params()[i];
            net.params()[i] = old + h;
            double up = loss(net, new Trajectory(net), in, q, new double[2 * n], new double[2 * n]);
            net.params()[i] = old - h;
            double down = loss(net, new Trajectory(net), in, q, new double[2 * n], new double[2 * n]);
            net.params()[i] = old;
            assertThat(grad[i]).as("parameter %d", i).isCloseTo((up - down) / (2 * h), within(1e-7));
        }
    }

    private static double loss(RecurrentNetwork net, Trajectory traj, double[][] in, double[] q, double[] p, double[] dz) {
        int n = in.length;
        double[] probs = new double[2];
        traj.reset();
        for (int t = 0; t < n; t++) {
            traj.step(in[t], probs);
            p[2 * t] = probs[0];
            p[2 * t + 1] = probs[1];
        }
        double l = 0;
        for (int t = 0; t < n; t++) {
            l += SoftCrossEntropy.gradient(p, q, 2 * t, 2, 1.0 / n, dz);
        }
        return l / n;
    }

    @Test
    void distilledLossFalls() {
        OptimizerConfig fast = new OptimizerConfig(OptimizerKind.SGD, 0.05, 0.5, 0, false, 0, 0.9, 0.999, 1e-8, 0.99, "test");
        int steps = 400;
        TraditionalDistillation.Result r = TraditionalDistillation.train(teacher(), TASK, steps, 1, fast);
        double[] l = r.losses();
        assertThat(l).hasSize(steps);
        int k = 50;
        double[] first = java.util.Arrays.copyOfRange(l, 0, k);
        double[] last = java.util.Arrays.copyOfRange(l, steps - k, steps);
        double se = Math.sqrt(var(first) / k + var(last) / k);
        assertThat(mean(first) - mean(last)).as("loss drop vs 5 SE %s", 5 * se).isGreaterThan(5 * se);
        assertThat(r.finalLoss(k)).isCloseTo(mean(last), within(1e-12));
        assertThat(r.student().hiddenSize()).isEqualTo(2);
    }

    @Test
    void trainingIsDeterministicAndTheCacheIsReusedOnlyWhenComplete(@TempDir Path dir) throws Exception {
        RecurrentNetwork teacher = teacher();
        TraditionalDistillation.Result a = TraditionalDistillation.trainOrLoad(dir, teacher, TASK, 30, 5);
        Path file = TraditionalDistillation.cacheFile(dir, 30);
        assertThat(file).exists().hasFileName("traditionally_distilled_30.safetensors");
        TraditionalDistillation.Result b = TraditionalDistillation.train(teacher, TASK, 30, 5);
        assertThat(b.student().params()).containsExactly(a.student().params());
        assertThat(b.losses()).containsExactly(a.losses());
        TraditionalDistillation.Result loaded = TraditionalDistillation.trainOrLoad(dir, teacher, TASK, 30, 5);
        assertThat(loaded.student().params()).containsExactly(a.student().params());
        assertThat(loaded.losses()).containsExactly(a.losses());
        // a cache for another teacher is not reused
        RecurrentNetwork other = teacher();
        other.params()[0] += 0.1;
        assertThat(TraditionalDistillation.read(file, other.config(), 30, 5, TraditionalDistillation.fingerprint(other)))
                .isNull();
        // an unfinished cache (fewer completed steps) is not reused
        TraditionalDistillation.Result partial = new TraditionalDistillation.Result(a.student(),
                java.util.Arrays.copyOf(a.losses(), 12));
        TraditionalDistillation.write(file, partial, 30, 5, TraditionalDistillation.fingerprint(teacher));
        assertThat(TraditionalDistillation.read(file, teacher.config(), 30, 5, TraditionalDistillation.fingerprint(teacher)))
                .isNull();
        TraditionalDistillation.Result retrained = TraditionalDistillation.trainOrLoad(dir, teacher, TASK, 30, 5);
        assertThat(retrained.losses()).hasSize(30).containsExactly(a.losses());
        assertThat(Files.list(dir).count()).isEqualTo(1);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double var(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
