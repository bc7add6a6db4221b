package org.iblrnn.analysis.fixedpoint;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.iblrnn.math.SampleCovariance;

/**
 * Turns a hidden state h into a full network state, so that points of a plane learnt on h (the PCA plane, the
 * 2-unit models' own plane) can be stepped by the network. For rnn and gru the state is h itself; an lstm also
 * carries its cell state c, which is set to the least-squares prediction c ≈ A h + b fitted on the states the
 * network visited in its session (the linear regression of each cell unit on all hidden units). Fixed points are
 * searched in the full state and never constrained to this lift; it only places grid points (figures FP1, FP2, VF1
 * and the 2-unit fields) and the linearised plane map of the PCA stability flag.
 *
 * @param hiddenSize H
 * @param stateSize  S (H, or 2H for an lstm)
 * @param slope      A, row-major (S − H) × H
 * @param intercept  b (S − H)
 * @param rSquared   fraction of the extra coordinates' total variance the regression explains (1 for the identity)
 */
public record StateLift(int hiddenSize, int stateSize, double[] slope, double[] intercept, double rSquared) {

    /** The identity lift of an H-dimensional state. */
    public static StateLift identity(int hiddenSize) {
        return new StateLift(hiddenSize, hiddenSize, new double[0], new double[0], 1.0);
    }

    /**
     * Fits the lift on visited full states.
     *
     * @param states     row-major rows × S full states, h first (input, not modified)
     * @param hiddenSize H
     * @param stateSize  S
     */
    public static StateLift fit(double[] states, int hiddenSize, int stateSize) {
        if (stateSize == hiddenSize) {
            return identity(hiddenSize);
        }
        int rows = states.length / stateSize;
        if (rows < 2 || states.length % stateSize != 0) {
            throw new IllegalArgumentException("state lift: needs at least 2 states of size " + stateSize + " but got "
                    + states.length + " values");
        }
        int h = hiddenSize;
        int e = stateSize - h;
        double[] mean = SampleCovariance.mean(states, rows, stateSize);
        DMatrixRMaj cov = SampleCovariance.covariance(states, rows, stateSize, mean);
        DMatrixRMaj shh = CommonOps_DDRM.extract(cov, 0, h, 0, h);
        DMatrixRMaj sch = CommonOps_DDRM.extract(cov, h, stateSize, 0, h);
        DMatrixRMaj scc = CommonOps_DDRM.extract(cov, h, stateSize, h, stateSize);
        DMatrixRMaj inv = new DMatrixRMaj(h, h);
        CommonOps_DDRM.pinv(shh, inv);
        DMatrixRMaj a = new DMatrixRMaj(e, h);
        CommonOps_DDRM.mult(sch, inv, a);
        double[] b = new double[e];
        for (int k = 0; k < e; k++) {
            double v = mean[h + k];
            for (int j = 0; j < h; j++) {
                v -= a.get(k, j) * mean[j];
            }
            b[k] = v;
        }
        // explained covariance A Σ_hc; R² = trace(A Σ_hc) / trace(Σ_cc)
        double explained = 0;
        double total = 0;
        for (int k = 0; k < e; k++) {
            double v = 0;
            for (int j = 0; j < h; j++) {
                v += a.get(k, j) * sch.get(k, j);
            }
            explained += v;
            total += scc.get(k, k);
        }
        return new StateLift(h, stateSize, a.getData(), b, total > 0 ? explained / total : 1.0);
    }

    /** Whether the lift is the identity (the state is h). */
    public boolean isIdentity() {
        return stateSize == hiddenSize;
    }

    /**
     * The full state of {@code h[offset .. offset + H)}: h followed by A h + b.
     *
     * @param out output (modified), length S, written from {@code outOffset}
     */
    public void lift(double[] h, int offset, double[] out, int outOffset) {
        int hh = hiddenSize;
        System.arraycopy(h, offset, out, outOffset, hh);
        for (int k = 0; k < stateSize - hh; k++) {
            double v = intercept[k];
            for (int j = 0; j < hh; j++) {
                v += slope[k * hh + j] * h[offset + j];
            }
            out[outOffset + hh + k] = v;
        }
    }

    /** The full state of h as a new array. */
    public double[] lift(double[] h) {
        double[] out = new double[stateSize];
        lift(h, 0, out, 0);
        return out;
    }
}
