package org.iblrnn.analysis.fixedpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iblrnn.model.RecurrentNetwork;

/** Computes the {@link Basin} of each searched condition, over the grid candidates (full states). */
public final class BasinAnalysis {

    private BasinAnalysis() {
    }

    /** Basins for every condition of the search, in its order. */
    public static List<Basin> compute(RecurrentNetwork network, FixedPointResults results) {
        List<Basin> out = new ArrayList<>();
        for (ConditionFixedPoints c : results.conditions()) {
            out.add(compute(new NetworkMap(network, c.condition().input()), c, results.grid()));
        }
        return List.copyOf(out);
    }

    /** The basin of one condition. */
    public static Basin compute(NetworkMap map, ConditionFixedPoints c, StateGrid grid) {
        int h = grid.stateSize();
        int m = grid.size();
        int best = -1;
        for (int i = 0; i < m; i++) {
            if (c.stable()[i] && c.pcaStable()[i] && (best < 0 || c.residual()[i] < c.residual()[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return Basin.skipped(c.condition(), Basin.Status.NO_STABLE_CANDIDATE, -1, new double[0], new double[0],
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, null);
        }
        double[] xs = Arrays.copyOfRange(c.descentStates(), best * h, (best + 1) * h);
        double[] xsPca = Arrays.copyOfRange(c.descentPca(), 2 * best, 2 * best + 2);
        double[] fx = new double[h];
        double[] a = new double[h * h];
        map.jacobian(xs, fx, a);
        double res = 0;
        for (int j = 0; j < h; j++) {
            res += (fx[j] - xs[j]) * (fx[j] - xs[j]);
        }
        res = Math.sqrt(res);
        double[] q = new double[h * h];
        for (int j = 0; j < h; j++) {
            q[j * h + j] = 1.0;
        }
        LyapunovSolution sol = DiscreteLyapunov.solve(a, q, h);
        if (!sol.converged()) {
            return Basin.skipped(c.condition(), Basin.Status.LYAPUNOV_UNSOLVABLE, best, xs, xsPca, res, Double.NaN,
                    Double.NaN, Double.NaN, sol);
        }
        double lp = Spectra.maxSymmetricEigenvalue(sol.p(), h);
        double[] ata = new double[h * h];
        for (int i = 0; i < h; i++) {
            for (int j = i; j < h; j++) {
                double s = 0;
                for (int k = 0; k < h; k++) {
                    s += a[k * h + i] * a[k * h + j];
                }
                ata[i * h + j] = s;
                ata[j * h + i] = s;
            }
        }
        double la = Spectra.maxSymmetricEigenvalue(ata, h);
        double gamma = largestRoot(-lp, -2 * lp * Math.sqrt(la), 1.0);
        if (!(gamma > 0)) {
            return Basin.skipped(c.condition(), Basin.Status.NON_POSITIVE_GAMMA, best, xs, xsPca, res, gamma, lp, la,
                    sol);
        }
        List<Integer> idx = new ArrayList<>();
        List<Double> en = new ArrayList<>();
        double[] x = new double[h];
        double[] ax = new double[h];
        for (int i = 0; i < m; i++) {
            double xn = 0;
            for (int j = 0; j < h; j++) {
                x[j] = grid.states()[i * h + j] - xs[j];
                xn += x[j] * x[j];
            }
            double gn = 0;
            for (int r = 0; r < h; r++) {
                double s = 0;
                for (int k = 0; k < h; k++) {
                    s += a[r * h + k] * x[k];
                }
                ax[r] = s;
                double g = c.secondStates()[i * h + r] - fx[r] - s;
                gn += g * g;
            }
            if (Math.sqrt(gn) < gamma * Math.sqrt(xn)) {
                double e = 0;
                for (int r = 0; r < h; r++) {
                    double s = 0;
                    for (int k = 0; k < h; k++) {
                        s += sol.p()[r * h + k] * x[k];
                    }
                    e += x[r] * s;
                }
                idx.add(i);
                en.add(0.5 * e);
            }
        }
        if (idx.isEmpty()) {
            return Basin.skipped(c.condition(), Basin.Status.EMPTY, best, xs, xsPca, res, gamma, lp, la, sol);
        }
        int k = idx.size();
        int[] ii = new int[k];
        double[] pp = new double[2 * k];
        double[] ee = new double[k];
        for (int t = 0; t < k; t++) {
            ii[t] = idx.get(t);
            pp[2 * t] = grid.pcaPoints()[2 * ii[t]];
            pp[2 * t + 1] = grid.pcaPoints()[2 * ii[t] + 1];
            ee[t] = en.get(t);
        }
        return new Basin(c.condition(), Basin.Status.OK, best, xs, xsPca, res, gamma, lp, la, sol, ii, pp, ee);
    }

    /** Largest real root of a x² + b x + c (a ≠ 0); NaN if the roots are complex. */
    static double largestRoot(double a, double b, double c) {
        double disc = b * b - 4 * a * c;
        if (disc < 0 || a == 0) {
            return Double.NaN;
        }
        double s = Math.sqrt(disc);
        return Math.max((-b + s) / (2 * a), (-b - s) / (2 * a));
    }
}
