package org.iblrnn.model;

import org.iblrnn.config.Architecture;
import org.iblrnn.math.Activations;

/**
 * The forward kernel shared by {@link RecurrentNetwork}, {@link Trajectory} and {@link RnnAgent}: one step of the
 * core plus readout and softmax, over caller-supplied arrays and offsets so that recording callers write straight
 * into their buffers. Owns its scratch, so each user has its own instance (not thread-safe).
 *
 * <p>Two ways to read the core weights: {@link #step} reads the live parameter array row by row; after
 * {@link #snapshot} the cell instead uses transposed copies of W_ih and W_hh, so the matrix-vector products become
 * column-wise axpy loops the JIT vectorises. Recording callers take a snapshot at the start of each session.
 *
 * <p>Per-step auxiliaries ({@code aux}) are what backpropagation and Jacobians need besides h and c:
 * rnn none; gru [r, z, n, W_hn·h + b_hn] (4H); lstm [i, f, g, o, tanh(c')] (5H).
 */
final class Cell {

    final ParameterLayout layout;
    final Architecture arch;
    final int in;
    final int hid;
    final int gh;
    final int out;
    private final double[] preI;
    private final double[] preH;
    private final double[] auxScratch;
    private final double[] logitScratch;
    /** Column k of W_ih as its own array (length G·H): zero-offset rows let the JIT vectorise the axpy loops. */
    private final double[][] wihCols;
    /** Column j of W_hh as its own array (length G·H). */
    private final double[][] whhCols;
    private boolean snapshotted;

    Cell(ParameterLayout layout) {
        this.layout = layout;
        this.arch = layout.architecture();
        this.in = layout.inputSize();
        this.hid = layout.hiddenSize();
        this.gh = layout.gates() * hid;
        this.out = layout.outputSize();
        this.preI = new double[gh];
        this.preH = new double[gh];
        this.auxScratch = new double[Math.max(1, auxSize(arch, hid))];
        this.logitScratch = new double[out];
        this.wihCols = new double[in][gh];
        this.whhCols = new double[hid][gh];
    }

    /**
     * Copies W_ih and W_hh transposed from {@code p}; later steps use these copies for the core (the readout and
     * biases are still read live). Call again whenever the parameters change.
     */
    void snapshot(double[] p) {
        transpose(p, layout.weightIh(), gh, in, wihCols);
        transpose(p, layout.weightHh(), gh, hid, whhCols);
        snapshotted = true;
    }

    private static void transpose(double[] p, int off, int rows, int cols, double[][] dst) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                dst[c][r] = p[off + r * cols + c];
            }
        }
    }

    /** Length of the per-step auxiliary record. */
    static int auxSize(Architecture arch, int hidden) {
        return switch (arch) {
            case RNN -> 0;
            case GRU -> 4 * hidden;
            case LSTM -> 5 * hidden;
        };
    }

    /**
     * One step. {@code c}/{@code cOut} are used only by the LSTM (may be null otherwise); {@code aux} and
     * {@code logits} may be null (internal scratch is used). {@code hOut} may alias {@code h} and {@code cOut} may
     * alias {@code c}: all reads of the old state happen before the elementwise writes.
     */
    void step(double[] p, double[] x, int xOff, double[] h, int hOff, double[] c, int cOff,
              double[] hOut, int hOutOff, double[] cOut, int cOutOff, double[] aux, int auxOff,
              double[] logits, int logitsOff, double[] probs, int probsOff) {
        if (aux == null) {
            aux = auxScratch;
            auxOff = 0;
        }
        if (logits == null) {
            logits = logitScratch;
            logitsOff = 0;
        }
        preactivations(p, x, xOff, h, hOff);
        final int n = hid;
        final double[] a = preI;
        final double[] b = preH;
        switch (arch) {
            case RNN -> {
                for (int j = 0; j < n; j++) {
                    hOut[hOutOff + j] = tanh(a[j] + b[j]);
                }
            }
            case GRU -> {
                for (int j = 0; j < n; j++) {
                    double r = sigmoid(a[j] + b[j]);
                    double z = sigmoid(a[n + j] + b[n + j]);
                    double hn = b[2 * n + j];
                    double nn = tanh(a[2 * n + j] + r * hn);
                    aux[auxOff + j] = r;
                    aux[auxOff + n + j] = z;
                    aux[auxOff + 2 * n + j] = nn;
                    aux[auxOff + 3 * n + j] = hn;
                    hOut[hOutOff + j] = (1.0 - z) * nn + z * h[hOff + j];
                }
            }
            case LSTM -> {
                for (int j = 0; j < n; j++) {
                    double ig = sigmoid(a[j] + b[j]);
                    double fg = sigmoid(a[n + j] + b[n + j]);
                    double gg = tanh(a[2 * n + j] + b[2 * n + j]);
                    double og = sigmoid(a[3 * n + j] + b[3 * n + j]);
                    double cNew = fg * c[cOff + j] + ig * gg;
                    double tc = tanh(cNew);
                    aux[auxOff + j] = ig;
                    aux[auxOff + n + j] = fg;
                    aux[auxOff + 2 * n + j] = gg;
                    aux[auxOff + 3 * n + j] = og;
                    aux[auxOff + 4 * n + j] = tc;
                    cOut[cOutOff + j] = cNew;
                    hOut[hOutOff + j] = og * tc;
                }
            }
        }
        readout(p, hOut, hOutOff, logits, logitsOff, probs, probsOff);
    }

    /** preI = W_ih x + b_ih, preH = W_hh h + b_hh (all G·H rows). */
    private void preactivations(double[] p, double[] x, int xOff, double[] h, int hOff) {
        if (snapshotted) {
            preactivationsTransposed(p, x, xOff, h, hOff);
            return;
        }
        final int wi = layout.weightIh();
        final int wh = layout.weightHh();
        final int bi = layout.biasIh();
        final int bh = layout.biasHh();
        final int ni = in;
        final int n = hid;
        for (int r = 0; r < gh; r++) {
            double s = p[bi + r];
            int row = wi + r * ni;
            for (int k = 0; k < ni; k++) {
                s += p[row + k] * x[xOff + k];
            }
            preI[r] = s;
            // one accumulator, in column order from the bias: bit-identical to the transposed path
            double q = p[bh + r];
            int hrow = wh + r * n;
            for (int j = 0; j < n; j++) {
                q += p[hrow + j] * h[hOff + j];
            }
            preH[r] = q;
        }
    }

    /** As {@link #preactivations} from the transposed copies: column-wise axpy loops over the G·H rows. */
    private void preactivationsTransposed(double[] p, double[] x, int xOff, double[] h, int hOff) {
        final int m = gh;
        final double[] a = preI;
        final double[] b = preH;
        System.arraycopy(p, layout.biasIh(), a, 0, m);
        System.arraycopy(p, layout.biasHh(), b, 0, m);
        for (int k = 0; k < in; k++) {
            double xk = x[xOff + k];
            if (xk != 0.0) {
                axpy(xk, wihCols[k], a, m);
            }
        }
        int j = 0;
        for (; j + 3 < hid; j += 4) {
            axpy4(h[hOff + j], whhCols[j], h[hOff + j + 1], whhCols[j + 1], h[hOff + j + 2], whhCols[j + 2],
                    h[hOff + j + 3], whhCols[j + 3], b, m);
        }
        for (; j < hid; j++) {
            axpy(h[hOff + j], whhCols[j], b, m);
        }
    }

    /** logits = W_out h + b_out; probs = softmax(logits). */
    void readout(double[] p, double[] h, int hOff, double[] logits, int logitsOff, double[] probs, int probsOff) {
        final int wo = layout.readoutWeight();
        final int bo = layout.readoutBias();
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < out; k++) {
            double z = p[bo + k] + dot(p, wo + k * hid, h, hOff, hid);
            logits[logitsOff + k] = z;
            if (z > max) {
                max = z;
            }
        }
        double sum = 0.0;
        for (int k = 0; k < out; k++) {
            double e = Math.exp(logits[logitsOff + k] - max);
            probs[probsOff + k] = e;
            sum += e;
        }
        for (int k = 0; k < out; k++) {
            probs[probsOff + k] /= sum;
        }
    }

    /** Σ_k a[aOff + k]·b[bOff + k] with four independent accumulators (shorter dependency chains). */
    static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[aOff + k] * b[bOff + k];
            s1 += a[aOff + k + 1] * b[bOff + k + 1];
            s2 += a[aOff + k + 2] * b[bOff + k + 2];
            s3 += a[aOff + k + 3] * b[bOff + k + 3];
        }
        for (; k < n; k++) {
            s0 += a[aOff + k] * b[bOff + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * y[k] += alpha·x[k] for k &lt; n. The same index on both sides lets the JIT prove there is no loop-carried
     * dependence even if x and y were the same array, so it vectorises this loop (about 2.7× faster than with two
     * different offsets on Java 17, which it cannot vectorise).
     */
    static void axpy(double alpha, double[] x, double[] y, int n) {
        for (int k = 0; k < n; k++) {
            y[k] += alpha * x[k];
        }
    }

    /**
     * y[k] = (((y[k] + a0·x0[k]) + a1·x1[k]) + a2·x2[k]) + a3·x3[k] for k &lt; n: four {@link #axpy} calls in one
     * pass, with the same rounding (the additions happen in the same order) but a quarter of the loads and stores
     * of y.
     */
    static void axpy4(double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double a3, double[] x3,
                      double[] y, int n) {
        for (int k = 0; k < n; k++) {
            y[k] = (((y[k] + a0 * x0[k]) + a1 * x1[k]) + a2 * x2[k]) + a3 * x3[k];
        }
    }

    /** y[yOff + k] += alpha·x[xOff + k] for k &lt; n (not vectorised by Java 17: prefer the zero-offset form). */
    static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int k = 0; k < n; k++) {
            y[yOff + k] += alpha * x[xOff + k];
        }
    }

    static double tanh(double v) {
        return Activations.tanh(v);
    }

    static double sigmoid(double v) {
        return Activations.sigmoid(v);
    }
}
