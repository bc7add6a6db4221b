package org.iblrnn.analysis.fixedpoint;

import org.iblrnn.config.Architecture;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;

/**
 * The state map F(h) = one network step under a constant input, with its Jacobian. For the tanh RNN it is
 * evaluated directly from the weights, F(h) = tanh(W_hh h + W_ih u + b_ih + b_hh), ∂F/∂h = diag(1 − F²) W_hh;
 * for a GRU it delegates to a private copy of the network. LSTMs (state [h, c]) are not supported.
 *
 * <p>Holds scratch buffers: not thread-safe; create one per thread (construction copies O(H²) values).
 */
public final class NetworkMap {

    private final int n;
    private final double[] input;
    private final double[] w;
    private final double[] bias;
    private final double[] win;
    private final RecurrentNetwork generic;
    private final double[] probs;
    private final double[] scratch;

    /**
     * @param network the network (its parameters are copied; not modified)
     * @param input   the constant input (left, right, feedback); copied
     */
    public NetworkMap(RecurrentNetwork network, double[] input) {
        if (network.architecture() == Architecture.LSTM) {
            throw new IllegalArgumentException("fixed points and vector fields need a state equal to h; an lstm's state is"
                    + " [h, c] — analyse an rnn or gru model");
        }
        if (input.length != network.inputSize()) {
            throw new IllegalArgumentException("NetworkMap: input has length " + input.length + " but the network takes "
                    + network.inputSize());
        }
        this.n = network.hiddenSize();
        this.input = input.clone();
        this.probs = new double[network.outputSize()];
        this.scratch = new double[n];
        if (network.architecture() == Architecture.RNN) {
            ParameterLayout l = network.layout();
            double[] p = network.params();
            int in = network.inputSize();
            w = new double[n * n];
            System.arraycopy(p, l.weightHh(), w, 0, n * n);
            bias = new double[n];
            win = new double[n * in];
            System.arraycopy(p, l.weightIh(), win, 0, n * in);
            for (int i = 0; i < n; i++) {
                double s = p[l.biasIh() + i] + p[l.biasHh() + i];
                for (int j = 0; j < in; j++) {
                    s += p[l.weightIh() + i * in + j] * input[j];
                }
                bias[i] = s;
            }
            generic = null;
        } else {
            w = null;
            bias = null;
            win = null;
            generic = RecurrentNetwork.of(network.config(), network.params());
        }
    }

    /** State size H. */
    public int size() {
        return n;
    }

    /** The constant input (copy). */
    public double[] input() {
        return input.clone();
    }

    /**
     * out = F(h).
     *
     * @param h   state (input, not modified), length H
     * @param out next state (output, modified), length H; must not alias {@code h}
     */
    public void apply(double[] h, double[] out) {
        if (generic != null) {
            generic.step(h, input, out, probs);
            return;
        }
        for (int i = 0; i < n; i++) {
            double s = bias[i];
            int base = i * n;
            for (int j = 0; j < n; j++) {
                s += w[base + j] * h[j];
            }
            out[i] = Math.tanh(s);
        }
    }

    /**
     * f = F(h) and jac = ∂F/∂h at h (row-major H × H, rows = outputs).
     *
     * @param h   state (input, not modified)
     * @param f   next state (output, modified)
     * @param jac Jacobian (output, modified), length H²
     */
    public void jacobian(double[] h, double[] f, double[] jac) {
        apply(h, f);
        if (generic != null) {
            double[][] j = generic.stateJacobian(h, input);
            for (int i = 0; i < n; i++) {
                System.arraycopy(j[i], 0, jac, i * n, n);
            }
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
     * The gradient of ‖F(h) − h‖ with respect to h: (J − I)ᵀ r / ‖r‖ with r = F(h) − h (zero where r = 0).
     *
     * @param h    state (input, not modified)
     * @param f    F(h) (output, modified)
     * @param grad gradient (output, modified)
     * @param jac  scratch of length H² used by non-RNN cores (modified); may be null for the tanh RNN
     * @return ‖F(h) − h‖
     */
    public double residualGradient(double[] h, double[] f, double[] grad, double[] jac) {
        if (generic != null) {
            jacobian(h, f, jac);
        } else {
            apply(h, f);
        }
        double norm2 = 0;
        for (int i = 0; i < n; i++) {
            double r = f[i] - h[i];
            scratch[i] = r;
            norm2 += r * r;
        }
        double norm = Math.sqrt(norm2);
        if (norm == 0) {
            java.util.Arrays.fill(grad, 0.0);
            return 0.0;
        }
        for (int j = 0; j < n; j++) {
            grad[j] = -scratch[j];
        }
        if (generic != null) {
            for (int i = 0; i < n; i++) {
                double r = scratch[i];
                int base = i * n;
                for (int j = 0; j < n; j++) {
                    grad[j] += jac[base + j] * r;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                double dr = (1.0 - f[i] * f[i]) * scratch[i];
                int base = i * n;
                for (int j = 0; j < n; j++) {
                    grad[j] += w[base + j] * dr;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            grad[j] /= norm;
        }
        return norm;
    }

    /** ∂F/∂u at h: a new row-major H × (input size) array, columns (left, right, feedback). */
    public double[] inputJacobian(double[] h) {
        int m = input.length;
        double[] out = new double[n * m];
        if (generic != null) {
            double[][] j = generic.inputJacobian(h, input);
            for (int i = 0; i < n; i++) {
                System.arraycopy(j[i], 0, out, i * m, m);
            }
            return out;
        }
        double[] f = new double[n];
        apply(h, f);
        for (int i = 0; i < n; i++) {
            double d = 1.0 - f[i] * f[i];
            for (int k = 0; k < m; k++) {
                out[i * m + k] = d * win[i * m + k];
            }
        }
        return out;
    }
}
