package org.iblrnn.agents;

/**
 * Straightforward re-statements of the observers' formulas for the tests, written independently of the production
 * classes: 11 signed means −2.5..2.5, P(μ | side) = 1/6 on that side's six means, d ~ N(μ, √2), E = 0.8/0.2, h = 0.02.
 */
final class ReferenceFormulas {

    static final double[] MU = {-2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5};

    private ReferenceFormulas() {
    }

    static double pdf(double x, double mean) {
        double var = 2.0;
        return Math.exp(-(x - mean) * (x - mean) / (2 * var)) / Math.sqrt(2 * Math.PI * var);
    }

    /** P(μ_i | side): side 0 = left owns indices 0..5, side 1 = right owns 5..10. */
    static double pMuGivenSide(int i, int side) {
        return side == 0 ? (i <= 5 ? 1.0 / 6 : 0.0) : (i >= 5 ? 1.0 / 6 : 0.0);
    }

    /** Exact P(right | d_1..d_t) with the strength shared by all observations. */
    static double sharedStrengthPosteriorRight(double priorRight, double... d) {
        double[] joint = new double[2];
        for (int side = 0; side < 2; side++) {
            double prior = side == 1 ? priorRight : 1 - priorRight;
            for (int i = 0; i < MU.length; i++) {
                double lik = 1;
                for (double x : d) {
                    lik *= pdf(x, MU[i]);
                }
                joint[side] += prior * pMuGivenSide(i, side) * lik;
            }
        }
        return joint[1] / (joint[0] + joint[1]);
    }

    /** The paper's actor: the strength marginalised separately at every observation. */
    static double perStepPosteriorRight(double priorRight, double... d) {
        double left = 1 - priorRight;
        double right = priorRight;
        for (double x : d) {
            double ml = 0;
            double mr = 0;
            for (int i = 0; i < MU.length; i++) {
                ml += pMuGivenSide(i, 0) * pdf(x, MU[i]);
                mr += pMuGivenSide(i, 1) * pdf(x, MU[i]);
            }
            double nl = left * ml;
            double nr = right * mr;
            left = nl / (nl + nr);
            right = nr / (nl + nr);
        }
        return right;
    }
}
