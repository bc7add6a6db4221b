package org.iblrnn.train;

import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.InvalidInputException;

/**
 * Lower bounds of the memory a configuration needs, checked before anything is allocated or written: a hidden size
 * or session length that cannot fit in the Java heap fails at once, naming its key, instead of as an
 * {@link OutOfMemoryError} after the run directory exists. The bounds count only the largest arrays (weights,
 * per-session gradients, optimizer state, and the backpropagation-through-time record of every step of a session),
 * so a configuration refused here would certainly fail; one accepted may still need more.
 */
public final class MemoryEstimate {

    private static final String HIDDEN_SIZE = "model.kwargs.core_kwargs.hidden_size";
    private static final String BLOCKS = "env.kwargs.blocks_per_session";

    private MemoryEstimate() {
    }

    /** Number of network parameters (weights and biases), in long arithmetic so that no size overflows. */
    public static long parameterCount(ModelConfig m) {
        long g = m.architecture().gates;
        long h = m.hiddenSize();
        return g * h * m.inputSize() + g * h * h + 2 * g * h + (long) m.outputSize() * h + m.outputSize();
    }

    /** The expected RNN steps of one session: blocks × typical block length × steps per trial. */
    public static double sessionSteps(TaskConfig t) {
        double meanBlock = Math.min(t.maxTrialsPerBlock(), Math.max(t.minTrialsPerBlock(), 1 / t.trialsPerBlockParam()));
        return (double) t.blocksPerSession() * meanBlock * ((double) t.rnnStepsBeforeObs() + t.maxObsPerTrial());
    }

    /** Bytes one recorded step of a session takes in training (inputs, state, gate activations, their gradients). */
    private static double bytesPerTrainingStep(ModelConfig m) {
        return 8.0 * (m.inputSize() + m.outputSize() + (double) m.hiddenSize() * (1 + 2 * m.architecture().gates));
    }

    /** A lower bound of what training {@code p} needs, in bytes. */
    public static double trainingBytes(Params p) {
        double params = 8.0 * parameterCount(p.model());
        // weights, one gradient per session of the batch, the summed gradient, up to two optimizer buffers
        double weights = params * (4 + p.numSessions());
        double trajectories = p.numSessions() * sessionSteps(p.env()) * bytesPerTrainingStep(p.model());
        return weights + trajectories;
    }

    /**
     * Refuses a training configuration that cannot fit in the heap, naming the key to lower (the hidden size when
     * the weights alone do not fit, the session length otherwise).
     *
     * @throws InvalidInputException naming the key, the estimate, the heap and how to raise it
     */
    public static void checkTraining(Params p) {
        long count = parameterCount(p.model());
        if (count > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(HIDDEN_SIZE + " = " + p.model().hiddenSize() + " gives " + count
                    + " parameters, more than one Java array can hold (2^31); lower " + HIDDEN_SIZE);
        }
        double weights = 8.0 * count * (4 + p.numSessions());
        HeapMemory.require(weights, HIDDEN_SIZE, "a " + p.model().architecture().key() + " with "
                + p.model().hiddenSize() + " units (" + count + " weights, with gradients and optimizer state)");
        HeapMemory.require(trainingBytes(p), weights > trainingBytes(p) / 2 ? HIDDEN_SIZE : BLOCKS,
                "training " + p.numSessions() + " session(s) of about " + Math.round(sessionSteps(p.env()))
                        + " RNN steps at hidden size " + p.model().hiddenSize() + " (backpropagation through time"
                        + " keeps every step)");
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
