package org.iblrnn.model;

import java.util.SplittableRandom;
import org.iblrnn.config.LossKind;
import org.iblrnn.config.ModelConfig;

/**
 * A micro-measurement of one training session's cost (forward recording + loss gradient + BPTT) on random
 * task-like inputs, for performance checks from a shell or a CLI; it prints nothing and asserts nothing.
 * Wall-clock based, so only indicative (JIT warm-up is included in the untimed warm-up sessions).
 */
public final class BpttTiming {

    /**
     * Mean per-session times in milliseconds of the measuring thread's CPU time (less sensitive than wall-clock
     * time to other processes on a shared machine).
     *
     * @param forwardMillis  recording the session (trajectory steps and per-step loss gradients)
     * @param backwardMillis backpropagation through time
     * @param wallMillis     wall-clock time of forward plus backward
     */
    public record Result(double forwardMillis, double backwardMillis, double wallMillis) {

        public double totalMillis() {
            return forwardMillis + backwardMillis;
        }
    }

    private BpttTiming() {
    }

    /**
     * Times {@code sessions} sessions of {@code steps} steps after {@code warmup} untimed ones.
     *
     * @param config  model to time (randomly initialised from {@code seed})
     * @param steps   steps per session (≈ 700 for a 4-block training session)
     * @param warmup  untimed sessions first (a few hundred let the JIT compile the kernels)
     * @param sessions timed sessions
     */
    public static Result measure(ModelConfig config, int steps, int warmup, int sessions, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        RecurrentNetwork net = RecurrentNetwork.initialise(config, rng);
        Trajectory traj = new Trajectory(net);
        Bptt bptt = new Bptt(net.layout());
        double[][] inputs = new double[steps][];
        int[] correct = new int[steps];
        for (int t = 0; t < steps; t++) {
            boolean blank = t % 12 < 2;
            inputs[t] = new double[]{blank ? 0 : rng.nextGaussian(), blank ? 0 : rng.nextGaussian(),
                    rng.nextDouble(-1, 1)};
            correct[t] = rng.nextInt(2);
        }
        double[] probs = new double[net.outputSize()];
        double[] dLogits = new double[steps * net.outputSize()];
        double[] grad = new double[net.layout().size()];
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long forward = 0;
        long backward = 0;
        long wall = 0;
        double sink = 0;
        for (int s = 0; s < warmup + sessions; s++) {
            long w0 = System.nanoTime();
            long t0 = bean.getCurrentThreadCpuTime();
            traj.reset();
            for (int t = 0; t < steps; t++) {
                traj.step(inputs[t], probs);
                Losses.gradient(LossKind.NLL, probs, 0, probs.length, correct[t], 1.0 / steps, dLogits,
                        t * probs.length);
            }
            long t1 = bean.getCurrentThreadCpuTime();
            java.util.Arrays.fill(grad, 0.0);
            bptt.accumulateGradient(traj, dLogits, grad);
            long t2 = bean.getCurrentThreadCpuTime();
            long w2 = System.nanoTime();
            sink += grad[0];
            if (s >= warmup) {
                forward += t1 - t0;
                backward += t2 - t1;
                wall += w2 - w0;
            }
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("gradient became NaN while timing " + config);
        }
        return new Result(forward / 1e6 / sessions, backward / 1e6 / sessions, wall / 1e6 / sessions);
    }
}
