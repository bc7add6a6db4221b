package org.iblrnn.model;

import java.util.Arrays;

/**
 * Exact backpropagation through time over a whole recorded {@link Trajectory} (no truncation): given the loss
 * gradient with respect to each step's logits, adds the gradient with respect to every parameter.
 *
 * <p>The inputs (including the feedback the environment chose from the forward pass) are constants; the initial
 * state is zero. With δh the gradient flowing into h_t (from the readout at t and from step t + 1):
 * <pre>
 *   readout: ∂W += δlogits_t ⊗ h_t,  ∂b += δlogits_t,  δh_t += Wᵀ δlogits_t
 *   rnn : δa = δh ⊙ (1 − h_t²)
 *   gru : δn = δh ⊙ (1 − z), δz = δh ⊙ (h_{t−1} − n), δa_n = δn ⊙ (1 − n²),
 *         δa_r = δa_n ⊙ (W_hn h_{t−1} + b_hn) ⊙ r(1 − r), δa_z = δz ⊙ z(1 − z);
 *         the hidden-side n-rows get δa_n ⊙ r, the input-side δa_n; extra δh_{t−1} term δh ⊙ z
 *   lstm: δc = δc_{t+1} + δh ⊙ o ⊙ (1 − tanh²c_t), δo = δh ⊙ tanh c_t, δi = δc ⊙ g, δf = δc ⊙ c_{t−1},
 *         δg = δc ⊙ i, then through σ' and tanh'; δc_{t−1} = δc ⊙ f
 *   then ∂W_ih += δa_i ⊗ x_t, ∂b_ih += δa_i, ∂W_hh += δa_h ⊗ h_{t−1}, ∂b_hh += δa_h, δh_{t−1} += W_hhᵀ δa_h
 * </pre>
 * Holds scratch sized for one layout; not thread-safe.
 */
public final class Bptt {

    private final ParameterLayout layout;
    private final int in;
    private final int hid;
    private final int gh;
    private final int out;
    private final double[] dh;
    private final double[] dhNext;
    private final double[] dc;
    private final double[] dgi;
    private final double[] dgh;

    public Bptt(ParameterLayout layout) {
        this.layout = layout;
        this.in = layout.inputSize();
        this.hid = layout.hiddenSize();
        this.gh = layout.gates() * hid;
        this.out = layout.outputSize();
        this.dh = new double[hid];
        this.dhNext = new double[hid];
        this.dc = new double[hid];
        this.dgi = new double[gh];
        this.dgh = new double[gh];
    }

    /**
     * Adds the gradient of a loss to {@code gradOut}.
     *
     * @param traj         a recorded forward pass (input, not modified)
     * @param dLossDLogits ∂loss/∂logits, row t = step t, length ≥ {@code traj.length() × outputSize}
     *                     (input, not modified)
     * @param gradOut      gradient in the flat parameter layout; the result is added (output, modified)
     */
    public void accumulateGradient(Trajectory traj, double[] dLossDLogits, double[] gradOut) {
        RecurrentNetwork net = traj.network();
        if (!sameShape(net.layout())) {
            throw new IllegalArgumentException("Bptt was built for " + layout + " but the trajectory's network is "
                    + net.layout());
        }
        int steps = traj.length();
        if (dLossDLogits.length < steps * out || gradOut.length != layout.size()) {
            throw new IllegalArgumentException("accumulateGradient needs dLossDLogits of length >= " + steps * out
                    + " and gradOut of length " + layout.size() + " but got " + dLossDLogits.length + " and "
                    + gradOut.length);
        }
        final double[] p = net.params();
        final double[] xs = traj.inputsRaw();
        final double[] hs = traj.hiddenRaw();
        final double[] cs = traj.cellsRaw();
        final double[] aux = traj.auxRaw();
        final int auxLen = traj.auxLength();
        final int n = hid;
        final int wi = layout.weightIh();
        final int wh = layout.weightHh();
        final int bi = layout.biasIh();
        final int bh = layout.biasHh();
        final int wo = layout.readoutWeight();
        final int bo = layout.readoutBias();
        Arrays.fill(dh, 0.0);
        Arrays.fill(dc, 0.0);
        for (int t = steps - 1; t >= 0; t--) {
            final int hOff = t * n;
            for (int k = 0; k < out; k++) {
                double g = dLossDLogits[t * out + k];
                if (g != 0.0) {
                    Cell.axpy(g, hs, hOff, gradOut, wo + k * n, n);
                    Cell.axpy(g, p, wo + k * n, dh, 0, n);
                    gradOut[bo + k] += g;
                }
            }
            final int a = t * auxLen;
            final double[] dHidden;
            switch (layout.architecture()) {
                case RNN -> {
                    for (int j = 0; j < n; j++) {
                        double h = hs[hOff + j];
                        dgi[j] = dh[j] * (1.0 - h * h);
                    }
                    dHidden = dgi;
                }
                case GRU -> {
                    for (int j = 0; j < n; j++) {
                        double r = aux[a + j];
                        double z = aux[a + n + j];
                        double nn = aux[a + 2 * n + j];
                        double hn = aux[a + 3 * n + j];
                        double hPrev = t > 0 ? hs[hOff - n + j] : 0.0;
                        double dan = dh[j] * (1.0 - z) * (1.0 - nn * nn);
                        double dar = dan * hn * r * (1.0 - r);
                        double daz = dh[j] * (hPrev - nn) * z * (1.0 - z);
                        dgi[j] = dar;
                        dgi[n + j] = daz;
                        dgi[2 * n + j] = dan;
                        dgh[j] = dar;
                        dgh[n + j] = daz;
                        dgh[2 * n + j] = dan * r;
                    }
                    dHidden = dgh;
                }
                case LSTM -> {
                    for (int j = 0; j < n; j++) {
                        double ig = aux[a + j];
                        double fg = aux[a + n + j];
                        double gg = aux[a + 2 * n + j];
                        double og = aux[a + 3 * n + j];
                        double tc = aux[a + 4 * n + j];
                        double cPrev = t > 0 ? cs[hOff - n + j] : 0.0;
                        double dcTot = dc[j] + dh[j] * og * (1.0 - tc * tc);
                        dgi[j] = dcTot * gg * ig * (1.0 - ig);
                        dgi[n + j] = dcTot * cPrev * fg * (1.0 - fg);
                        dgi[2 * n + j] = dcTot * ig * (1.0 - gg * gg);
                        dgi[3 * n + j] = dh[j] * tc * og * (1.0 - og);
                        dc[j] = dcTot * fg;
                    }
                    dHidden = dgi;
                }
                default -> throw new IllegalStateException("unsupported architecture " + layout.architecture());
            }
            // input side
            final int xOff = t * in;
            for (int r = 0; r < gh; r++) {
                double g = dgi[r];
                gradOut[bi + r] += g;
                int row = wi + r * in;
                for (int k = 0; k < in; k++) {
                    gradOut[row + k] += g * xs[xOff + k];
                }
            }
            // hidden side
            for (int r = 0; r < gh; r++) {
                gradOut[bh + r] += dHidden[r];
            }
            if (t == 0) {
                break;
            }
            final int hPrevOff = hOff - n;
            if (layout.architecture() == org.iblrnn.config.Architecture.GRU) {
                for (int j = 0; j < n; j++) {
                    dhNext[j] = dh[j] * aux[a + n + j];
                }
            } else {
                Arrays.fill(dhNext, 0.0);
            }
            for (int r = 0; r < gh; r++) {
                double g = dHidden[r];
                if (g != 0.0) {
                    Cell.axpy(g, hs, hPrevOff, gradOut, wh + r * n, n);
                    Cell.axpy(g, p, wh + r * n, dhNext, 0, n);
                }
            }
            System.arraycopy(dhNext, 0, dh, 0, n);
        }
    }

    private boolean sameShape(ParameterLayout other) {
        return other.architecture() == layout.architecture() && other.inputSize() == in
                && other.hiddenSize() == hid && other.outputSize() == out;
    }
}
