package org.iblrnn.analysis;

import org.iblrnn.io.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.iblrnn.train.TrainedNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one {@code analyze} works from: the trained network, the run's parameters, the analysis task
 * (the training task with many blocks), the RNN's long session, and a memo of every {@link Product} computed
 * from them. A product that fails is remembered as failed, so each figure needing it fails fast with the same
 * message while the figures that do not need it still render.
 */
public final class AnalysisContext {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisContext.class);

    private final Params params;
    private final RecurrentNetwork network;
    private final long checkpointStep;
    private final TaskConfig task;
    private final SessionTable rnnSession;
    private final long seed;
    private final AnalysisSettings settings;
    private final Map<Product<?>, Object> values = new ConcurrentHashMap<>();
    private final Map<Product<?>, RuntimeException> failures = new ConcurrentHashMap<>();
    private final Map<String, Double> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * @param params         the run's parameters (as trained)
     * @param network        the trained network (not modified by analyses)
     * @param checkpointStep the gradient step of the checkpoint analysed
     * @param task           the analysis task (e.g. 1000 blocks)
     * @param rnnSession     the network's session on {@code task}
     * @param seed           root seed of every analysis random stream (see {@link #random})
     */
    public AnalysisContext(Params params, RecurrentNetwork network, long checkpointStep, TaskConfig task,
                           SessionTable rnnSession, long seed) {
        this(params, network, checkpointStep, task, rnnSession, seed, AnalysisSettings.none());
    }

    private AnalysisContext(Params params, RecurrentNetwork network, long checkpointStep, TaskConfig task,
                            SessionTable rnnSession, long seed, AnalysisSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings);
        this.params = params;
        this.network = network;
        this.checkpointStep = checkpointStep;
        this.task = task;
        this.rnnSession = rnnSession;
        this.seed = seed;
    }

    /** Simulates {@code trained} on a fresh {@code blocks}-block session of its own task (stream "rnn_session" of {@code seed}). */
    public static AnalysisContext simulate(TrainedNetwork trained, int blocks, long seed) {
        return simulate(trained.params(), trained.network(), trained.step(), blocks, seed);
    }

    /**
     * Simulates the network's analysis session ({@code blocks} blocks of the run's task, from the named stream
     * "rnn_session" of {@code seed}) and wraps everything in a context.
     */
    public static AnalysisContext simulate(Params params, RecurrentNetwork network, long checkpointStep, int blocks,
                                           long seed) {
        if (blocks < 1) {
            throw new InvalidInputException("--blocks must be >= 1 but was " + blocks);
        }
        org.iblrnn.train.MemoryEstimate.checkAnalysis(params, blocks);
        TaskConfig task = params.env().withBlocksPerSession(blocks);
        org.iblrnn.task.GeneratedSession session = org.iblrnn.task.SessionGenerator.generate(task,
                Seeds.forAnalysis(seed, "rnn_session"));
        SessionTable table = org.iblrnn.task.SessionRunner.run(task, session, new org.iblrnn.model.RnnAgent(network),
                org.iblrnn.model.Losses.stepLoss(params.lossFn()), 0);
        return new AnalysisContext(params, network, checkpointStep, task, table, seed);
    }

    public Params params() {
        return params;
    }

    public RecurrentNetwork network() {
        return network;
    }

    public long checkpointStep() {
        return checkpointStep;
    }

    /** The analysis task (the run's task with the analysis number of blocks). */
    public TaskConfig task() {
        return task;
    }

    /** The RNN's analysis session. */
    public SessionTable rnnSession() {
        return rnnSession;
    }

    /** A deterministic generator for a named purpose (e.g. "bayesian_actor", "block-readout-split"). */
    public java.util.SplittableRandom random(String purpose) {
        return Seeds.forAnalysis(seed, purpose);
    }

    public long seed() {
        return seed;
    }

    /** Caching and external inputs (see {@link AnalysisSettings}). */
    public AnalysisSettings settings() {
        return settings;
    }

    /** The same session and network with other caching and external inputs, and no products computed yet. */
    public AnalysisContext withSettings(AnalysisSettings s) {
        return new AnalysisContext(params, network, checkpointStep, task, rnnSession, seed, s);
    }

    /** The product's value, computing it (once) if needed. */
    @SuppressWarnings("unchecked")
    public <T> T get(Product<T> product) {
        Object v = values.get(product);
        if (v != null) {
            return (T) v;
        }
        RuntimeException failed = failures.get(product);
        if (failed != null) {
            throw new ProductFailedException(product.name(), failed);
        }
        synchronized (lockFor(product)) {
            v = values.get(product);
            if (v != null) {
                return (T) v;
            }
            long t0 = System.nanoTime();
            try {
                T value = product.compute(this);
                if (value == null) {
                    throw new IllegalStateException("product " + product.name() + " computed null");
                }
                values.put(product, value);
                return value;
            } catch (ProductFailedException e) {
                failures.put(product, e);
                throw e;
            } catch (RuntimeException e) {
                failures.put(product, e);
                LOG.warn("Analysis product '{}' failed: {}", product.name(), e.toString());
                throw new ProductFailedException(product.name(), e);
            } finally {
                timings.put(product.name(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private final Map<Product<?>, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(Product<?> p) {
        return locks.computeIfAbsent(p, k -> new Object());
    }

    /** Seconds spent computing each product (including the products it asked for). */
    public Map<String, Double> timings() {
        synchronized (timings) {
            return new LinkedHashMap<>(timings);
        }
    }

    /** Names and messages of the products that failed. */
    public Map<String, String> failures() {
        Map<String, String> out = new LinkedHashMap<>();
        failures.forEach((p, e) -> out.put(p.name(), e.getMessage()));
        return out;
    }
}
