package org.iblrnn.analysis.reduced;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.NamedArray;
import org.iblrnn.io.Safetensors;
import org.iblrnn.model.Bptt;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.model.Trajectory;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.iblrnn.task.GeneratedSession;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Traditional" distillation: a small network of the teacher's architecture is trained to match
 * the teacher's action probabilities, not its representations, for comparison with RADD.
 *
 * <p>Each step plays the teacher closed-loop in a fresh session of the training task, feeds the student the same
 * input sequence (observations and previous rewards), and takes one SGD step on the time-mean soft cross-entropy
 * over all steps (blank steps included), backpropagated through the whole session. Teacher sessions do not depend
 * on the student, so they are played on a second thread ahead of the student's updates; the result is identical
 * to a sequential run. Everything is derived from one seed.
 *
 * <p>The result is cached as {@code traditionally_distilled_<steps>.safetensors} (student weights plus the loss
 * curve, written atomically once training has finished); a cache made for another teacher, another number of
 * steps or another seed is ignored and replaced.
 */
public final class TraditionalDistillation {

    private static final Logger LOG = LoggerFactory.getLogger(TraditionalDistillation.class);

    /** The original's number of gradient steps. */
    public static final int DEFAULT_STEPS = 10_001;
    /** The original's student optimizer: SGD, lr 1e-3, momentum 0.1. */
    public static final OptimizerConfig OPTIMIZER = OptimizerConfig.defaults();
    /** The student's hidden size. */
    public static final int STUDENT_HIDDEN = 2;

    static final String FORMAT = "ibl-rnn-traditionally-distilled/1";
    static final String LOSSES = "training_losses";

    /**
     * A trained student.
     *
     * @param student the 2-unit network
     * @param losses  the loss of every gradient step, measured before that step's update
     */
    public record Result(RecurrentNetwork student, double[] losses) {

        /** Mean loss of the last {@code n} steps (the curve is noisy: each step sees a different session). */
        public double finalLoss(int n) {
            int from = Math.max(0, losses.length - n);
            double s = 0.0;
            for (int i = from; i < losses.length; i++) {
                s += losses[i];
            }
            return s / (losses.length - from);
        }
    }

    private TraditionalDistillation() {
    }

    /** The cache file for a number of steps. */
    public static Path cacheFile(Path dir, int steps) {
        return dir.resolve("traditionally_distilled_" + steps + ".safetensors");
    }

    /**
     * The cached student if {@code cacheDir} holds a finished one for this teacher, steps and seed; otherwise trains
     * one and (if {@code cacheDir} is not null) caches it.
     */
    public static Result trainOrLoad(Path cacheDir, RecurrentNetwork teacher, TaskConfig task, int steps, long seed) {
        String teacherId = fingerprint(teacher);
        if (cacheDir != null) {
            Path file = cacheFile(cacheDir, steps);
            if (Files.isRegularFile(file)) {
                try {
                    Result cached = read(file, teacher.config(), steps, seed, teacherId);
                    if (cached != null) {
                        LOG.info("Loaded the traditionally distilled model from {}", file);
                        return cached;
                    }
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("Ignoring unreadable distillation cache {}: {}", file, e.getMessage());
                }
            }
        }
        long t0 = System.nanoTime();
        Result r = train(teacher, task, steps, seed);
        LOG.info("Trained the traditionally distilled model for {} steps in {} s (final loss {})", steps,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9), r.finalLoss(100));
        if (cacheDir != null) {
            Path file = cacheFile(cacheDir, steps);
            try {
                Files.createDirectories(cacheDir);
                write(file, r, steps, seed, teacherId);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the distillation cache " + file + ": " + e.getMessage(), e);
            }
        }
        return r;
    }

    /**
     * Trains a student from scratch.
     *
     * @param teacher the network to distil (only read)
     * @param task    the task whose sessions the teacher plays (the run's training task: 4 blocks per session)
     * @param steps   number of gradient steps (≥ 1)
     * @param seed    root of the student initialisation and the teacher sessions
     */
    public static Result train(RecurrentNetwork teacher, TaskConfig task, int steps, long seed) {
        return train(teacher, task, steps, seed, OPTIMIZER);
    }

    /** As {@link #train(RecurrentNetwork, TaskConfig, int, long)} with another optimizer. */
    public static Result train(RecurrentNetwork teacher, TaskConfig task, int steps, long seed,
                               OptimizerConfig optimizer) {
        if (steps < 1) {
            throw new IllegalArgumentException("distillation needs at least 1 gradient step but got " + steps);
        }
        ModelConfig cfg = teacher.config().withHiddenSize(STUDENT_HIDDEN);
        cfg = new ModelConfig(cfg.architecture(), cfg.inputSize(), cfg.outputSize(), 1, STUDENT_HIDDEN, "default",
                "none", "none", "none");
        RecurrentNetwork student = RecurrentNetwork.initialise(cfg, Seeds.forAnalysis(seed, "distillation/init"));
        long sessionSeed = Seeds.forAnalysis(seed, "distillation/sessions").nextLong();
        Optimizer opt = Optimizers.create(optimizer, student.params().length);
        Trajectory traj = new Trajectory(student);
        Bptt bptt = new Bptt(student.layout());
        double[] grad = new double[student.params().length];
        double[] losses = new double[steps];
        double[] in = new double[3];
        double[] probs = new double[2];
        double[] p = new double[0];
        double[] q = new double[0];
        double[] dz = new double[0];

        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        Thread producer = new Thread(() -> {
            RnnAgent agent = new RnnAgent(teacher);
            try {
                for (int s = 0; s < steps; s++) {
                    GeneratedSession session = SessionGenerator.generate(task, Seeds.forSession(sessionSeed, s, 0));
                    queue.put(SessionRunner.run(task, session, agent, null, 0));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                queue.offer(e);
            }
        }, "distillation-teacher");
        producer.setDaemon(true);
        producer.start();
        try {
            for (int s = 0; s < steps; s++) {
                Object item = queue.poll(10, TimeUnit.MINUTES);
                if (item instanceof RuntimeException e) {
                    throw new IllegalStateException("the teacher failed to play distillation session " + s + ": " + e, e);
                }
                if (item == null) {
                    throw new IllegalStateException("the teacher produced no session " + s + " within 10 minutes");
                }
                SessionTable t = (SessionTable) item;
                int n = t.rows();
                if (p.length < 2 * n) {
                    p = new double[4 * n];
                    q = new double[4 * n];
                    dz = new double[4 * n];
                }
                double[] l = t.leftStimulus();
                double[] r = t.rightStimulus();
                double[] f = t.feedback();
                double[] pl = t.leftActionProb();
                double[] pr = t.rightActionProb();
                traj.reset();
                for (int k = 0; k < n; k++) {
                    in[0] = l[k];
                    in[1] = r[k];
                    in[2] = f[k];
                    traj.step(in, probs);
                    p[2 * k] = probs[0];
                    p[2 * k + 1] = probs[1];
                    q[2 * k] = pl[k];
                    q[2 * k + 1] = pr[k];
                }
                double loss = 0.0;
                double scale = 1.0 / n;
                for (int k = 0; k < n; k++) {
                    loss += SoftCrossEntropy.gradient(p, q, 2 * k, 2, scale, dz);
                }
                losses[s] = loss / n;
                Arrays.fill(grad, 0.0);
                bptt.accumulateGradient(traj, dz, grad);
                opt.step(student.params(), grad);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("distillation interrupted", e);
        } finally {
            producer.interrupt();
        }
        return new Result(student, losses);
    }

    /** A stable identity of the teacher's weights (so a cache made for another checkpoint is not reused). */
    static String fingerprint(RecurrentNetwork net) {
        long h = 0xcbf29ce484222325L;
        for (double v : net.params()) {
            h = (h ^ Double.doubleToLongBits(v)) * 0x100000001b3L;
        }
        return net.architecture().key() + "-" + net.hiddenSize() + "-" + Long.toHexString(h);
    }

    static void write(Path file, Result r, int steps, long seed, String teacherId) throws IOException {
        LinkedHashMap<String, NamedArray> tensors = new LinkedHashMap<>();
        double[] w = r.student().params();
        for (ParameterLayout.Tensor t : r.student().layout().tensors()) {
            tensors.put(t.name(), new NamedArray(t.shape(), Arrays.copyOfRange(w, t.offset(), t.offset() + t.size())));
        }
        tensors.put(LOSSES, NamedArray.vector(r.losses()));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("steps", Integer.toString(steps));
        meta.put("steps_completed", Integer.toString(r.losses().length));
        meta.put("seed", Long.toString(seed));
        meta.put("teacher", teacherId);
        meta.put("architecture", r.student().architecture().key());
        Safetensors.write(file, tensors, meta);
    }

    /** The cached result, or null if the file is for another teacher/steps/seed or did not finish training. */
    static Result read(Path file, ModelConfig teacherConfig, int steps, long seed, String teacherId) throws IOException {
        Safetensors.Contents c = Safetensors.read(file);
        Map<String, String> m = c.metadata();
        if (!FORMAT.equals(m.get("format")) || !Integer.toString(steps).equals(m.get("steps"))
                || !Integer.toString(steps).equals(m.get("steps_completed")) || !Long.toString(seed).equals(m.get("seed"))
                || !teacherId.equals(m.get("teacher"))) {
            LOG.info("Distillation cache {} does not match (steps {}, seed {}, teacher {}); retraining", file,
                    m.get("steps_completed"), m.get("seed"), m.get("teacher"));
            return null;
        }
        ModelConfig cfg = new ModelConfig(teacherConfig.architecture(), teacherConfig.inputSize(),
                teacherConfig.outputSize(), 1, STUDENT_HIDDEN, "default", "none", "none", "none");
        ParameterLayout layout = ParameterLayout.of(cfg);
        double[] w = new double[layout.size()];
        for (ParameterLayout.Tensor t : layout.tensors()) {
            NamedArray a = c.tensors().get(t.name());
            if (a == null || !Arrays.equals(a.shape(), t.shape())) {
                throw new org.iblrnn.io.InvalidInputException("distillation cache " + file + " lacks tensor " + t.name()
                        + " of shape " + Arrays.toString(t.shape()) + "; delete it to retrain");
            }
            System.arraycopy(a.data(), 0, w, t.offset(), t.size());
        }
        NamedArray losses = c.tensors().get(LOSSES);
        if (losses == null || losses.data().length != steps) {
            return null;
        }
        return new Result(RecurrentNetwork.of(cfg, w), losses.data());
    }
}
