package org.iblrnn.fitmice.classical;

/**
 * The choice probability every classical model ends in: P(right) = γ_L + (1 − γ_L − γ_R)·Φ(z), where z is the
 * model's decision variable, γ_L the probability of choosing right however sure the model is of left and γ_R that
 * of choosing left however sure it is of right (psychofit's {@code erf_psycho_2gammas} lapses). P(left) is computed
 * as γ_R + (1 − γ_L − γ_R)·Φ(−z) rather than 1 − P(right), so both stay accurate when a lapse is tiny.
 */
final class LapsedProbit {

    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private LapsedProbit() {
    }

    /** P(right). */
    static double pRight(double z, double lapseLeft, double lapseRight) {
        return lapseLeft + (1.0 - lapseLeft - lapseRight) * NormalCdf.cdf(z);
    }

    /**
     * −log P(choice) of one responded trial, and its derivatives in z, γ_L and γ_R written to
     * {@code d[0]}, {@code d[1]}, {@code d[2]}.
     */
    static double negLogLikelihood(boolean right, double z, double lapseLeft, double lapseRight, double[] d) {
        // one exponential serves the tail Φ(−|z|) = ½·erfcx(|z|/√2)·e and the density φ(z) = e/√(2π)
        double e = Math.exp(-0.5 * z * z);
        double tail = e == 0.0 ? 0.0 : 0.5 * NormalCdf.erfcx(Math.abs(z) * SQRT_HALF) * e;
        double lower = z > 0 ? 1.0 - tail : tail;
        double upper = z > 0 ? tail : 1.0 - tail;
        double w = 1.0 - lapseLeft - lapseRight;
        double density = w * e * INV_SQRT_2PI;
        if (right) {
            double p = lapseLeft + w * lower;
            d[0] = -density / p;
            d[1] = -upper / p;
            d[2] = lower / p;
            return -Math.log(p);
        }
        double q = lapseRight + w * upper;
        d[0] = density / q;
        d[1] = upper / q;
        d[2] = -lower / q;
        return -Math.log(q);
    }
}
