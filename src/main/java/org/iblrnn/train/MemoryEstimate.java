package org.iblrnn.train;

import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.Safetensors;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;

/**
 * Estimates of the memory a configuration needs, checked before anything is allocated or written: a hidden size
 * or session length that cannot fit in the Java heap fails at once, naming its key, instead of as an
 * {@link OutOfMemoryError} after the run directory exists.
 *
 * <p>The training estimate adds up the arrays that training holds at the same time (listed in
 * {@link #trainingBytes}), for a session of average length, and nothing for the garbage collector's slack. It is
 * meant to sit just below the real need: a refused configuration would certainly fail, and an accepted one near
 * the limit may still fail, since the longest session of a run (not the average one) sets the final size of the
 * session buffers. Measured against the smallest {@code -Xmx} with which {@code train} takes 2 steps (G1 collector,
 * seed 1), the estimate was 75–89 % of it: RNNs of 50, 600, 1000 and 2000 units, a 600-unit GRU with Adam, a
 * 500-unit LSTM, 100 units on 100-block sessions. Another seed's longer sessions needed 15 % more (600 units).
 */
public final class MemoryEstimate {

    private static final String HIDDEN_SIZE = "model.kwargs.core_kwargs.hidden_size";
    private static final String BLOCKS = "env.kwargs.blocks_per_session";
    /** The heap a command uses before training allocates anything (classes' data, logging, parsed options). */
    static final double BASELINE_BYTES = 8e6;
    /**
     * Characters per optimizer-state value in a checkpoint's metadata: {@link Double#toString} of a gradient-sized
     * number ("-1.2345678901234567E-5", "0.012345678901234567") and a comma; a little below the typical 21-23.
     */
    static final double JSON_BYTES_PER_VALUE = 20;
    /** The int, double and boolean columns of a {@link org.iblrnn.task.SessionTable} row other than the state. */
    private static final double TABLE_BYTES_PER_ROW = 128;
    /** A trajectory's first capacity, doubled as needed ({@link org.iblrnn.model.Trajectory}). */
    private static final int TRAJECTORY_CAPACITY = 1024;

    /** What to change when the optimizer state cannot be stored in a checkpoint. */
    static final String STATELESS_OPTIMIZER_FIX = "lower " + "model.kwargs.core_kwargs.hidden_size"
            + ", or train with an optimizer that keeps no state (optimizer.optimizer=sgd with"
            + " optimizer.kwargs.momentum=0)";

    private MemoryEstimate() {
    }

    /** Number of network parameters (weights and biases), in long arithmetic so that no size overflows. */
    public static long parameterCount(ModelConfig m) {
        long g = m.architecture().gates;
        long h = m.hiddenSize();
        return g * h * m.inputSize() + g * h * h + 2 * g * h + (long) m.outputSize() * h + m.outputSize();
    }

    /**
     * The expected RNN steps of one session at the start of training, when every trial runs to its time-out:
     * blocks × mean block length (the truncated geometric distribution's mean) × steps per trial.
     */
    public static double sessionSteps(TaskConfig t) {
        return t.blocksPerSession() * meanBlockLength(t) * t.stepsPerTrial();
    }

    /** Mean of the block length: geometric with parameter p, redrawn until within [min, max]. */
    static double meanBlockLength(TaskConfig t) {
        double q = 1 - t.trialsPerBlockParam();
        double weight = 0;
        double sum = 0;
        double w = Math.pow(q, t.minTrialsPerBlock() - 1);
        for (int k = t.minTrialsPerBlock(); k <= t.maxTrialsPerBlock(); k++, w *= q) {
            weight += w;
            sum += k * w;
        }
        return weight > 0 ? sum / weight : t.minTrialsPerBlock();
    }

    /** Optimizer buffers of one parameter's size (e.g. 1 for SGD with momentum, 2 for Adam), as the optimizer keeps. */
    static int optimizerBuffers(OptimizerConfig c) {
        Optimizer probe = Optimizers.create(c, 1);
        probe.step(new double[1], new double[]{1.0});
        return probe.state().size();
    }

    /**
     * An estimate of the heap that training {@code p} needs, in bytes: what lives throughout training plus the
     * larger of the two passing peaks.
     * <ul>
     *   <li>shared: the parameters, the connectivity mask, the network's transposed core weights, the summed
     *       gradient and the optimizer buffers;</li>
     *   <li>per session of the batch (each has its own buffers, whatever the thread count): a gradient, the
     *       trajectory's transposed weights, the backpropagation's copy of W_hh and its gradient, and per step of
     *       the session the trajectory record (inputs, state, gate activations, outputs; its capacity doubles from
     *       1024), the gate gradients and the session table (hidden state and 16 other columns);</li>
     *   <li>a checkpoint: copies of the weights and optimizer buffers, the optimizer state as JSON text and the
     *       file header holding it (built, then copied);</li>
     *   <li>the TensorBoard variance spectrum: the hidden-state covariance and the eigen-decomposition's copy of it
     *       (H × H each), after concatenating the sessions' states;</li>
     *   <li>building a session table: its hidden-state column is copied out of the builder's, which is at least as
     *       long.</li>
     * </ul>
     */
    public static double trainingBytes(Params p) {
        return BASELINE_BYTES + resident(p).total()
                + Math.max(Math.max(checkpointBytes(p), spectrumBytes(p)), tableBuildBytes(p));
    }

    /** What training holds from its first step to its end, split into weights and the per-step session buffers. */
    private record Resident(double weights, double sessions) {
        double total() {
            return weights + sessions;
        }
    }

    private static Resident resident(Params p) {
        ModelConfig m = p.model();
        double h = m.hiddenSize();
        double gh = (double) m.architecture().gates * h;
        double params = 8.0 * parameterCount(m);
        double coreTransposed = 8.0 * gh * (m.inputSize() + h);
        double shared = params * (3 + optimizerBuffers(p.optimizer())) + coreTransposed;
        double perSlot = params + coreTransposed + 2 * 8.0 * gh * h + 4 * 8.0 * m.outputSize() * h;

        double steps = sessionSteps(p.env());
        boolean lstm = m.architecture() == Architecture.LSTM;
        boolean gru = m.architecture() == Architecture.GRU;
        double aux = gru ? 4 * h : lstm ? 5 * h : 0;
        double recordPerStep = 8.0 * (m.inputSize() + (lstm ? 2 : 1) * h + aux + m.outputSize());
        double trajectory = trajectoryCapacity(steps) * recordPerStep;
        double gateGradients = steps * 8.0 * gh * (gru ? 2 : 1);
        double table = steps * (8.0 * h + TABLE_BYTES_PER_ROW);
        return new Resident(shared + p.numSessions() * perSlot,
                p.numSessions() * (trajectory + gateGradients + table));
    }

    /** The trajectory's capacity after a session of {@code steps}: 1024 doubled until it holds them. */
    private static double trajectoryCapacity(double steps) {
        double cap = TRAJECTORY_CAPACITY;
        while (cap < steps) {
            cap *= 2;
        }
        return cap;
    }

    private static double checkpointBytes(Params p) {
        double params = 8.0 * parameterCount(p.model());
        double buffers = optimizerBuffers(p.optimizer());
        double text = JSON_BYTES_PER_VALUE * parameterCount(p.model()) * buffers;
        // weights clone, tensor copies, optimizer-state clones; the JSON text, the header bytes and their copy
        return params * (2 + buffers) + 3 * text;
    }

    private static double tableBuildBytes(Params p) {
        return sessionSteps(p.env()) * 8.0 * p.model().hiddenSize();
    }

    private static double spectrumBytes(Params p) {
        double h = p.model().hiddenSize();
        double concatenated = p.numSessions() > 1 ? p.numSessions() * sessionSteps(p.env()) * 8.0 * h : 0;
        return concatenated + 2 * 8.0 * h * h;
    }

    /**
     * Refuses a training configuration that cannot fit in the heap, naming the key to lower (the hidden size when
     * the weights dominate, the session length otherwise), and one whose optimizer state would not fit in a
     * checkpoint's metadata (its checkpoints could not be read back).
     *
     * @throws InvalidInputException naming the key, the estimate, the heap and how to raise it
     */
    public static void checkTraining(Params p) {
        long count = parameterCount(p.model());
        if (count > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(HIDDEN_SIZE + " = " + p.model().hiddenSize() + " gives " + count
                    + " parameters, more than one Java array can hold (2^31); lower " + HIDDEN_SIZE);
        }
        Resident r = resident(p);
        double total = trainingBytes(p);
        HeapMemory.require(total, r.weights() >= r.sessions() ? HIDDEN_SIZE : BLOCKS,
                "training a " + p.model().architecture().key() + " with " + p.model().hiddenSize() + " units ("
                        + count + " weights, with gradients, optimizer state and checkpoint copies) on "
                        + p.numSessions() + " session(s) of about " + Math.round(sessionSteps(p.env()))
                        + " RNN steps (backpropagation through time keeps every step)");
        long stateValues = count * optimizerBuffers(p.optimizer());
        if (JSON_BYTES_PER_VALUE * stateValues > Safetensors.MAX_HEADER) {
            throw new InvalidInputException(HIDDEN_SIZE + ": the optimizer state of a " + p.model().architecture().key()
                    + " with " + p.model().hiddenSize() + " units (" + stateValues + " values, about "
                    + HeapMemory.size(JSON_BYTES_PER_VALUE * stateValues) + " as text) would not fit in the metadata of"
                    + " a checkpoint (safetensors allows " + HeapMemory.size(Safetensors.MAX_HEADER) + "); "
                    + STATELESS_OPTIMIZER_FIX);
        }
    }

    /**
     * Refuses an analysis session of {@code blocks} blocks that cannot be held: more steps than an array can index,
     * or a hidden-state record larger than the heap.
     *
     * @throws InvalidInputException naming {@code --blocks}
     */
    public static void checkAnalysis(Params p, int blocks) {
        TaskConfig t = p.env().withBlocksPerSession(blocks);
        double perBlock = (double) t.maxTrialsPerBlock() * ((double) t.rnnStepsBeforeObs() + t.maxObsPerTrial()) * 2;
        if (blocks * perBlock > Integer.MAX_VALUE - 8) {
            long most = (long) ((Integer.MAX_VALUE - 8L) / perBlock);
            throw new InvalidInputException("--blocks " + blocks + " is too long a session to hold in memory (at most "
                    + most + " blocks with max_trials_per_block = " + t.maxTrialsPerBlock() + "); lower --blocks");
        }
        double bytes = sessionSteps(t) * 8.0 * (p.model().hiddenSize() + 16);
        HeapMemory.require(bytes, "--blocks", "recording the hidden states of a " + blocks + "-block session (about "
                + Math.round(sessionSteps(t)) + " RNN steps × " + p.model().hiddenSize() + " units)");
    }
}
