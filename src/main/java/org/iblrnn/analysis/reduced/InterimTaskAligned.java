package org.iblrnn.analysis.reduced;

import java.util.random.RandomGenerator;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.SessionTable;

/**
 * Stand-in for issue #4's task-aligned coordinates (figures.md §2.4 A–C) until its products land on main: a
 * 2-component PCA of the hidden states (PC1 signed so the right-action readout points to +PC1), the PCA-plane
 * trial vector (the readout row transformed as a point, as the original does), the PCA-plane block vector (logistic
 * regression without intercept of block side on the PCA states, 67 % training split), and z = pca · Dᵀ with
 * D = (trial vector, block vector). Package-private: replace its one use in {@link ReducedProducts} by the
 * statespace product.
 */
final class InterimTaskAligned {

    private InterimTaskAligned() {
    }

    /** z [rows][2]: (along the stimulus readout, along the block readout). */
    static double[][] coordinates(SessionTable t, RecurrentNetwork net, RandomGenerator rng) {
        int n = t.rows();
        int h = t.stateSize();
        double[] hs = t.hiddenStates();
        double[] mean = new double[h];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < h; k++) {
                mean[k] += hs[r * h + k];
            }
        }
        for (int k = 0; k < h; k++) {
            mean[k] /= n;
        }
        double[][] cov = new double[h][h];
        double[] x = new double[h];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < h; i++) {
                x[i] = hs[r * h + i] - mean[i];
            }
            for (int i = 0; i < h; i++) {
                for (int j = i; j < h; j++) {
                    cov[i][j] += x[i] * x[j];
                }
            }
        }
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < i; j++) {
                cov[i][j] = cov[j][i];
            }
        }
        EigenDecompositionSymmetric evd = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(cov, false));
        double[][] pc = new double[2][h];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < h; i++) {
                pc[k][i] = evd.getEigenvector(k).getEntry(i);
            }
        }
        int w = net.layout().readoutWeight();
        double[] tr = new double[h];
        double nn = 0.0;
        for (int i = 0; i < h; i++) {
            tr[i] = net.params()[w + h + i];
            nn += tr[i] * tr[i];
        }
        nn = Math.sqrt(nn);
        double[] pt = new double[2];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < h; i++) {
                pt[k] += pc[k][i] * (tr[i] / nn - mean[i]);
            }
        }
        if (pt[0] < 0) {
            for (int i = 0; i < h; i++) {
                pc[0][i] = -pc[0][i];
            }
            pt[0] = -pt[0];
        }
        double pn = Math.hypot(pt[0], pt[1]);
        pt[0] /= pn;
        pt[1] /= pn;
        double[][] p = new double[n][2];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < 2; k++) {
                double s = 0.0;
                for (int i = 0; i < h; i++) {
                    s += pc[k][i] * (hs[r * h + i] - mean[i]);
                }
                p[r][k] = s;
            }
        }
        double[] pb = blockVector(p, t.blockSide(), rng);
        double[][] z = new double[n][2];
        for (int r = 0; r < n; r++) {
            z[r][0] = p[r][0] * pt[0] + p[r][1] * pt[1];
            z[r][1] = p[r][0] * pb[0] + p[r][1] * pb[1];
        }
        return z;
    }

    /** Unit-norm coefficients of a Newton-fitted logistic regression without intercept on a random 67 % of rows. */
    private static double[] blockVector(double[][] p, int[] blockSide, RandomGenerator rng) {
        int n = p.length;
        boolean[] train = new boolean[n];
        for (int r = 0; r < n; r++) {
            train[r] = rng.nextDouble() >= Radd.TEST_FRACTION;
        }
        double[] beta = new double[2];
        for (int it = 0; it < 50; it++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int r = 0; r < n; r++) {
                if (!train[r]) {
                    continue;
                }
                double mu = 1.0 / (1.0 + Math.exp(-(beta[0] * p[r][0] + beta[1] * p[r][1])));
                double d = (1 + blockSide[r]) / 2.0 - mu;
                double wt = mu * (1 - mu);
                g0 += d * p[r][0];
                g1 += d * p[r][1];
                h00 += wt * p[r][0] * p[r][0];
                h01 += wt * p[r][0] * p[r][1];
                h11 += wt * p[r][1] * p[r][1];
            }
            double det = h00 * h11 - h01 * h01;
            double s0 = (h11 * g0 - h01 * g1) / det;
            double s1 = (-h01 * g0 + h00 * g1) / det;
            beta[0] += s0;
            beta[1] += s1;
            if (Math.abs(s0) + Math.abs(s1) < 1e-10 * (Math.abs(beta[0]) + Math.abs(beta[1]))) {
                break;
            }
        }
        double bn = Math.hypot(beta[0], beta[1]);
        if (!(bn > 0) || !Double.isFinite(bn)) {
            throw new IllegalStateException("block readout regression did not converge (|beta| = " + bn + ")");
        }
        return new double[]{beta[0] / bn, beta[1] / bn};
    }
}
