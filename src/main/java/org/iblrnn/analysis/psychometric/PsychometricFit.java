package org.iblrnn.analysis.psychometric;

/**
 * Best of several maximum-likelihood fits of a psychometric model.
 *
 * @param model         the fitted model
 * @param params        parameters in the model's order (for IBL fits: bias, threshold, lapse_low, lapse_high)
 * @param logLikelihood L = −NLL of the best fit (natural log; binomial coefficients omitted, as in psychofit)
 * @param optimizer     the Nelder–Mead result of the best fit (its status tells whether the simplex converged)
 */
public record PsychometricFit(PsychometricModel model, double[] params, double logLikelihood,
                              NelderMead.Result optimizer) {

    /** Fitted curve F(x). */
    public double value(double x) {
        return model.value(params, x);
    }
}
