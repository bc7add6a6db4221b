package org.iblrnn.model;

import java.util.Arrays;
import org.iblrnn.config.Architecture;
import org.iblrnn.task.Agent;

/**
 * A network playing one session while recording everything backpropagation through time needs: each step's
 * input, hidden state (and LSTM cell state), gate activations and output probabilities.
 *
 * <p>The environment drives it step by step through the {@link Agent} interface, because the task reacts to the
 * model (the next input's feedback depends on this step's output); the recorded inputs are then constants for
 * {@link Bptt}. Buffers grow on demand and are reused across sessions, so steady-state training allocates
 * nothing. The exposed state is h (length H); an LSTM keeps c internally.
 *
 * <p>The core weights are read when the trajectory is created and at every {@link #reset()} (the start of a
 * session); do not change the parameters between the forward pass and the gradient computation. Not thread-safe: one trajectory per concurrently played session.
 */
public final class Trajectory implements Agent {

    private static final int INITIAL_CAPACITY = 1024;

    private final RecurrentNetwork network;
    private final Cell cell;
    private final int in;
    private final int hid;
    private final int out;
    private final int auxLen;
    private final boolean lstm;
    private final double[] zeros;
    private int capacity;
    private int length;
    private double[] inputs;
    private double[] hidden;
    private double[] cells;
    private double[] aux;
    private double[] probs;

    public Trajectory(RecurrentNetwork network) {
        this.network = network;
        this.cell = network.newCell();
        this.in = network.inputSize();
        this.hid = network.hiddenSize();
        this.out = network.outputSize();
        this.auxLen = Cell.auxSize(network.architecture(), hid);
        this.lstm = network.architecture() == Architecture.LSTM;
        this.zeros = new double[hid];
        allocate(INITIAL_CAPACITY);
        cell.snapshot(network.params());
    }

    private void allocate(int cap) {
        capacity = cap;
        inputs = inputs == null ? new double[cap * in] : Arrays.copyOf(inputs, cap * in);
        hidden = hidden == null ? new double[cap * hid] : Arrays.copyOf(hidden, cap * hid);
        cells = lstm ? (cells == null ? new double[cap * hid] : Arrays.copyOf(cells, cap * hid)) : null;
        aux = aux == null ? new double[cap * auxLen] : Arrays.copyOf(aux, cap * auxLen);
        probs = probs == null ? new double[cap * out] : Arrays.copyOf(probs, cap * out);
    }

    public RecurrentNetwork network() {
        return network;
    }

    /**
     * Forgets the recorded steps; the next step starts from the zero state. Also re-reads the network's core
     * weights, which the trajectory snapshots for speed: call it after every parameter update.
     */
    @Override
    public void reset() {
        length = 0;
        cell.snapshot(network.params());
    }

    /**
     * Advances one step from the last recorded state (zero at the start) and records it.
     *
     * @param input    length {@code inputSize} (input, not modified; copied into the record)
     * @param probsOut receives the output probabilities (output, modified)
     */
    @Override
    public void step(double[] input, double[] probsOut) {
        if (input.length != in || probsOut.length != out) {
            throw new IllegalArgumentException("Trajectory.step needs an input of length " + in
                    + " and probsOut of length " + out + " but got " + input.length + " and " + probsOut.length);
        }
        if (length == capacity) {
            allocate(capacity * 2);
        }
        int t = length;
        System.arraycopy(input, 0, inputs, t * in, in);
        double[] hPrev = t == 0 ? zeros : hidden;
        int hPrevOff = t == 0 ? 0 : (t - 1) * hid;
        double[] cPrev = lstm ? (t == 0 ? zeros : cells) : null;
        int cPrevOff = t == 0 ? 0 : (t - 1) * hid;
        cell.step(network.params(), inputs, t * in, hPrev, hPrevOff, cPrev, cPrevOff, hidden, t * hid, cells,
                t * hid, aux, t * auxLen, null, 0, probs, t * out);
        System.arraycopy(probs, t * out, probsOut, 0, out);
        length = t + 1;
    }

    /** H: the analysed state is the hidden state. */
    @Override
    public int stateSize() {
        return hid;
    }

    /** Copies h after the last step (zeros before the first) into {@code out[offset .. offset + H)}. */
    @Override
    public void copyState(double[] outArr, int offset) {
        if (length == 0) {
            Arrays.fill(outArr, offset, offset + hid, 0.0);
        } else {
            System.arraycopy(hidden, (length - 1) * hid, outArr, offset, hid);
        }
    }

    /** Number of recorded steps. */
    public int length() {
        return length;
    }

    /** Copies h after step t into {@code out[off .. off + H)}. */
    public void copyHidden(int t, double[] outArr, int off) {
        checkStep(t);
        System.arraycopy(hidden, t * hid, outArr, off, hid);
    }

    /** Copies the LSTM cell state c after step t into {@code out[off .. off + H)}. */
    public void copyCell(int t, double[] outArr, int off) {
        checkStep(t);
        if (!lstm) {
            throw new IllegalStateException("only an lstm has a cell state; this trajectory is a "
                    + network.architecture().key());
        }
        System.arraycopy(cells, t * hid, outArr, off, hid);
    }

    /** Output probability k at step t. */
    public double prob(int t, int k) {
        checkStep(t);
        return probs[t * out + k];
    }

    /** Input component k at step t. */
    public double input(int t, int k) {
        checkStep(t);
        return inputs[t * in + k];
    }

    private void checkStep(int t) {
        if (t < 0 || t >= length) {
            throw new IllegalArgumentException("step " + t + " is outside the recorded trajectory [0, " + length
                    + ")");
        }
    }

    // raw views for Bptt (package-private, no copies)
    double[] inputsRaw() {
        return inputs;
    }

    double[] hiddenRaw() {
        return hidden;
    }

    double[] cellsRaw() {
        return cells;
    }

    double[] auxRaw() {
        return aux;
    }

    int auxLength() {
        return auxLen;
    }
}
