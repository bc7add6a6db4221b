package org.iblrnn.analysis.psychometric;

import java.util.function.ToDoubleFunction;

/**
 * Downhill simplex minimiser reproducing scipy's {@code optimize.fmin} (the non-adaptive
 * {@code _minimize_neldermead}), because psychofit's answers depend on this particular simplex and
 * stopping rule; a library Nelder–Mead with other choices converges elsewhere on flat likelihoods.
 *
 * <p>Algorithm (Nelder &amp; Mead 1965, in scipy's variant):
 * <ul>
 *   <li>Initial simplex: x0, and for each k, x0 with component k multiplied by 1.05 (set to 0.00025 if it is
 *       0). The N + 1 vertices are evaluated and sorted by value (best first).</li>
 *   <li>Each iteration first tests convergence: max over vertices and components |x_i − x_0| ≤ xtol and
 *       max |f_i − f_0| ≤ ftol. Otherwise, with centroid x̄ of the N best vertices and worst vertex x_N:
 *       reflect x_r = 2x̄ − x_N; if f_r &lt; f_0 expand x_e = 3x̄ − 2x_N and keep the better of x_e, x_r
 *       (x_e only if f_e &lt; f_r); else if f_r &lt; f_{N−1} keep x_r; else contract — outside
 *       (x_c = 1.5x̄ − 0.5x_N, kept if f_c ≤ f_r) when f_r &lt; f_N, inside (x_cc = 0.5x̄ + 0.5x_N, kept if
 *       f_cc &lt; f_N) otherwise — and if the contraction is rejected shrink every vertex towards x_0 by
 *       0.5. The vertices are then re-sorted by value with a stable sort (NaN last).</li>
 *   <li>Stops on convergence, when the iteration counter reaches maxIterations or when maxEvaluations
 *       evaluations have been made. As in scipy, the evaluation limit is enforced on every call: the call
 *       that would exceed it aborts the current iteration (vertices already moved by an interrupted shrink
 *       keep their previous values, a scipy quirk reproduced here).</li>
 * </ul>
 *
 * <p>Changes from scipy: argsort ties are broken stably (numpy's small-array sort is an insertion sort, but
 * SIMD sorting in recent numpy builds may order ties differently); no bounds, callbacks or adaptive
 * coefficients. Instances are immutable and thread-safe; {@link #minimize} keeps its state in locals.
 * A successful status only means the simplex became small, not that a global minimum was found.
 */
public final class NelderMead {

    /** scipy's default absolute tolerance on the simplex extent ({@code xtol}/{@code xatol}). */
    public static final double DEFAULT_XTOL = 1e-4;
    /** scipy's default absolute tolerance on the spread of vertex values ({@code ftol}/{@code fatol}). */
    public static final double DEFAULT_FTOL = 1e-4;

    private static final double RHO = 1.0;
    private static final double CHI = 2.0;
    private static final double PSI = 0.5;
    private static final double SIGMA = 0.5;
    private static final double NONZERO_DELTA = 0.05;
    private static final double ZERO_DELTA = 0.00025;

    /** Why the minimiser stopped. Non-convergence is reported here, never thrown. */
    public enum Status {
        /** Simplex extent ≤ xtol and value spread ≤ ftol. */
        CONVERGED,
        /** The iteration counter reached maxIterations (scipy warnflag 2). */
        MAX_ITERATIONS,
        /** maxEvaluations function evaluations were made (scipy warnflag 1; takes precedence). */
        MAX_EVALUATIONS
    }

    /**
     * Outcome of a minimisation.
     *
     * @param x           best vertex
     * @param fun         smallest vertex value (NaN if any vertex value is NaN, like {@code np.min})
     * @param iterations  scipy's {@code nit}: starts at 1 and is incremented after each completed iteration
     * @param evaluations number of objective evaluations (scipy's {@code nfev})
     * @param status      why it stopped
     */
    public record Result(double[] x, double fun, int iterations, int evaluations, Status status) {
        /** True when the tolerances were met. */
        public boolean converged() {
            return status == Status.CONVERGED;
        }
    }

    private final double xtol;
    private final double ftol;
    private final int maxIterations;
    private final int maxEvaluations;

    private NelderMead(double xtol, double ftol, int maxIterations, int maxEvaluations) {
        if (!(xtol >= 0) || !(ftol >= 0)) {
            throw new IllegalArgumentException("NelderMead tolerances must be >= 0 but were xtol=" + xtol
                    + ", ftol=" + ftol);
        }
        if (maxIterations < 0 || maxEvaluations < 0) {
            throw new IllegalArgumentException("NelderMead limits must be >= 0 (0 = 200 per dimension) but were"
                    + " maxIterations=" + maxIterations + ", maxEvaluations=" + maxEvaluations);
        }
        this.xtol = xtol;
        this.ftol = ftol;
        this.maxIterations = maxIterations;
        this.maxEvaluations = maxEvaluations;
    }

    /** scipy's {@code fmin} defaults: xtol = ftol = 1e-4, maxiter = maxfun = 200·N. */
    public static NelderMead fmin() {
        return new NelderMead(DEFAULT_XTOL, DEFAULT_FTOL, 0, 0);
    }

    /** Copy with other limits; 0 means the default 200·N. */
    public NelderMead withLimits(int maxIterations, int maxEvaluations) {
        return new NelderMead(xtol, ftol, maxIterations, maxEvaluations);
    }

    /**
     * Minimises {@code f} from {@code x0}.
     *
     * @param f  objective; receives a fresh copy of the point on every call
     * @param x0 start point, length N ≥ 1 (input, not modified)
     */
    public Result minimize(ToDoubleFunction<double[]> f, double[] x0) {
        int n = x0.length;
        if (n == 0) {
            throw new IllegalArgumentException("NelderMead needs at least one parameter but x0 is empty");
        }
        int maxIter = maxIterations > 0 ? maxIterations : 200 * n;
        CountingObjective func = new CountingObjective(f, maxEvaluations > 0 ? maxEvaluations : 200 * n);

        double[][] sim = new double[n + 1][];
        sim[0] = x0.clone();
        for (int k = 0; k < n; k++) {
            double[] y = x0.clone();
            y[k] = y[k] != 0 ? (1 + NONZERO_DELTA) * y[k] : ZERO_DELTA;
            sim[k + 1] = y;
        }
        double[] fsim = new double[n + 1];
        java.util.Arrays.fill(fsim, Double.POSITIVE_INFINITY);
        try {
            for (int k = 0; k <= n; k++) {
                fsim[k] = func.apply(sim[k]);
            }
        } catch (EvaluationLimitReached e) {
            // leave the remaining vertices at +inf, as scipy does
        }
        sortByValue(sim, fsim);

        int iterations = 1;
        double[] xbar = new double[n];
        while (func.calls < func.limit && iterations < maxIter) {
            try {
                if (converged(sim, fsim)) {
                    break;
                }
                for (int j = 0; j < n; j++) {
                    double s = 0.0;
                    for (int i = 0; i < n; i++) {
                        s += sim[i][j];
                    }
                    xbar[j] = s / n;
                }
                double[] worst = sim[n];
                double[] xr = combine(1 + RHO, xbar, -RHO, worst);
                double fxr = func.apply(xr);
                boolean doShrink = false;
                if (fxr < fsim[0]) {
                    double[] xe = combine(1 + RHO * CHI, xbar, -RHO * CHI, worst);
                    double fxe = func.apply(xe);
                    if (fxe < fxr) {
                        sim[n] = xe;
                        fsim[n] = fxe;
                    } else {
                        sim[n] = xr;
                        fsim[n] = fxr;
                    }
                } else if (fxr < fsim[n - 1]) {
                    sim[n] = xr;
                    fsim[n] = fxr;
                } else if (fxr < fsim[n]) {
                    double[] xc = combine(1 + PSI * RHO, xbar, -PSI * RHO, worst);
                    double fxc = func.apply(xc);
                    if (fxc <= fxr) {
                        sim[n] = xc;
                        fsim[n] = fxc;
                    } else {
                        doShrink = true;
                    }
                } else {
                    double[] xcc = combine(1 - PSI, xbar, PSI, worst);
                    double fxcc = func.apply(xcc);
                    if (fxcc < fsim[n]) {
                        sim[n] = xcc;
                        fsim[n] = fxcc;
                    } else {
                        doShrink = true;
                    }
                }
                if (doShrink) {
                    for (int i = 1; i <= n; i++) {
                        for (int j = 0; j < n; j++) {
                            sim[i][j] = sim[0][j] + SIGMA * (sim[i][j] - sim[0][j]);
                        }
                        fsim[i] = func.apply(sim[i]);
                    }
                }
                iterations++;
            } catch (EvaluationLimitReached e) {
                // the loop condition ends the run
            } finally {
                sortByValue(sim, fsim);
            }
        }

        double fun = fsim[0];
        for (double v : fsim) {
            if (Double.isNaN(v)) {
                fun = Double.NaN;
                break;
            }
            fun = Math.min(fun, v);
        }
        Status status = func.calls >= func.limit ? Status.MAX_EVALUATIONS
                : iterations >= maxIter ? Status.MAX_ITERATIONS : Status.CONVERGED;
        return new Result(sim[0].clone(), fun, iterations, func.calls, status);
    }

    private boolean converged(double[][] sim, double[] fsim) {
        double dx = 0.0;
        double df = 0.0;
        for (int i = 1; i < sim.length; i++) {
            for (int j = 0; j < sim[0].length; j++) {
                dx = Math.max(dx, Math.abs(sim[i][j] - sim[0][j]));
            }
            df = Math.max(df, Math.abs(fsim[0] - fsim[i]));
        }
        return dx <= xtol && df <= ftol;
    }

    /** a·u + b·v elementwise; (1 + ρ)·x̄ − ρ·x_N as scipy writes it equals a·x̄ + (−ρ)·x_N bit for bit. */
    private static double[] combine(double a, double[] u, double b, double[] v) {
        double[] out = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            out[j] = a * u[j] + b * v[j];
        }
        return out;
    }

    /** Stable insertion sort of the vertices by value, NaN last (numpy's argsort order for small arrays). */
    private static void sortByValue(double[][] sim, double[] fsim) {
        for (int i = 1; i < fsim.length; i++) {
            double fv = fsim[i];
            double[] xv = sim[i];
            int j = i - 1;
            while (j >= 0 && less(fv, fsim[j])) {
                fsim[j + 1] = fsim[j];
                sim[j + 1] = sim[j];
                j--;
            }
            fsim[j + 1] = fv;
            sim[j + 1] = xv;
        }
    }

    private static boolean less(double a, double b) {
        return a < b || (Double.isNaN(b) && !Double.isNaN(a));
    }

    /** Thrown by {@link CountingObjective} instead of making call number limit + 1. */
    private static final class EvaluationLimitReached extends RuntimeException {
        EvaluationLimitReached() {
            super(null, null, false, false);
        }
    }

    private static final class CountingObjective {
        private final ToDoubleFunction<double[]> f;
        private final int limit;
        private int calls;

        CountingObjective(ToDoubleFunction<double[]> f, int limit) {
            this.f = f;
            this.limit = limit;
        }

        double apply(double[] x) {
            if (calls >= limit) {
                throw new EvaluationLimitReached();
            }
            calls++;
            return f.applyAsDouble(x.clone());
        }
    }
}
