package org.iblrnn.analysis.statespace;

import org.iblrnn.math.RowChunks;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Maximum-likelihood logistic regression without intercept by Newton's method, as statsmodels' {@code Logit.fit()}
 * does it (start at β = 0; step H⁻¹∇ with H = XᵀWX, W = diag(p(1 − p)); stop when every coefficient moves by
 * less than the tolerance or after the step limit). The gradient and Hessian sums run over fixed row chunks in
 * parallel and are combined in chunk order (deterministic).
 */
public final class LogisticRegression {

    /** statsmodels' default step limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 35;
    /** statsmodels' default coefficient-change tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-8;

    private LogisticRegression() {
    }

    /** Fits with the default step limit and tolerance; see {@link #fit(double[], int, double[], int[], int, double)}. */
    public static LogisticFit fit(double[] x, int p, double[] y, int[] rows) {
        return fit(x, p, y, rows, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /**
     * Fits β on the selected rows.
     *
     * @param x             design, row-major (all rows) × p (input, not modified)
     * @param p             number of columns (coefficients)
     * @param y             targets in {0, 1}, one per row of {@code x} (input, not modified)
     * @param rows          indices of the rows to fit (input, not modified)
     * @param maxIterations Newton step limit (≥ 1)
     * @param tolerance     stop when max |Δβ| &lt; tolerance (&gt; 0)
     * @return the fit; non-convergence is reported in the result, not thrown
     */
    public static LogisticFit fit(double[] x, int p, double[] y, int[] rows, int maxIterations, double tolerance) {
        if (p < 1 || x.length % p != 0 || y.length != x.length / p) {
            throw new IllegalArgumentException("logistic regression: design has " + x.length + " values for " + p
                    + " columns but there are " + y.length + " targets");
        }
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("logistic regression: maxIterations must be ≥ 1 and tolerance > 0 but were "
                    + maxIterations + " and " + tolerance);
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("logistic regression: no rows selected to fit");
        }
        double[] beta = new double[p];
        int n = rows.length;
        DMatrixRMaj hess = new DMatrixRMaj(p, p);
        DMatrixRMaj grad = new DMatrixRMaj(p, 1);
        DMatrixRMaj step = new DMatrixRMaj(p, 1);
        int it = 0;
        boolean converged = false;
        while (it < maxIterations) {
            double[] sums = accumulate(x, p, y, rows, beta, true);
            for (int i = 0; i < p; i++) {
                grad.set(i, 0, sums[i]);
                for (int j = i; j < p; j++) {
                    double v = sums[p + i * p + j];
                    hess.set(i, j, v);
                    hess.set(j, i, v);
                }
            }
            if (!solve(hess, grad, step)) {
                break;
            }
            double maxChange = 0;
            for (int i = 0; i < p; i++) {
                beta[i] += step.get(i, 0);
                maxChange = Math.max(maxChange, Math.abs(step.get(i, 0)));
            }
            it++;
            if (!Double.isFinite(maxChange)) {
                break;
            }
            if (maxChange < tolerance) {
                converged = true;
                break;
            }
        }
        double[] fin = accumulate(x, p, y, rows, beta, false);
        double maxGrad = 0;
        for (int i = 0; i < p; i++) {
            maxGrad = Math.max(maxGrad, Math.abs(fin[i]));
        }
        return new LogisticFit(beta, it, converged, fin[p], maxGrad, tolerance, n);
    }

    private static boolean solve(DMatrixRMaj hess, DMatrixRMaj grad, DMatrixRMaj out) {
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(hess.numRows);
        DMatrixRMaj a = hess.copy();
        if (chol.setA(a)) {
            chol.solve(grad, out);
            return true;
        }
        LinearSolverDense<DMatrixRMaj> qr = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!qr.setA(hess.copy())) {
            return false;
        }
        qr.solve(grad, out);
        return !org.ejml.dense.row.MatrixFeatures_DDRM.hasUncountable(out);
    }

    /**
     * Gradient (p values), then either the upper triangle of XᵀWX (p² values, when {@code hessian}) or the
     * log-likelihood (1 value).
     */
    private static double[] accumulate(double[] x, int p, double[] y, int[] rows, double[] beta, boolean hessian) {
        int n = rows.length;
        int len = hessian ? p + p * p : p + 1;
        return RowChunks.sum(n, len, c -> {
            double[] s = new double[len];
            for (int k = RowChunks.start(c); k < RowChunks.end(c, n); k++) {
                int off = rows[k] * p;
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += x[off + j] * beta[j];
                }
                double prob = sigmoid(eta);
                double resid = y[rows[k]] - prob;
                for (int j = 0; j < p; j++) {
                    s[j] += resid * x[off + j];
                }
                if (hessian) {
                    double w = prob * (1 - prob);
                    for (int i = 0; i < p; i++) {
                        double wi = w * x[off + i];
                        int base = p + i * p;
                        for (int j = i; j < p; j++) {
                            s[base + j] += wi * x[off + j];
                        }
                    }
                } else {
                    // log σ(η) = −log(1 + e^{−η}); log(1 − σ(η)) = −log(1 + e^{η})
                    s[p] += y[rows[k]] > 0.5 ? -log1pExp(-eta) : -log1pExp(eta);
                }
            }
            return s;
        });
    }

    static double sigmoid(double eta) {
        if (eta >= 0) {
            return 1.0 / (1.0 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1.0 + e);
    }

    private static double log1pExp(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }
}
