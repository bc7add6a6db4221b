package org.iblrnn.model;

import java.util.Arrays;
import org.iblrnn.config.Architecture;

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
 * Computed in two phases: a sequential sweep backwards in time for the gate gradients δa_t (one W_hhᵀ product
 * per step), then the parameter gradients as sums over steps of outer products. Holds scratch sized for one
 * layout, grown on demand; not thread-safe.
 */
public final class Bptt {

    private final ParameterLayout layout;
    private final int in;
    private final int hid;
    private final int gh;
    private final int out;
    private final double[] dh;
    private final double[] dc;
    private double[] dgiAll;
    private double[] dghAll;

    /** Rows of W_hh and of the readout weight, and their gradient accumulators, as zero-offset arrays so the
     *  axpy loops vectorise (see {@link Cell#axpy(double, double[], double[], int)}). */
    private double[][] whhRows;
    private double[][] woRows;
    private double[][] gWhh;
    private double[][] gWo;
    private double[] hRow;
    private double[][] hPrev4;

    public Bptt(ParameterLayout layout) {
        this.layout = layout;
        this.in = layout.inputSize();
        this.hid = layout.hiddenSize();
        this.gh = layout.gates() * hid;
        this.out = layout.outputSize();
        this.dh = new double[hid];
        this.dc = new double[hid];
        this.dgiAll = new double[0];
        this.dghAll = new double[0];
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
        ensureCapacity(steps);
        if (whhRows == null) {
            whhRows = new double[gh][n];
            gWhh = new double[gh][n];
            woRows = new double[out][n];
            gWo = new double[out][n];
            hRow = new double[n];
            hPrev4 = new double[4][n];
        }
        for (int r = 0; r < gh; r++) {
            System.arraycopy(p, wh + r * n, whhRows[r], 0, n);
            Arrays.fill(gWhh[r], 0.0);
        }
        for (int k = 0; k < out; k++) {
            System.arraycopy(p, wo + k * n, woRows[k], 0, n);
            Arrays.fill(gWo[k], 0.0);
        }
        final boolean gru = layout.architecture() == Architecture.GRU;
        // the hidden-side gate gradients equal the input-side ones except for the GRU's n rows
        final double[] dA = dgiAll;
        final double[] dAh = gru ? dghAll : dgiAll;
        Arrays.fill(dh, 0.0);
        Arrays.fill(dc, 0.0);
        // phase 1, sequential: the gate pre-activation gradients of every step, carrying δh (and δc) backwards
        for (int t = steps - 1; t >= 0; t--) {
            final int hOff = t * n;
            final int g0 = t * gh;
            for (int k = 0; k < out; k++) {
                double g = dLossDLogits[t * out + k];
                if (g != 0.0) {
                    Cell.axpy(g, woRows[k], dh, n);
                }
            }
            final int a = t * auxLen;
            switch (layout.architecture()) {
                case RNN -> {
                    for (int j = 0; j < n; j++) {
                        double h = hs[hOff + j];
                        dA[g0 + j] = dh[j] * (1.0 - h * h);
                    }
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
                        dA[g0 + j] = dar;
                        dA[g0 + n + j] = daz;
                        dA[g0 + 2 * n + j] = dan;
                        dAh[g0 + j] = dar;
                        dAh[g0 + n + j] = daz;
                        dAh[g0 + 2 * n + j] = dan * r;
                    }
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
                        dA[g0 + j] = dcTot * gg * ig * (1.0 - ig);
                        dA[g0 + n + j] = dcTot * cPrev * fg * (1.0 - fg);
                        dA[g0 + 2 * n + j] = dcTot * ig * (1.0 - gg * gg);
                        dA[g0 + 3 * n + j] = dh[j] * tc * og * (1.0 - og);
                        dc[j] = dcTot * fg;
                    }
                }
                default -> throw new IllegalStateException("unsupported architecture " + layout.architecture());
            }
            if (t == 0) {
                break;
            }
            // δh_{t−1} = (gru: δh ⊙ z) + W_hhᵀ δa_h
            if (gru) {
                for (int j = 0; j < n; j++) {
                    dh[j] *= aux[a + n + j];
                }
            } else {
                Arrays.fill(dh, 0.0);
            }
            int r = 0;
            for (; r + 3 < gh; r += 4) {
                Cell.axpy4(dAh[g0 + r], whhRows[r], dAh[g0 + r + 1], whhRows[r + 1], dAh[g0 + r + 2], whhRows[r + 2],
                        dAh[g0 + r + 3], whhRows[r + 3], dh, n);
            }
            for (; r < gh; r++) {
                Cell.axpy(dAh[g0 + r], whhRows[r], dh, n);
            }
        }
        // phase 2, batched: parameter gradients as sums of outer products over steps
        for (int t = 0; t < steps; t++) {
            final int hOff = t * n;
            final int g0 = t * gh;
            System.arraycopy(hs, hOff, hRow, 0, n);
            for (int k = 0; k < out; k++) {
                double g = dLossDLogits[t * out + k];
                if (g != 0.0) {
                    Cell.axpy(g, hRow, gWo[k], n);
                    gradOut[bo + k] += g;
                }
            }
            for (int r = 0; r < gh; r++) {
                gradOut[bi + r] += dA[g0 + r];
            }
            for (int r = 0; r < gh; r++) {
                gradOut[bh + r] += dAh[g0 + r];
            }
            final int xOff = t * in;
            for (int r = 0; r < gh; r++) {
                double g = dA[g0 + r];
                int row = wi + r * in;
                for (int k = 0; k < in; k++) {
                    gradOut[row + k] += g * xs[xOff + k];
                }
            }
        }
        // W_hh: Σ_{t ≥ 1} δa_h(t) ⊗ h(t−1), four steps per pass over the accumulators (same order of additions)
        int t = 1;
        for (; t + 3 < steps; t += 4) {
            for (int q = 0; q < 4; q++) {
                System.arraycopy(hs, (t - 1 + q) * n, hPrev4[q], 0, n);
            }
            final int a0 = t * gh;
            for (int r = 0; r < gh; r++) {
                Cell.axpy4(dAh[a0 + r], hPrev4[0], dAh[a0 + gh + r], hPrev4[1], dAh[a0 + 2 * gh + r], hPrev4[2],
                        dAh[a0 + 3 * gh + r], hPrev4[3], gWhh[r], n);
            }
        }
        for (; t < steps; t++) {
            System.arraycopy(hs, (t - 1) * n, hPrev4[0], 0, n);
            for (int r = 0; r < gh; r++) {
                Cell.axpy(dAh[t * gh + r], hPrev4[0], gWhh[r], n);
            }
        }
        for (int r = 0; r < gh; r++) {
            double[] gr = gWhh[r];
            int row = wh + r * n;
            for (int j = 0; j < n; j++) {
                gradOut[row + j] += gr[j];
            }
        }
        for (int k = 0; k < out; k++) {
            double[] gk = gWo[k];
            int row = wo + k * n;
            for (int j = 0; j < n; j++) {
                gradOut[row + j] += gk[j];
            }
        }
    }

    private void ensureCapacity(int steps) {
        if (dgiAll.length < steps * gh) {
            int cap = Math.max(steps, 2 * dgiAll.length / gh);
            dgiAll = new double[cap * gh];
            if (layout.architecture() == Architecture.GRU) {
                dghAll = new double[cap * gh];
            }
        }
    }

    private boolean sameShape(ParameterLayout other) {
        return other.architecture() == layout.architecture() && other.inputSize() == in
                && other.hiddenSize() == hid && other.outputSize() == out;
    }
}
