package org.iblrnn.fitmice.network;

/**
 * Maximum-likelihood lapse rates for fixed model probabilities: with P(right) = γ_L + (1 − γ_L − γ_R)·p,
 * γ_L is the probability of choosing right although the model is sure of left (the lapse on left stimuli) and
 * γ_R that of choosing left although it is sure of right. The log-likelihood Σ y log q + (1 − y) log(1 − q) is
 * concave in (γ_L, γ_R) because q is affine in them, so coordinate ascent, each coordinate solved exactly by a
 * safeguarded Newton iteration on its monotone derivative, converges to the maximum on the box [0, max]².
 */
final class LapseFit {

    /** Largest lapse rate allowed on each side (so that q stays between γ_L and 1 − γ_R). */
    static final double MAX_LAPSE = 0.5;
    private static final int MAX_SWEEPS = 200;
    private static final double TOL = 1e-10;

    /**
     * The fitted lapses and the log-likelihood they reach.
     *
     * @param left  γ_L
     * @param right γ_R
     * @param logLikelihood Σ over the responded trials
     */
    record Lapses(double left, double right, double logLikelihood) {

        double apply(double p) {
            return left + (1.0 - left - right) * p;
        }
    }

    private LapseFit() {
    }

    /**
     * Fits the lapses to choices {@code y} (1 right, 0 left) given model probabilities {@code p} of right (both of
     * length n; only responded trials are passed).
     */
    static Lapses fit(double[] p, int[] y, int n) {
        double gl = 0.0;
        double gr = 0.0;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double nl = solve(p, y, n, gr, true);
            double nr = solve(p, y, n, nl, false);
            boolean done = Math.abs(nl - gl) < TOL && Math.abs(nr - gr) < TOL;
            gl = nl;
            gr = nr;
            if (done) {
                break;
            }
        }
        return new Lapses(gl, gr, logLikelihood(p, y, n, gl, gr));
    }

    static double logLikelihood(double[] p, int[] y, int n, double gl, double gr) {
        double ll = 0.0;
        for (int i = 0; i < n; i++) {
            double q = gl + (1.0 - gl - gr) * p[i];
            ll += y[i] == 1 ? Math.log(q) : Math.log1p(-q);
        }
        return ll;
    }

    /** The maximising value of one lapse with the other held at {@code other}. */
    private static double solve(double[] p, int[] y, int n, double other, boolean left) {
        double lo = 0.0;
        double hi = MAX_LAPSE;
        double[] d = new double[2];
        derivatives(p, y, n, other, left, lo, d);
        if (d[0] <= 0.0) {
            return lo;
        }
        derivatives(p, y, n, other, left, hi, d);
        if (d[0] >= 0.0) {
            return hi;
        }
        double g = 0.5 * (lo + hi);
        for (int it = 0; it < 100; it++) {
            derivatives(p, y, n, other, left, g, d);
            if (d[0] > 0.0) {
                lo = g;
            } else {
                hi = g;
            }
            double next = g - d[0] / d[1];
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - g) < TOL * 1e-2 || hi - lo < TOL * 1e-2) {
                return next;
            }
            g = next;
        }
        return g;
    }

    /** First and second derivative of the log-likelihood in one lapse, into {@code out}. */
    private static void derivatives(double[] p, int[] y, int n, double other, boolean left, double g, double[] out) {
        double gl = left ? g : other;
        double gr = left ? other : g;
        double d1 = 0.0;
        double d2 = 0.0;
        for (int i = 0; i < n; i++) {
            double q = gl + (1.0 - gl - gr) * p[i];
            double dq = left ? 1.0 - p[i] : -p[i];
            if (dq == 0.0) {
                continue; // this trial does not depend on the lapse (and 1/q may be infinite)
            }
            double a = y[i] == 1 ? 1.0 / q : -1.0 / (1.0 - q);
            d1 += a * dq;
            d2 -= a * a * dq * dq;
        }
        out[0] = d1;
        out[1] = d2;
    }
}
