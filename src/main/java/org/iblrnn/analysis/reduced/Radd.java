package org.iblrnn.analysis.reduced;

import java.util.random.RandomGenerator;

/**
 * RADD ("representations and dynamics distillation"): fits a 2-unit tanh RNN directly to the
 * trajectory of a network's 2-D task-aligned coordinates, so that the reduced model reproduces the representation
 * and not only the outputs.
 *
 * <p>Fit: prepend a zero state, divide every coordinate by M = 1.01·max|z| (so tanh is invertible; the original
 * normalises this way and does not clip), regress arctanh(z_t / M) on [z_{t−1} / M, u_t] by least squares with
 * an intercept on a random 67 % of the rows, and score R² on the other 33 %.
 */
public final class Radd {

    /** Fraction of rows held out for R² (the original's {@code test_size=.33}). */
    public static final double TEST_FRACTION = 0.33;

    private Radd() {
    }

    /**
     * @param z   task-aligned coordinates, one row per RNN step: {stimulus, block} (input, not modified)
     * @param u   the inputs of the same steps: {left, right, feedback} (feedback = previous step's reward)
     * @param rng draws the train/test split
     */
    public static RaddFit fit(double[][] z, double[][] u, RandomGenerator rng) {
        double max = 0.0;
        for (double[] row : z) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return fit(z, u, 1.01 * max, rng);
    }

    /**
     * As {@link #fit(double[][], double[][], RandomGenerator)} with an explicit normaliser M (every |z| must be
     * below M).
     */
    public static RaddFit fit(double[][] z, double[][] u, double normaliser, RandomGenerator rng) {
        int n = z.length;
        if (u.length != n) {
            throw new IllegalArgumentException("RADD fit: z has " + n + " rows but u has " + u.length
                    + "; pass one input row per state row");
        }
        if (n < 20) {
            throw new IllegalArgumentException("RADD fit needs at least 20 steps but got " + n);
        }
        double max = 0.0;
        for (int t = 0; t < n; t++) {
            if (z[t].length != 2 || u[t].length != 3) {
                throw new IllegalArgumentException("RADD fit: row " + t + " has a state of length " + z[t].length
                        + " and an input of length " + u[t].length + "; expected 2 and 3");
            }
            max = Math.max(max, Math.max(Math.abs(z[t][0]), Math.abs(z[t][1])));
        }
        if (!(max > 0.0) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("RADD fit: the task-aligned coordinates are all zero or not finite "
                    + "(max |z| = " + max + ")");
        }
        if (!(normaliser > max)) {
            throw new IllegalArgumentException("RADD fit: normaliser " + normaliser + " must exceed max |z| = " + max
                    + " so that arctanh(z / M) is finite");
        }
        double m = normaliser;
        double[][] x = new double[n][5];
        double[][] y = new double[n][2];
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                x[t][0] = z[t - 1][0] / m;
                x[t][1] = z[t - 1][1] / m;
            }
            x[t][2] = u[t][0];
            x[t][3] = u[t][1];
            x[t][4] = u[t][2];
            y[t][0] = atanh(z[t][0] / m);
            y[t][1] = atanh(z[t][1] / m);
        }
        int[] perm = permutation(n, rng);
        int nTest = (int) Math.ceil(TEST_FRACTION * n);
        int[] test = java.util.Arrays.copyOfRange(perm, 0, nTest);
        int[] train = java.util.Arrays.copyOfRange(perm, nTest, n);
        double[][] coef = LeastSquares.fit(x, y, train);
        double[][] a = new double[2][2];
        double[][] b = new double[2][3];
        double[] c = new double[2];
        for (int k = 0; k < 2; k++) {
            a[k][0] = coef[k][0];
            a[k][1] = coef[k][1];
            b[k][0] = coef[k][2];
            b[k][1] = coef[k][3];
            b[k][2] = coef[k][4];
            c[k] = coef[k][5];
        }
        double r2 = rSquared(x, y, test, coef);
        return new RaddFit(a, b, c, r2, m, train.length, test.length);
    }

    /** scikit-learn's {@code score}: R² per target on the given rows, averaged uniformly over targets. */
    static double rSquared(double[][] x, double[][] y, int[] rows, double[][] coef) {
        int q = coef.length;
        int p = x[0].length;
        double sum = 0.0;
        for (int k = 0; k < q; k++) {
            double mean = 0.0;
            for (int r : rows) {
                mean += y[r][k];
            }
            mean /= rows.length;
            double ssRes = 0.0;
            double ssTot = 0.0;
            for (int r : rows) {
                double pred = coef[k][p];
                for (int j = 0; j < p; j++) {
                    pred += coef[k][j] * x[r][j];
                }
                double e = y[r][k] - pred;
                ssRes += e * e;
                double d = y[r][k] - mean;
                ssTot += d * d;
            }
            sum += ssTot == 0.0 ? (ssRes == 0.0 ? 1.0 : 0.0) : 1.0 - ssRes / ssTot;
        }
        return sum / q;
    }

    /**
     * Teacher-forced simulation: ẑ_0 = 0 before the first row, ẑ_t = tanh(A ẑ_{t−1} + B u_t + c), rescaled by M to
     * the task-aligned units (row t aligned with input row t).
     */
    public static double[][] simulate(RaddFit fit, double[][] u) {
        double[][] out = new double[u.length][2];
        double[] s = new double[2];
        for (int t = 0; t < u.length; t++) {
            fit.step(s, u[t], s);
            out[t][0] = s[0] * fit.normaliser();
            out[t][1] = s[1] * fit.normaliser();
        }
        return out;
    }

    /**
     * The original's control: a 2-unit tanh map with standard-normal A (2×2) and B (2×3), no intercept, driven by
     * the same inputs from a zero state (left in the normalised units, as the original does).
     */
    public static double[][] randomControl(double[][] u, RandomGenerator rng) {
        double[][] a = new double[2][2];
        double[][] b = new double[2][3];
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        for (double[] row : b) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        RaddFit control = new RaddFit(a, b, new double[2], Double.NaN, 1.0, 0, 0);
        return simulate(control, u);
    }

    /** Rows of a session as RADD inputs {left, right, feedback}. */
    public static double[][] inputs(org.iblrnn.task.SessionTable table) {
        int n = table.rows();
        double[][] u = new double[n][3];
        double[] l = table.leftStimulus();
        double[] r = table.rightStimulus();
        double[] f = table.feedback();
        for (int t = 0; t < n; t++) {
            u[t][0] = l[t];
            u[t][1] = r[t];
            u[t][2] = f[t];
        }
        return u;
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1.0 + v) / (1.0 - v));
    }

    private static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
