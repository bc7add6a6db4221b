package org.iblrnn.analysis.reduced;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Ordinary least squares with an intercept for several targets at once, as scikit-learn's
 * {@code LinearRegression(fit_intercept=True)} computes it: columns are centred, the centred problem is solved, and
 * the intercept is {@code ȳ − β·x̄}. The centred problem is solved by a QR decomposition of the regressors (Hipparchus),
 * which keeps the accuracy the normal equations would square away when regressors are nearly collinear.
 */
final class LeastSquares {

    /** A regressor whose R diagonal falls below this fraction of the largest column norm counts as collinear. */
    private static final double RELATIVE_RANK_TOLERANCE = 1e-12;

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
        double[][] xc = new double[rows.length][p];
        double[][] yc = new double[rows.length][q];
        double largest = 0.0;
        double[] norm = new double[p];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            for (int j = 0; j < p; j++) {
                xc[i][j] = x[r][j] - mx[j];
                norm[j] += xc[i][j] * xc[i][j];
            }
            for (int k = 0; k < q; k++) {
                yc[i][k] = y[r][k] - my[k];
            }
        }
        for (double v : norm) {
            largest = Math.max(largest, Math.sqrt(v));
        }
        DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(xc, false),
                RELATIVE_RANK_TOLERANCE * Math.max(largest, Double.MIN_NORMAL)).getSolver();
        if (!solver.isNonSingular()) {
            throw new IllegalStateException("least squares: the regressors are collinear over the " + rows.length
                    + " rows used; the data do not vary enough");
        }
        RealMatrix beta = solver.solve(new Array2DRowRealMatrix(yc, false));
        double[][] out = new double[q][p + 1];
        for (int k = 0; k < q; k++) {
            double c = my[k];
            for (int j = 0; j < p; j++) {
                out[k][j] = beta.getEntry(j, k);
                c -= beta.getEntry(j, k) * mx[j];
            }
            out[k][p] = c;
        }
        return out;
    }
}
