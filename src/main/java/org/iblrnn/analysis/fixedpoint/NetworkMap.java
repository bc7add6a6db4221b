package org.iblrnn.analysis.fixedpoint;

import org.iblrnn.config.Architecture;
import org.iblrnn.math.Activations;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;

/**
 * The full state map x ↦ F(x) = one network step under a constant input u, with its Jacobian: the object every
 * fixed-point, basin and vector-field computation works on. The state x is h (length H) for rnn and gru and [h, c]
 * (length 2H, h first, as {@link RecurrentNetwork}) for lstm.
 *
 * <p>Every Jacobian is written as per-unit coefficients times the recurrent weight blocks W_g (rows of W_hh for gate
 * g), plus diagonal terms: ∂h'/∂h = Σ_g diag(κ_g) W_g + diag(d). With r, z, n the gru gates, i, f, g, o the lstm
 * gates, c' the new cell state, ĥ = W_hn h + b_hn and P = o ⊙ (1 − tanh²c'):
 * <pre>
 *   rnn : κ = 1 − h'²,                                                    d = 0
 *   gru : κ_r = (1 − z)(1 − n²) ĥ r(1 − r), κ_z = (h − n) z(1 − z), κ_n = (1 − z)(1 − n²) r,   d = z
 *   lstm: κ_i = P g i(1 − i), κ_f = P c f(1 − f), κ_g = P i(1 − g²), κ_o = tanh(c') o(1 − o),  d = 0
 *         ∂c'/∂h = Σ_g diag(λ_g) W_g with λ = κ / P for i, f, g and λ_o = 0;  ∂h'/∂c = diag(P f), ∂c'/∂c = diag(f)
 * </pre>
 * so the vector–Jacobian products of the gradient descent cost two passes over W_hh. The tanh RNN keeps its own
 * direct loops (F(h) = tanh(W_hh h + W_ih u + b), ∂F/∂h = diag(1 − F²) W_hh); the gated cells keep W_hh both by rows
 * and by columns so that both passes are zero-offset loops the JIT vectorises, and use the training kernel's
 * activation functions ({@link Activations}).
 *
 * <p>Holds scratch buffers: not thread-safe; create one per thread (construction copies O(G·H²) values).
 */
public final class NetworkMap {

    private final RecurrentNetwork network;
    private final Architecture arch;
    private final int n;
    private final int s;
    private final int gh;
    private final int in;
    private final double[] input;
    /** rnn only: W_hh row-major, the constant pre-activation W_ih u + b_ih + b_hh, W_ih row-major. */
    private final double[] w;
    private final double[] bias;
    private final double[] win;
    /** W_hh by rows (G·H arrays of length H) and by columns (H arrays of length G·H). */
    private final double[][] rows;
    private final double[][] cols;
    /** W_ih row-major (G·H × I), b_ih and b_hh (G·H each). */
    private final double[] wih;
    private final double[] bih;
    private final double[] bhh;
    /** W_ih u + b_ih for the constant input (G·H). */
    private final double[] drive;
    private final double[] pre;
    private final double[] act;
    private final double[] delta;
    private final double[] scratch;
    private final double[] driveScratch;
    private final double[] next;

    /**
     * @param network the network (its parameters are copied; not modified)
     * @param input   the constant input (left, right, feedback); copied
     */
    public NetworkMap(RecurrentNetwork network, double[] input) {
        if (input.length != network.inputSize()) {
            throw new IllegalArgumentException("NetworkMap: input has length " + input.length + " but the network takes "
                    + network.inputSize());
        }
        this.network = network;
        this.arch = network.architecture();
        this.n = network.hiddenSize();
        this.s = network.stateSize();
        this.in = network.inputSize();
        this.gh = arch.gates * n;
        this.input = input.clone();
        ParameterLayout l = network.layout();
        double[] p = network.params();
        wih = java.util.Arrays.copyOfRange(p, l.weightIh(), l.weightIh() + gh * in);
        bih = java.util.Arrays.copyOfRange(p, l.biasIh(), l.biasIh() + gh);
        bhh = java.util.Arrays.copyOfRange(p, l.biasHh(), l.biasHh() + gh);
        rows = new double[gh][n];
        cols = new double[n][gh];
        for (int r = 0; r < gh; r++) {
            for (int j = 0; j < n; j++) {
                double v = p[l.weightHh() + r * n + j];
                rows[r][j] = v;
                cols[j][r] = v;
            }
        }
        drive = new double[gh];
        inputDrive(this.input, drive);
        pre = new double[gh];
        act = new double[gh + n];
        delta = new double[gh];
        scratch = new double[s];
        driveScratch = new double[gh];
        next = new double[s];
        if (arch == Architecture.RNN) {
            w = new double[n * n];
            System.arraycopy(p, l.weightHh(), w, 0, n * n);
            win = wih;
            bias = new double[n];
            for (int i = 0; i < n; i++) {
                double v = p[l.biasIh() + i] + p[l.biasHh() + i];
                for (int j = 0; j < in; j++) {
                    v += p[l.weightIh() + i * in + j] * input[j];
                }
                bias[i] = v;
            }
        } else {
            w = null;
            bias = null;
            win = null;
        }
    }

    /** State size S: H for rnn and gru, 2H for lstm. */
    public int size() {
        return s;
    }

    /** Hidden size H (the first H state coordinates are h). */
    public int hiddenSize() {
        return n;
    }

    public Architecture architecture() {
        return arch;
    }

    /** The constant input (copy). */
    public double[] input() {
        return input.clone();
    }

    /**
     * out = F(x).
     *
     * @param x   state (input, not modified), length S
     * @param out next state (output, modified), length S; must not alias {@code x}
     */
    public void apply(double[] x, double[] out) {
        if (arch != Architecture.RNN) {
            gated(x, drive, out);
            return;
        }
        for (int i = 0; i < n; i++) {
            double v = bias[i];
            int base = i * n;
            for (int j = 0; j < n; j++) {
                v += w[base + j] * x[j];
            }
            out[i] = Math.tanh(v);
        }
    }

    /**
     * f = F(x) and jac = ∂F/∂x at x (row-major S × S, rows = outputs).
     *
     * @param x   state (input, not modified)
     * @param f   next state (output, modified)
     * @param jac Jacobian (output, modified), length S²
     */
    public void jacobian(double[] x, double[] f, double[] jac) {
        apply(x, f);
        if (arch != Architecture.RNN) {
            gatedJacobian(x, f, jac);
            return;
        }
        for (int i = 0; i < n; i++) {
            double d = 1.0 - f[i] * f[i];
            int base = i * n;
            for (int j = 0; j < n; j++) {
                jac[base + j] = d * w[base + j];
            }
        }
    }

    /**
     * The gradient of ‖F(x) − x‖ with respect to x: (J − I)ᵀ r / ‖r‖ with r = F(x) − x (zero where r = 0).
     *
     * @param x    state (input, not modified)
     * @param f    F(x) (output, modified)
     * @param grad gradient (output, modified)
     * @param jac  unused scratch, kept for callers that pass one (may be null)
     * @return ‖F(x) − x‖
     */
    public double residualGradient(double[] x, double[] f, double[] grad, double[] jac) {
        apply(x, f);
        double norm2 = 0;
        for (int i = 0; i < s; i++) {
            double r = f[i] - x[i];
            scratch[i] = r;
            norm2 += r * r;
        }
        double norm = Math.sqrt(norm2);
        if (norm == 0) {
            java.util.Arrays.fill(grad, 0.0);
            return 0.0;
        }
        if (arch != Architecture.RNN) {
            gatedResidualGradient(x, grad);
        } else {
            for (int j = 0; j < n; j++) {
                grad[j] = -scratch[j];
            }
            for (int i = 0; i < n; i++) {
                double dr = (1.0 - f[i] * f[i]) * scratch[i];
                int base = i * n;
                for (int j = 0; j < n; j++) {
                    grad[j] += w[base + j] * dr;
                }
            }
        }
        for (int j = 0; j < s; j++) {
            grad[j] /= norm;
        }
        return norm;
    }

    /** ∂F/∂u at x: a new row-major S × (input size) array, columns (left, right, feedback). */
    public double[] inputJacobian(double[] x) {
        double[] out = new double[s * in];
        if (arch != Architecture.RNN) {
            double[][] j = RecurrentNetwork.of(network.config(), network.params()).inputJacobian(x, input);
            for (int i = 0; i < s; i++) {
                System.arraycopy(j[i], 0, out, i * in, in);
            }
            return out;
        }
        double[] f = new double[n];
        apply(x, f);
        for (int i = 0; i < n; i++) {
            double d = 1.0 - f[i] * f[i];
            for (int k = 0; k < in; k++) {
                out[i * in + k] = d * win[i * in + k];
            }
        }
        return out;
    }

    /**
     * The coefficients of ∂h'/∂h = Σ_g diag(κ_g) W_g + diag(d) at state x under input u (not the map's constant
     * input): the per-step ingredients of a mean Jacobian over a session.
     *
     * @param x     state (input, not modified), length S
     * @param u     input (input, not modified)
     * @param kappa κ, gate-major like the rows of W_hh (output, modified), length G·H
     * @param d     d (output, modified), length H
     */
    public void hiddenJacobianCoefficients(double[] x, double[] u, double[] kappa, double[] d) {
        inputDrive(u, driveScratch);
        gated(x, driveScratch, next);
        java.util.Arrays.fill(d, 0.0);
        switch (arch) {
            case RNN -> {
                for (int i = 0; i < n; i++) {
                    kappa[i] = 1.0 - next[i] * next[i];
                }
            }
            case GRU -> {
                for (int i = 0; i < n; i++) {
                    double r = act[i];
                    double z = act[n + i];
                    double nn = act[2 * n + i];
                    double a = (1.0 - z) * (1.0 - nn * nn);
                    kappa[i] = a * act[3 * n + i] * r * (1.0 - r);
                    kappa[n + i] = (x[i] - nn) * z * (1.0 - z);
                    kappa[2 * n + i] = a * r;
                    d[i] = z;
                }
            }
            case LSTM -> {
                for (int i = 0; i < n; i++) {
                    double tc = act[4 * n + i];
                    double pp = act[3 * n + i] * (1.0 - tc * tc);
                    for (int g = 0; g < 3; g++) {
                        kappa[g * n + i] = pp * cellCoefficient(x, g, i);
                    }
                    double o = act[3 * n + i];
                    kappa[3 * n + i] = tc * o * (1.0 - o);
                }
            }
        }
    }

    /** out = W_ih u + b_ih. */
    private void inputDrive(double[] u, double[] out) {
        for (int r = 0; r < gh; r++) {
            double v = bih[r];
            for (int k = 0; k < in; k++) {
                v += wih[r * in + k] * u[k];
            }
            out[r] = v;
        }
    }

    /** pre = W_hh h + b_hh as column-wise zero-offset loops. */
    private void recurrentDrive(double[] x) {
        System.arraycopy(bhh, 0, pre, 0, gh);
        for (int j = 0; j < n; j++) {
            double hj = x[j];
            double[] col = cols[j];
            for (int r = 0; r < gh; r++) {
                pre[r] += hj * col[r];
            }
        }
    }

    /** One step of any core from the given input drive; leaves the gate activations in {@code act}. */
    private void gated(double[] x, double[] inDrive, double[] out) {
        recurrentDrive(x);
        switch (arch) {
            case RNN -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Activations.tanh(inDrive[i] + pre[i]);
                }
            }
            case GRU -> {
                for (int i = 0; i < n; i++) {
                    double r = Activations.sigmoid(inDrive[i] + pre[i]);
                    double z = Activations.sigmoid(inDrive[n + i] + pre[n + i]);
                    double hn = pre[2 * n + i];
                    double nn = Activations.tanh(inDrive[2 * n + i] + r * hn);
                    act[i] = r;
                    act[n + i] = z;
                    act[2 * n + i] = nn;
                    act[3 * n + i] = hn;
                    out[i] = (1.0 - z) * nn + z * x[i];
                }
            }
            case LSTM -> {
                for (int i = 0; i < n; i++) {
                    double ig = Activations.sigmoid(inDrive[i] + pre[i]);
                    double fg = Activations.sigmoid(inDrive[n + i] + pre[n + i]);
                    double gg = Activations.tanh(inDrive[2 * n + i] + pre[2 * n + i]);
                    double og = Activations.sigmoid(inDrive[3 * n + i] + pre[3 * n + i]);
                    double c = fg * x[n + i] + ig * gg;
                    double tc = Activations.tanh(c);
                    act[i] = ig;
                    act[n + i] = fg;
                    act[2 * n + i] = gg;
                    act[3 * n + i] = og;
                    act[4 * n + i] = tc;
                    out[n + i] = c;
                    out[i] = og * tc;
                }
            }
        }
    }

    /** λ_g of unit i for the lstm gates i (g = 0), f (1), g (2): ∂c'_i/∂(gate pre-activation g). */
    private double cellCoefficient(double[] x, int g, int i) {
        double ig = act[i];
        double fg = act[n + i];
        double gg = act[2 * n + i];
        return switch (g) {
            case 0 -> gg * ig * (1.0 - ig);
            case 1 -> x[n + i] * fg * (1.0 - fg);
            default -> ig * (1.0 - gg * gg);
        };
    }

    /** The Jacobian of a gru or lstm step from the activations left by {@link #gated}. */
    private void gatedJacobian(double[] x, double[] f, double[] jac) {
        java.util.Arrays.fill(jac, 0.0);
        if (arch == Architecture.GRU) {
            double[] kappa = new double[gh];
            double[] d = new double[n];
            hiddenJacobianCoefficients(x, input, kappa, d);
            for (int i = 0; i < n; i++) {
                addRows(jac, i * s, kappa, i);
                jac[i * s + i] += d[i];
            }
            return;
        }
        double[] lambda = new double[gh];
        double[] kappa = new double[gh];
        for (int i = 0; i < n; i++) {
            double tc = act[4 * n + i];
            double og = act[3 * n + i];
            double pp = og * (1.0 - tc * tc);
            for (int g = 0; g < 3; g++) {
                lambda[g * n + i] = cellCoefficient(x, g, i);
                kappa[g * n + i] = pp * lambda[g * n + i];
            }
            kappa[3 * n + i] = tc * og * (1.0 - og);
        }
        for (int i = 0; i < n; i++) {
            double fg = act[n + i];
            double pp = act[3 * n + i] * (1.0 - act[4 * n + i] * act[4 * n + i]);
            addRows(jac, i * s, kappa, i);
            addRows(jac, (n + i) * s, lambda, i);
            jac[i * s + n + i] = pp * fg;
            jac[(n + i) * s + n + i] = fg;
        }
    }

    /** jac[off .. off + H) += Σ_g coef[g·H + i] · W_hh row (g·H + i). */
    private void addRows(double[] jac, int off, double[] coef, int i) {
        for (int g = 0; g < arch.gates; g++) {
            double k = coef[g * n + i];
            if (k == 0.0) {
                continue;
            }
            double[] row = rows[g * n + i];
            for (int j = 0; j < n; j++) {
                jac[off + j] += k * row[j];
            }
        }
    }

    /** grad = (J − I)ᵀ r for r = {@code scratch}, from the activations left by {@link #gated}. */
    private void gatedResidualGradient(double[] x, double[] grad) {
        if (arch == Architecture.GRU) {
            for (int i = 0; i < n; i++) {
                double r = act[i];
                double z = act[n + i];
                double nn = act[2 * n + i];
                double a = (1.0 - z) * (1.0 - nn * nn) * scratch[i];
                delta[i] = a * act[3 * n + i] * r * (1.0 - r);
                delta[n + i] = (x[i] - nn) * z * (1.0 - z) * scratch[i];
                delta[2 * n + i] = a * r;
                grad[i] = (z - 1.0) * scratch[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                double tc = act[4 * n + i];
                double og = act[3 * n + i];
                double rh = scratch[i];
                double e = rh * og * (1.0 - tc * tc) + scratch[n + i];
                for (int g = 0; g < 3; g++) {
                    delta[g * n + i] = e * cellCoefficient(x, g, i);
                }
                delta[3 * n + i] = rh * tc * og * (1.0 - og);
                grad[i] = -rh;
                grad[n + i] = e * act[n + i] - scratch[n + i];
            }
        }
        for (int r = 0; r < gh; r++) {
            double dr = delta[r];
            double[] row = rows[r];
            for (int j = 0; j < n; j++) {
                grad[j] += dr * row[j];
            }
        }
    }
}
