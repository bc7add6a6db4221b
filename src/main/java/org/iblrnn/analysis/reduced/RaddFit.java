package org.iblrnn.analysis.reduced;

import java.util.Arrays;

/**
 * The fitted RADD dynamics z_t = tanh(A z_{t−1} + B u_t + c) in normalised task-aligned coordinates (the
 * coordinates divided by {@code normaliser}, so every |z| &lt; 1), with u = (left, right, feedback).
 * Immutable: accessors return copies.
 *
 * @param a          A, 2 × 2 (row = target coordinate: 0 stimulus, 1 block)
 * @param b          B, 2 × 3 (columns left, right, feedback)
 * @param c          intercept, length 2
 * @param rSquared   held-out R² of the arctanh regression, averaged over the two targets (scikit-learn's score)
 * @param normaliser M = 1.01 · max|z| over both coordinates and all rows (z / M is what the model sees)
 * @param trainRows  rows used for the fit
 * @param testRows   held-out rows scored by {@code rSquared}
 */
public record RaddFit(double[][] a, double[][] b, double[] c, double rSquared, double normaliser, int trainRows,
                      int testRows) {

    public RaddFit {
        if (a.length != 2 || a[0].length != 2 || a[1].length != 2 || b.length != 2 || b[0].length != 3
                || b[1].length != 3 || c.length != 2) {
            throw new IllegalArgumentException("RADD needs A 2x2, B 2x3 and c of length 2 but got A "
                    + a.length + "x" + a[0].length + ", B " + b.length + "x" + b[0].length + ", c " + c.length);
        }
        a = new double[][]{a[0].clone(), a[1].clone()};
        b = new double[][]{b[0].clone(), b[1].clone()};
        c = c.clone();
    }

    @Override
    public double[][] a() {
        return new double[][]{a[0].clone(), a[1].clone()};
    }

    @Override
    public double[][] b() {
        return new double[][]{b[0].clone(), b[1].clone()};
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    /** One step of the fitted map in normalised coordinates: {@code out = tanh(A z + B u + c)}. */
    public void step(double[] z, double[] u, double[] out) {
        double s0 = c[0] + a[0][0] * z[0] + a[0][1] * z[1] + b[0][0] * u[0] + b[0][1] * u[1] + b[0][2] * u[2];
        double s1 = c[1] + a[1][0] * z[0] + a[1][1] * z[1] + b[1][0] * u[0] + b[1][1] * u[1] + b[1][2] * u[2];
        out[0] = Math.tanh(s0);
        out[1] = Math.tanh(s1);
    }

    @Override
    public String toString() {
        return "RaddFit[A=" + Arrays.deepToString(a) + ", B=" + Arrays.deepToString(b) + ", c=" + Arrays.toString(c)
                + ", R²=" + rSquared + ", M=" + normaliser + "]";
    }
}
