package org.iblrnn.fitmice.classical;

/**
 * Quasi-Newton (BFGS) minimiser of a smooth function with an analytic gradient, for the handful of parameters of a
 * classical choice model. With exact gradients it needs a few dozen likelihood evaluations where the simplex of
 * psychofit needs hundreds, which is what makes fitting every fold of every mouse cheap.
 *
 * <p>Algorithm (Nocedal &amp; Wright, Numerical Optimization, ch. 6): direction d = −H·g with H the inverse-Hessian
 * estimate (the identity, rescaled by sᵀy/yᵀy after the first step), shortened so that no coordinate moves by more
 * than 1 in one trial step (in log and logit coordinates a longer step lands where the likelihood is flat, e.g. a
 * noise of 0 or a lapse of ½, and the search stalls there); step length by backtracking from 1 (halving)
 * until the Armijo condition f(x + a·d) ≤ f(x) + 10⁻⁴·a·gᵀd holds; H is updated with the BFGS formula only when
 * the curvature condition sᵀy &gt; 0 holds, and reset to the identity when d is not a descent direction. Non-finite
 * values count as +∞, so a step into a region where the objective cannot be evaluated is shortened. It stops when
 * max|g| ≤ {@code gradientTolerance}, when an iteration lowers f by less than {@code valueTolerance}·(1 + |f|), when
 * the line search fails, or after {@code maxIterations}. Deterministic: no randomness, no threads.
 */
final class Bfgs {

    /** An objective that also writes its gradient. */
    @FunctionalInterface
    interface Objective {
        /** f(x); writes ∂f/∂x into {@code gradient} (same length as x). */
        double value(double[] x, double[] gradient);
    }

    /**
     * Outcome of a minimisation.
     *
     * @param x           the best point found
     * @param value       f there
     * @param iterations  accepted steps
     * @param evaluations calls of the objective
     * @param converged   whether a tolerance (not the iteration limit or a failed line search) ended it
     */
    record Result(double[] x, double value, int iterations, int evaluations, boolean converged) {
    }

    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 40;
    /** Longest trial step in any coordinate. */
    static final double MAX_STEP = 1.0;

    private final double gradientTolerance;
    private final double valueTolerance;
    private final int maxIterations;

    Bfgs(double gradientTolerance, double valueTolerance, int maxIterations) {
        if (!(gradientTolerance >= 0) || !(valueTolerance >= 0) || maxIterations < 1) {
            throw new IllegalArgumentException("BFGS needs tolerances >= 0 and at least one iteration");
        }
        this.gradientTolerance = gradientTolerance;
        this.valueTolerance = valueTolerance;
        this.maxIterations = maxIterations;
    }

    Result minimize(Objective f, double[] x0) {
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double fx = f.value(x, g);
        int evaluations = 1;
        if (!Double.isFinite(fx) || !allFinite(g)) {
            throw new IllegalArgumentException("the objective is not finite at the starting point");
        }
        double[][] h = identity(n);
        boolean scaled = false;
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        double[] hy = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            if (maxAbs(g) <= gradientTolerance) {
                return new Result(x, fx, it, evaluations, true);
            }
            multiply(h, g, d);
            double slope = 0.0;
            for (int i = 0; i < n; i++) {
                d[i] = -d[i];
                slope += g[i] * d[i];
            }
            if (!(slope < 0)) {
                h = identity(n);
                scaled = false;
                slope = 0.0;
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                    slope -= g[i] * g[i];
                }
            }
            double longest = maxAbs(d);
            if (longest > MAX_STEP) {
                // a trial step longer than MAX_STEP in some coordinate is shortened to it (a trust cap)
                double shrink = MAX_STEP / longest;
                for (int i = 0; i < n; i++) {
                    d[i] *= shrink;
                }
                slope *= shrink;
            }
            double a = 1.0;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int k = 0; k < MAX_HALVINGS; k++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + a * d[i];
                }
                fNew = f.value(xNew, gNew);
                evaluations++;
                if (Double.isFinite(fNew) && allFinite(gNew) && fNew <= fx + ARMIJO * a * slope) {
                    accepted = true;
                    break;
                }
                a *= 0.5;
            }
            if (!accepted) {
                return new Result(x, fx, it, evaluations, false);
            }
            double sy = 0.0;
            double yy = 0.0;
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }
            double decrease = fx - fNew;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (decrease <= valueTolerance * (1.0 + Math.abs(fx))) {
                return new Result(x, fx, it + 1, evaluations, true);
            }
            if (sy > 1e-12 * Math.sqrt(yy) * norm(s)) {
                if (!scaled) {
                    double gamma = sy / yy;
                    for (int i = 0; i < n; i++) {
                        h[i][i] = gamma;
                    }
                    scaled = true;
                }
                update(h, s, y, sy, hy);
            }
        }
        return new Result(x, fx, maxIterations, evaluations, false);
    }

    /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1/sᵀy, written out (H symmetric). */
    private static void update(double[][] h, double[] s, double[] y, double sy, double[] hy) {
        int n = s.length;
        multiply(h, y, hy);
        double yhy = 0.0;
        for (int i = 0; i < n; i++) {
            yhy += y[i] * hy[i];
        }
        double rho = 1.0 / sy;
        double c = rho * rho * yhy + rho;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += c * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0.0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    private static double maxAbs(double[] v) {
        double m = 0.0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double norm(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
