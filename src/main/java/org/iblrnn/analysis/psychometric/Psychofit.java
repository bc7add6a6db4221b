package org.iblrnn.analysis.psychometric;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Port of IBL psychofit's {@code mle_fit_psycho} and {@code neg_likelihood}: binomial maximum-likelihood
 * fits of a {@link PsychometricModel} with box constraints enforced by a penalty, minimised by
 * {@link NelderMead#fmin()} from one given and several random starts. Mice are fitted with
 * {@link #iblFit}, so that our numbers match IBL's published procedure.
 *
 * <p>Differences from the original: the random restarts draw from the caller's {@link RandomGenerator}
 * instead of numpy's global generator (same distribution, different numbers), and arrays of the wrong
 * length are rejected instead of being broadcast.
 */
public final class Psychofit {

    /** Value substituted for F = 0 (and 1 − this for F = 1) before taking logs: numpy's float64 eps. */
    public static final double EPS = Math.ulp(1.0);
    /** Objective value returned for parameters outside [parmin, parmax]. */
    public static final double PENALTY = 1e7;
    /** Default number of fits (1 from parstart, the rest from random starts). */
    public static final int DEFAULT_NFITS = 5;

    /** IBL's start point for mouse fits: bias 0 %, threshold 40 %, lapses 0.1. */
    public static final double[] IBL_PARSTART = {0, 40, .1, .1};
    /** IBL's lower bounds for mouse fits. */
    public static final double[] IBL_PARMIN = {-50, 10, 0, 0};
    /** IBL's upper bounds for mouse fits. */
    public static final double[] IBL_PARMAX = {50, 50, .2, .2};
    /** IBL's number of fits for mouse data. */
    public static final int IBL_NFITS = 10;

    private Psychofit() {
    }

    /**
     * psychofit's negative log-likelihood NLL = −Σ n·[p ln F + (1 − p) ln(1 − F)] with F = 0 replaced by
     * {@link #EPS} and F = 1 by 1 − EPS, or {@link #PENALTY} when any parameter is outside [parmin, parmax].
     * The sum runs over levels in order (psychofit uses Python's sequential {@code sum}).
     *
     * @param params parameters (input, not modified)
     * @param x      stimulus levels; n trial counts; p observed proportions (all finite, same length)
     */
    public static double negLogLikelihood(double[] params, double[] x, double[] n, double[] p,
                                          PsychometricModel model, double[] parmin, double[] parmax) {
        for (int k = 0; k < params.length; k++) {
            if (params[k] < parmin[k] || params[k] > parmax[k]) {
                return PENALTY;
            }
        }
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            double f = model.value(params, x[i]);
            if (f == 1) {
                f = 1 - EPS;
            } else if (f == 0) {
                f = EPS;
            }
            sum += n[i] * (p[i] * Math.log(f) + (1 - p[i]) * Math.log(1 - f));
        }
        return -sum;
    }

    /**
     * {@code mle_fit_psycho}: the best of {@code nfits} Nelder–Mead fits. Fit 1 starts at parstart, fit k ≥ 2
     * at parmin + U(0,1)·(parmax − parmin) with one uniform draw per parameter from {@code rng}, in
     * parameter order. Levels with non-finite p are dropped first. The fit with the largest log-likelihood
     * wins (the first one on ties).
     *
     * @param x        stimulus levels (input, not modified)
     * @param n        trials per level
     * @param p        proportion of "positive" responses per level (NaN levels are dropped)
     * @param model    psychometric function
     * @param parstart start of fit 1, or null for [mean(x), 3, 0.05] (last entry repeated for 2 gammas)
     * @param parmin   lower bounds, or null for [min(x), 0, 0] (last entry repeated for 2 gammas)
     * @param parmax   upper bounds, or null for [max(x), 10, 0.4] (last entry repeated for 2 gammas)
     * @param nfits    number of fits, ≥ 1 (psychofit's default is {@link #DEFAULT_NFITS})
     * @param rng      source of the random starts (advanced by (nfits − 1)·parameterCount draws)
     * @throws IllegalArgumentException on mismatched lengths, nfits &lt; 1 or no finite level
     */
    public static PsychometricFit mleFitPsycho(double[] x, double[] n, double[] p, PsychometricModel model,
                                               double[] parstart, double[] parmin, double[] parmax,
                                               int nfits, RandomGenerator rng) {
        if (x.length != n.length || x.length != p.length) {
            throw new IllegalArgumentException("mleFitPsycho: x, n and p must have the same length but have "
                    + x.length + ", " + n.length + " and " + p.length);
        }
        if (nfits < 1) {
            throw new IllegalArgumentException("mleFitPsycho: nfits must be >= 1 but was " + nfits);
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (Double.isFinite(p[i])) {
                keep.add(i);
            }
        }
        if (keep.isEmpty()) {
            throw new IllegalArgumentException("mleFitPsycho: no level has a finite proportion p; nothing to fit");
        }
        double[] xx = new double[keep.size()];
        double[] nn = new double[keep.size()];
        double[] pp = new double[keep.size()];
        for (int k = 0; k < xx.length; k++) {
            int i = keep.get(k);
            xx[k] = x[i];
            nn[k] = n[i];
            pp[k] = p[i];
        }
        int np = model.parameterCount();
        double[] lo = parmin != null ? checkLength("parmin", parmin, model)
                : defaults(model, min(xx), 0.0, 0.0);
        double[] hi = parmax != null ? checkLength("parmax", parmax, model)
                : defaults(model, max(xx), 10.0, 0.4);
        double[] start = parstart != null ? checkLength("parstart", parstart, model)
                : defaults(model, mean(xx), 3.0, 0.05);

        NelderMead optimizer = NelderMead.fmin();
        PsychometricFit best = null;
        for (int fit = 0; fit < nfits; fit++) {
            if (fit > 0) {
                start = new double[np];
                for (int k = 0; k < np; k++) {
                    start[k] = lo[k] + rng.nextDouble() * (hi[k] - lo[k]);
                }
            }
            NelderMead.Result r = optimizer.minimize(
                    q -> negLogLikelihood(q, xx, nn, pp, model, lo, hi), start);
            double logLik = -negLogLikelihood(r.x(), xx, nn, pp, model, lo, hi);
            if (best == null || logLik > best.logLikelihood()) {
                best = new PsychometricFit(model, r.x(), logLik, r);
            }
        }
        return best;
    }

    /** {@link #mleFitPsycho} with psychofit's default parstart, parmin, parmax and nfits. */
    public static PsychometricFit mleFitPsycho(double[] x, double[] n, double[] p, PsychometricModel model,
                                               RandomGenerator rng) {
        return mleFitPsycho(x, n, p, model, null, null, null, DEFAULT_NFITS, rng);
    }

    /**
     * IBL's mouse fit: {@link PsychometricModel#ERF_PSYCHO_2GAMMAS} of P(rightward) against signed contrast in
     * percent, parstart [0, 40, .1, .1], parmin [−50, 10, 0, 0], parmax [50, 50, .2, .2], 10 fits.
     * Parameters of the result: bias (%), threshold (%), lapse_low, lapse_high.
     *
     * @param signedContrastPercent contrast × stimulus side (−left, +right) × 100, one entry per level
     * @param n                     trials per level
     * @param pRight                fraction of rightward choices per level
     */
    public static PsychometricFit iblFit(double[] signedContrastPercent, double[] n, double[] pRight,
                                         RandomGenerator rng) {
        return mleFitPsycho(signedContrastPercent, n, pRight, PsychometricModel.ERF_PSYCHO_2GAMMAS,
                IBL_PARSTART.clone(), IBL_PARMIN.clone(), IBL_PARMAX.clone(), IBL_NFITS, rng);
    }

    private static double[] checkLength(String name, double[] values, PsychometricModel model) {
        if (values.length != model.parameterCount()) {
            throw new IllegalArgumentException("mleFitPsycho: " + name + " must have " + model.parameterCount()
                    + " entries for " + model + " but has " + values.length);
        }
        return values.clone();
    }

    private static double[] defaults(PsychometricModel model, double a, double b, double c) {
        return model.parameterCount() == 4 ? new double[] {a, b, c, c} : new double[] {a, b, c};
    }

    private static double mean(double[] v) {
        double s = 0.0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
