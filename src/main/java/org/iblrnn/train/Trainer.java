package org.iblrnn.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iblrnn.config.Params;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.task.SessionStats;
import org.iblrnn.task.SessionTable;

/**
 * Trains a network on the task by backpropagation through whole sessions.
 *
 * <p>Determinism: the sessions of gradient step s are drawn from generators seeded by (run seed, s, session
 * index); a batch's sessions run in parallel threads, each into its own gradient buffer, and the buffers are
 * summed in session order. Results therefore do not depend on the thread count, and a run resumed from the
 * checkpoint of step s continues exactly as the uninterrupted run would.
 */
public final class Trainer {

    private final Params params;
    private final RecurrentNetwork network;
    private final Optimizer optimizer;
    private final TrainingSchedule schedule;
    private final int maxThreads;

    /**
     * @param params    the run's parameters
     * @param network   the network to train (modified)
     * @param optimizer its optimizer, possibly restored from a checkpoint (modified)
     * @param schedule  when to log and save
     */
    public Trainer(Params params, RecurrentNetwork network, Optimizer optimizer, TrainingSchedule schedule) {
        this(params, network, optimizer, schedule, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As above, with at most {@code maxThreads} threads simulating a batch's sessions (results do not depend on it).
     */
    public Trainer(Params params, RecurrentNetwork network, Optimizer optimizer, TrainingSchedule schedule,
                   int maxThreads) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be >= 1 but was " + maxThreads);
        }
        this.params = params;
        this.network = network;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.maxThreads = maxThreads;
    }

    /** What happens during training, for the command to report and persist. */
    public interface Listener {
        /** After every gradient step. */
        default void stepDone(long step, SessionStats metrics) {
        }

        /** At the scalar interval, with the hidden states of the step's sessions (rows × H). */
        default void scalars(long step, SessionStats metrics, List<SessionTable> tables) {
        }

        /** At the progress interval. */
        default void progress(long step, SessionStats metrics) {
        }

        /** At the checkpoint interval, after the last step and on a stop request. */
        default void checkpoint(long step) {
        }
    }

    /** Outcome of {@link #train}. */
    public record Outcome(long lastStep, boolean stopped, SessionStats lastMetrics) {
    }

    /**
     * Takes gradient steps {@code firstStep .. endStep − 1}.
     *
     * @return the last finished step ({@code firstStep − 1} if none) and whether a stop request ended training early
     */
    public Outcome train(long firstStep, long endStep, StopSignal stop, Listener listener) {
        int batch = params.numSessions();
        List<SessionGradient> slots = newSlots();
        int threads = Math.min(batch, maxThreads);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ibl-rnn-session");
            t.setDaemon(true);
            return t;
        }) : null;
        double[] grad = new double[network.params().length];
        long last = firstStep - 1;
        SessionStats metrics = null;
        try {
            for (long step = firstStep; step < endStep; step++) {
                if (stop.isRequested()) {
                    listener.checkpoint(last);
                    return new Outcome(last, true, metrics);
                }
                List<SessionTable> tables = gradientStep(step, slots, pool, grad);
                metrics = SessionStats.of(tables);
                last = step;
                listener.stepDone(step, metrics);
                if (step % schedule.scalarsEvery() == 0) {
                    listener.scalars(step, metrics, tables);
                }
                if (step % schedule.progressEvery() == 0) {
                    listener.progress(step, metrics);
                }
                if (step % schedule.checkpointEvery() == 0 || step == endStep - 1) {
                    listener.checkpoint(step);
                }
            }
            return new Outcome(last, false, metrics);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private List<SessionGradient> sequentialSlots;
    private double[] sequentialGrad;

    /**
     * Takes gradient step {@code step} alone, simulating the batch's sessions on the calling thread (benchmarks,
     * embedding). Gives the same result as the step inside {@link #train}.
     *
     * @return the step's session tables
     */
    public List<SessionTable> step(long step) {
        if (sequentialSlots == null) {
            sequentialSlots = newSlots();
            sequentialGrad = new double[network.params().length];
        }
        return gradientStep(step, sequentialSlots, null, sequentialGrad);
    }

    /** One gradient buffer set per session of the batch. */
    private List<SessionGradient> newSlots() {
        List<SessionGradient> slots = new ArrayList<>(params.numSessions());
        for (int i = 0; i < params.numSessions(); i++) {
            slots.add(new SessionGradient(network, params.env(), params.lossFn()));
        }
        return slots;
    }

    /** Masks, forward + backward over the batch, fixed-order reduction, optimizer step. */
    private List<SessionTable> gradientStep(long step, List<SessionGradient> slots, ExecutorService pool, double[] grad) {
        network.applyMasks();
        int batch = slots.size();
        double scale = 1.0 / batch;
        long seed = params.run().seed();
        List<SessionTable> tables = new ArrayList<>(batch);
        if (pool == null) {
            for (int i = 0; i < batch; i++) {
                tables.add(slots.get(i).run(seed, step, i, scale));
            }
        } else {
            List<Future<SessionTable>> futures = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                final int index = i;
                futures.add(pool.submit(() -> slots.get(index).run(seed, step, index, scale)));
            }
            for (Future<SessionTable> f : futures) {
                try {
                    tables.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("training interrupted at step " + step, e);
                } catch (ExecutionException e) {
                    // the session's own exception (an OutOfMemoryError, a bug) is what the user must see
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("session failed at step " + step + ": " + e.getCause(), e.getCause());
                }
            }
        }
        java.util.Arrays.fill(grad, 0.0);
        for (SessionGradient slot : slots) {
            double[] g = slot.gradient();
            for (int k = 0; k < grad.length; k++) {
                grad[k] += g[k];
            }
        }
        optimizer.step(network.params(), grad);
        return tables;
    }

}
