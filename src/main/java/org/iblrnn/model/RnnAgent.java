package org.iblrnn.model;

import java.util.Arrays;
import org.iblrnn.task.Agent;

/**
 * A network playing the task without recording anything: the cheap agent for analysis sessions (thousands of
 * sessions through a trained model). Its exposed state is h (length H); an LSTM keeps c internally. The core
 * weights are read at construction and at every {@link #reset()}.
 * Not thread-safe: one agent per concurrently played session (several may share one network).
 */
public final class RnnAgent implements Agent {

    private final RecurrentNetwork network;
    private final Cell cell;
    private final double[] state;
    private final int hid;

    public RnnAgent(RecurrentNetwork network) {
        this.network = network;
        this.cell = network.newCell();
        this.state = new double[network.stateSize()];
        this.hid = network.hiddenSize();
        cell.snapshot(network.params());
    }

    public RecurrentNetwork network() {
        return network;
    }

    /** Zeroes the state and re-reads the network's core weights (snapshotted for speed). */
    @Override
    public void reset() {
        Arrays.fill(state, 0.0);
        cell.snapshot(network.params());
    }

    @Override
    public void step(double[] input, double[] probsOut) {
        if (input.length != network.inputSize() || probsOut.length != network.outputSize()) {
            throw new IllegalArgumentException("RnnAgent.step needs an input of length " + network.inputSize()
                    + " and probsOut of length " + network.outputSize() + " but got " + input.length + " and "
                    + probsOut.length);
        }
        cell.step(network.params(), input, 0, state, 0, state, hid, state, 0, state, hid, null, 0, null, 0,
                probsOut, 0);
    }

    /** H. */
    @Override
    public int stateSize() {
        return hid;
    }

    @Override
    public void copyState(double[] out, int offset) {
        System.arraycopy(state, 0, out, offset, hid);
    }

    /** Copies the full state (h, then c for an LSTM) into {@code out[offset ..]}; see {@link RecurrentNetwork#stateSize()}. */
    public void copyFullState(double[] out, int offset) {
        System.arraycopy(state, 0, out, offset, state.length);
    }
}
