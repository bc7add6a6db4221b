package org.iblrnn.analysis.reduced;

/**
 * Ordinary least squares with an intercept for several targets at once, as scikit-learn's
 * {@code LinearRegression(fit_intercept=True)} computes it: columns are centred, the centred normal equations are
 * solved, and the intercept is {@code ȳ − β·x̄}. Small dense problems only (a handful of regressors).
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * Fits {@code y[r] ≈ coef · x[r] + intercept} over the rows listed in {@code rows}.
     *
     * @return {@code [targets][regressors + 1]}: the coefficients, then the intercept in the last column
     * @throws IllegalStateException if the regressors are collinear over those rows
     */
    static double[][] fit(double[][] x, double[][] y, int[] rows) {
        int p = x[0].length;
        int q = y[0].length;
        double[] mx = new double[p];
        double[] my = new double[q];
        for (int r : rows) {
            for (int j = 0; j < p; j++) {
                mx[j] += x[r][j];
            }
            for (int k = 0; k < q; k++) {
                my[k] += y[r][k];
            }
        }
        for (int j = 0; j < p; j++) {
            mx[j] /= rows.length;
        }
        for (int k = 0; k < q; k++) {
            my[k] /= rows.length;
        }
        double[][] xtx = new double[p][p];
        double[][] xty = new double[p][q];
        double[] xc = new double[p];
        for (int r : rows) {
            for (int j = 0; j < p; j++) {
                xc[j] = x[r][j] - mx[j];
            }
            for (int i = 0; i < p; i++) {
                for (int j = i; j < p; j++) {
                    xtx[i][j] += xc[i] * xc[j];
                }
                for (int k = 0; k < q; k++) {
                    xty[i][k] += xc[i] * (y[r][k] - my[k]);
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                xtx[i][j] = xtx[j][i];
            }
        }
        double[][] beta = solve(xtx, xty);
        double[][] out = new double[q][p + 1];
        for (int k = 0; k < q; k++) {
            double c = my[k];
            for (int j = 0; j < p; j++) {
                out[k][j] = beta[j][k];
                c -= beta[j][k] * mx[j];
            }
            out[k][p] = c;
        }
        return out;
    }

    /** Solves {@code a · x = b} by Gaussian elimination with partial pivoting (inputs are copied). */
    static double[][] solve(double[][] a0, double[][] b0) {
        int n = a0.length;
        int m = b0[0].length;
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
            b[i] = b0[i].clone();
            for (double v : a[i]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][col]) <= 1e-13 * Math.max(scale, Double.MIN_NORMAL)) {
                throw new IllegalStateException("least squares: regressor " + col
                        + " is collinear with the others (singular normal equations); the data do not vary enough");
            }
            double[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            t = b[col];
            b[col] = b[piv];
            b[piv] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                if (f == 0.0) {
                    continue;
                }
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                for (int c = 0; c < m; c++) {
                    b[r][c] -= f * b[col][c];
                }
            }
        }
        double[][] x = new double[n][m];
        for (int i = n - 1; i >= 0; i--) {
            for (int c = 0; c < m; c++) {
                double s = b[i][c];
                for (int j = i + 1; j < n; j++) {
                    s -= a[i][j] * x[j][c];
                }
                x[i][c] = s / a[i][i];
            }
        }
        return x;
    }
}
