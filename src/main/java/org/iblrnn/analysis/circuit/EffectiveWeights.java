package org.iblrnn.analysis.circuit;

import org.iblrnn.analysis.fixedpoint.NetworkMap;
import org.iblrnn.math.RowChunks;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.SessionTable;

/**
 * The recurrent connectivity of the circuit figures (M1, M2, M4, M5) for any core, at the network's operating point.
 *
 * <p>J̄ is the Jacobian ∂h_t/∂h_{t−1} of one step (the cell state of an lstm held fixed), averaged over every step of
 * the analysis session; ḡ_i is unit i's mean tanh gain ⟨1 − h_{t,i}²⟩ over the same steps. The effective weights
 * W̃ = diag(ḡ)⁻¹ J̄ are the W_hh of a tanh RNN that has the same mean Jacobian on the same activity. For a tanh RNN
 * ∂h_t/∂h_{t−1} = diag(1 − h_t²) W_hh, so J̄ = diag(ḡ) W_hh and W̃ is W_hh itself (to rounding): the paper's figure.
 * For a gru or an lstm W̃ also contains the gates' contributions, e.g. a gru's update gate z adds ⟨z_i⟩ / ḡ_i to the
 * self-weight of unit i.
 *
 * <p>Every step's Jacobian is Σ_g diag(κ_{t,g}) W_g + diag(d_t) (see {@link NetworkMap}), so J̄ is assembled from the
 * session means of κ and d in O(rows·G·H²) time for the pre-activations and O(G·H²) for the assembly.
 *
 * @param weights      W̃, H × H, [to][from]
 * @param meanJacobian J̄, H × H, rows = receiving unit
 * @param meanGain     ḡ (H)
 * @param steps        number of steps averaged (the session's rows)
 */
public record EffectiveWeights(double[][] weights, double[][] meanJacobian, double[] meanGain, int steps) {

    /**
     * @param network    the network that played the session (not modified)
     * @param fullStates its full states per row, row-major rows × S (h, then c for an lstm)
     * @param table      the session: inputs (left, right, feedback) per row and the session starts
     */
    public static EffectiveWeights of(RecurrentNetwork network, double[] fullStates, SessionTable table) {
        int h = network.hiddenSize();
        int s = network.stateSize();
        int gh = network.architecture().gates * h;
        int rows = table.rows();
        if (fullStates.length != rows * s || rows < 1) {
            throw new IllegalArgumentException("effective weights: " + fullStates.length + " state values for " + rows
                    + " rows of " + s + "-dimensional states");
        }
        double[] left = table.leftStimulus();
        double[] right = table.rightStimulus();
        double[] feedback = table.feedback();
        int[] step = table.rnnStepWithinSession();
        // per chunk: Σκ (G·H), Σd (H), Σ(1 − h²) (H)
        double[] sums = RowChunks.sum(rows, gh + 2 * h, c -> {
            NetworkMap map = new NetworkMap(network, new double[network.inputSize()]);
            double[] acc = new double[gh + 2 * h];
            double[] prev = new double[s];
            double[] u = new double[3];
            double[] kappa = new double[gh];
            double[] d = new double[h];
            for (int t = RowChunks.start(c); t < RowChunks.end(c, rows); t++) {
                if (step[t] == 0) {
                    java.util.Arrays.fill(prev, 0.0);
                } else {
                    System.arraycopy(fullStates, (t - 1) * s, prev, 0, s);
                }
                u[0] = left[t];
                u[1] = right[t];
                u[2] = feedback[t];
                map.hiddenJacobianCoefficients(prev, u, kappa, d);
                for (int k = 0; k < gh; k++) {
                    acc[k] += kappa[k];
                }
                for (int i = 0; i < h; i++) {
                    double hi = fullStates[t * s + i];
                    acc[gh + i] += d[i];
                    acc[gh + h + i] += 1.0 - hi * hi;
                }
            }
            return acc;
        });
        double[] p = network.params();
        int w = network.layout().weightHh();
        double[][] jac = new double[h][h];
        double[][] eff = new double[h][h];
        double[] gain = new double[h];
        for (int i = 0; i < h; i++) {
            gain[i] = sums[gh + h + i] / rows;
            for (int g = 0; g < network.architecture().gates; g++) {
                double k = sums[g * h + i] / rows;
                int row = w + (g * h + i) * h;
                for (int j = 0; j < h; j++) {
                    jac[i][j] += k * p[row + j];
                }
            }
            jac[i][i] += sums[gh + i] / rows;
            for (int j = 0; j < h; j++) {
                eff[i][j] = jac[i][j] / gain[i];
            }
        }
        return new EffectiveWeights(eff, jac, gain, rows);
    }
}
