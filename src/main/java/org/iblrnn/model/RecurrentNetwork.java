package org.iblrnn.model;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;

/**
 * A one-layer recurrent network (rnn, gru or lstm core plus a linear softmax readout) whose parameters live in
 * one flat {@code double[]} laid out as {@link ParameterLayout} says, so optimizers, checkpoints and gradients all
 * work on the same array.
 *
 * <p>Equations (x input, h hidden state, c LSTM cell state, σ the logistic function, ⊙ elementwise):
 * <pre>
 *   rnn : h' = tanh(W_ih x + b_ih + W_hh h + b_hh)
 *   gru : r = σ(W_ir x + b_ir + W_hr h + b_hr),  z = σ(W_iz x + b_iz + W_hz h + b_hz),
 *         n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)),  h' = (1 − z) ⊙ n + z ⊙ h
 *   lstm: i, f, o = σ(W_i* x + b_i* + W_h* h + b_h*),  g = tanh(W_ig x + b_ig + W_hg h + b_hg),
 *         c' = f ⊙ c + i ⊙ g,  h' = o ⊙ tanh(c')
 *   readout: logits = W h' + b,  probs = softmax(logits)
 * </pre>
 * The state vector is h (length H) for rnn and gru and [h, c] (length 2H) for lstm.
 *
 * <p>The parameter array is live: {@link #params()} returns it, not a copy, and optimizers update it in place.
 * Connectivity masks ({@link ConnectivityMasks}) are applied by {@link #applyMasks()}, which the trainer calls
 * before every gradient step. Instances hold scratch buffers and are not thread-safe.
 */
public final class RecurrentNetwork {

    private final ModelConfig config;
    private final ParameterLayout layout;
    private final double[] params;
    private final double[] mask;
    private final boolean masked;
    private final Cell cell;

    private RecurrentNetwork(ModelConfig config, ParameterLayout layout, double[] params) {
        this.config = config;
        this.layout = layout;
        this.params = params;
        this.mask = ConnectivityMasks.build(config, layout);
        this.masked = !ConnectivityMasks.isTrivial(config);
        this.cell = new Cell(layout);
    }

    /**
     * A freshly initialised network as {@code param_init} prescribes (PyTorch's initialisers; values are rounded to
     * float32 because PyTorch creates the layers in float32 before the original casts them to float64), with the
     * connectivity masks already applied.
     */
    public static RecurrentNetwork initialise(ModelConfig config, RandomGenerator rng) {
        ParameterLayout layout = ParameterLayout.of(config);
        double[] p = new double[layout.size()];
        Initialisation.initialise(config, layout, p, rng);
        RecurrentNetwork net = new RecurrentNetwork(config, layout, p);
        net.applyMasks();
        return net;
    }

    /** A network with the given parameters (copied; masks are not applied). */
    public static RecurrentNetwork of(ModelConfig config, double[] flatParams) {
        ParameterLayout layout = ParameterLayout.of(config);
        if (flatParams.length != layout.size()) {
            throw new IllegalArgumentException("a " + config.architecture().key() + " with hidden_size="
                    + config.hiddenSize() + " has " + layout.size() + " parameters but " + flatParams.length
                    + " were given; check the checkpoint matches params.json");
        }
        return new RecurrentNetwork(config, layout, flatParams.clone());
    }

    public ModelConfig config() {
        return config;
    }

    public ParameterLayout layout() {
        return layout;
    }

    public Architecture architecture() {
        return layout.architecture();
    }

    /** The live parameter array (not a copy). */
    public double[] params() {
        return params;
    }

    /** A copy of the connectivity mask: 1 where a parameter is free, 0 where it is held at zero. */
    public double[] mask() {
        return mask.clone();
    }

    /** Multiplies the parameters elementwise by the mask (a no-op when every mask is {@code none}). */
    public void applyMasks() {
        if (!masked) {
            return;
        }
        for (int i = 0; i < params.length; i++) {
            params[i] *= mask[i];
        }
    }

    public int inputSize() {
        return layout.inputSize();
    }

    /** H. */
    public int hiddenSize() {
        return layout.hiddenSize();
    }

    public int outputSize() {
        return layout.outputSize();
    }

    /** Length of the full state: H for rnn and gru, 2H for lstm (layout [h, c]). */
    public int stateSize() {
        return stateSize(layout);
    }

    static int stateSize(ParameterLayout layout) {
        return layout.architecture() == Architecture.LSTM ? 2 * layout.hiddenSize() : layout.hiddenSize();
    }

    /**
     * One step: the next state and the output probabilities.
     *
     * @param state    current state, length {@link #stateSize()} (input, not modified unless it is stateOut)
     * @param x        input, length {@link #inputSize()} (input, not modified)
     * @param stateOut next state (output, modified; may be the same array as {@code state})
     * @param probsOut softmax(readout(h')), length {@link #outputSize()} (output, modified)
     */
    public void step(double[] state, double[] x, double[] stateOut, double[] probsOut) {
        checkLengths(state, x);
        if (stateOut.length != state.length || probsOut.length != outputSize()) {
            throw new IllegalArgumentException("stateOut must have length " + stateSize() + " and probsOut length "
                    + outputSize() + " but have " + stateOut.length + " and " + probsOut.length);
        }
        int h = hiddenSize();
        cell.step(params, x, 0, state, 0, state, h, stateOut, 0, stateOut, h, null, 0, null, 0, probsOut, 0);
    }

    /** ∂state'/∂state at (state, x): a {@link #stateSize()} × {@link #stateSize()} matrix, rows = outputs. */
    public double[][] stateJacobian(double[] state, double[] x) {
        return jacobian(state, x, true);
    }

    /** ∂state'/∂x at (state, x): a {@link #stateSize()} × {@link #inputSize()} matrix, rows = outputs. */
    public double[][] inputJacobian(double[] state, double[] x) {
        return jacobian(state, x, false);
    }

    private void checkLengths(double[] state, double[] x) {
        if (state.length != stateSize() || x.length != inputSize()) {
            throw new IllegalArgumentException("a " + architecture().key() + " step needs a state of length "
                    + stateSize() + " and an input of length " + inputSize() + " but got " + state.length + " and "
                    + x.length);
        }
    }

    private double[][] jacobian(double[] state, double[] x, boolean wrtState) {
        checkLengths(state, x);
        final int n = hiddenSize();
        final int s = stateSize();
        double[] next = new double[s];
        double[] aux = new double[Cell.auxSize(architecture(), n)];
        double[] probs = new double[outputSize()];
        cell.step(params, x, 0, state, 0, state, n, next, 0, next, n, aux, 0, null, 0, probs, 0);
        final int m = wrtState ? n : inputSize();
        final int w = wrtState ? layout.weightHh() : layout.weightIh();
        double[][] jac = new double[s][wrtState ? s : m];
        for (int i = 0; i < n; i++) {
            switch (architecture()) {
                case RNN -> {
                    double d = 1.0 - next[i] * next[i];
                    for (int j = 0; j < m; j++) {
                        jac[i][j] = d * params[w + i * m + j];
                    }
                }
                case GRU -> {
                    double r = aux[i];
                    double z = aux[n + i];
                    double nn = aux[2 * n + i];
                    double hn = aux[3 * n + i];
                    double dnPre = 1.0 - nn * nn;
                    double hPrev = state[i];
                    for (int j = 0; j < m; j++) {
                        double dr = r * (1.0 - r) * params[w + i * m + j];
                        double dz = z * (1.0 - z) * params[w + (n + i) * m + j];
                        double wn = params[w + (2 * n + i) * m + j];
                        double dn = dnPre * (hn * dr + (wrtState ? r * wn : wn));
                        jac[i][j] = (hPrev - nn) * dz + (1.0 - z) * dn;
                    }
                    if (wrtState) {
                        jac[i][i] += z;
                    }
                }
                case LSTM -> {
                    double ig = aux[i];
                    double fg = aux[n + i];
                    double gg = aux[2 * n + i];
                    double og = aux[3 * n + i];
                    double tc = aux[4 * n + i];
                    double cPrev = state[n + i];
                    double dcToH = og * (1.0 - tc * tc);
                    for (int j = 0; j < m; j++) {
                        double di = ig * (1.0 - ig) * params[w + i * m + j];
                        double df = fg * (1.0 - fg) * params[w + (n + i) * m + j];
                        double dg = (1.0 - gg * gg) * params[w + (2 * n + i) * m + j];
                        double dout = og * (1.0 - og) * params[w + (3 * n + i) * m + j];
                        double dc = cPrev * df + gg * di + ig * dg;
                        jac[i][j] = tc * dout + dcToH * dc;
                        jac[n + i][j] = dc;
                    }
                    if (wrtState) {
                        jac[i][n + i] = dcToH * fg;
                        jac[n + i][n + i] = fg;
                    }
                }
            }
        }
        return jac;
    }

    /** Package access for the recording/agent wrappers. */
    Cell newCell() {
        return new Cell(layout);
    }

    @Override
    public String toString() {
        return "RecurrentNetwork[" + architecture().key() + ", H=" + hiddenSize() + ", params=" + params.length
                + ", masks=" + Arrays.asList(config.inputMask(), config.recurrentMask(), config.readoutMask()) + "]";
    }
}
