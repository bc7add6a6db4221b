package org.iblrnn.analysis.psychometric;

import org.hipparchus.special.Erf;

/**
 * The psychometric functions of IBL's psychofit, with their parameter order. The arithmetic follows the
 * original expressions operation by operation so that fits agree with psychofit to rounding.
 *
 * <ul>
 *   <li>{@link #ERF_PSYCHO} (bias, slope, γ): F = γ + (1 − 2γ)·(erf((x − bias)/slope) + 1)/2</li>
 *   <li>{@link #ERF_PSYCHO_2GAMMAS} (bias, slope, γ1, γ2): F = γ1 + (1 − γ1 − γ2)·(erf((x − bias)/slope) + 1)/2</li>
 *   <li>{@link #WEIBULL} (α, β, γ): F = (1 − γ) − (1 − 2γ)·exp(−(x/α)^β)</li>
 *   <li>{@link #WEIBULL50} (α, β, γ): F = (1 − γ) − (0.5 − γ)·exp(−(x/α)^β)</li>
 * </ul>
 *
 * <p>For {@code ERF_PSYCHO_2GAMMAS}, γ1 is the lower lapse ("lapse_low": F at x → −∞) and γ2 the upper
 * lapse ("lapse_high": 1 − F at x → +∞). A slope of 0 gives a step function (erf(±∞) = ±1); the Weibull
 * models are NaN for x &lt; 0 with non-integer β, as in numpy.
 */
public enum PsychometricModel {
    /** Symmetric-lapse erf psychometric function; parameters (bias, slope, γ). */
    ERF_PSYCHO(3),
    /** Erf psychometric function with separate lower and upper lapses; parameters (bias, slope, γ1, γ2). */
    ERF_PSYCHO_2GAMMAS(4),
    /** Weibull rising from γ to 1 − γ; parameters (α, β, γ). */
    WEIBULL(3),
    /** Weibull rising from 0.5 to 1 − γ (2AFC performance); parameters (α, β, γ). */
    WEIBULL50(3);

    private final int parameterCount;

    PsychometricModel(int parameterCount) {
        this.parameterCount = parameterCount;
    }

    /** Number of parameters the model takes (3, or 4 for {@link #ERF_PSYCHO_2GAMMAS}). */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Evaluates F(x; params).
     *
     * @param params model parameters in the order listed on the constant (input, not modified)
     * @param x      stimulus level
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    public double value(double[] params, double x) {
        if (params.length != parameterCount) {
            throw new IllegalArgumentException("psychometric model " + name() + " takes " + parameterCount
                    + " parameters but got " + params.length);
        }
        switch (this) {
            case ERF_PSYCHO: {
                double bias = params[0], slope = params[1], gamma = params[2];
                return gamma + (1 - 2 * gamma) * (erf((x - bias) / slope) + 1) / 2;
            }
            case ERF_PSYCHO_2GAMMAS: {
                double bias = params[0], slope = params[1], gamma1 = params[2], gamma2 = params[3];
                return gamma1 + (1 - gamma1 - gamma2) * (erf((x - bias) / slope) + 1) / 2;
            }
            case WEIBULL: {
                double alpha = params[0], beta = params[1], gamma = params[2];
                return (1 - gamma) - (1 - 2 * gamma) * Math.exp(-Math.pow(x / alpha, beta));
            }
            case WEIBULL50: {
                double alpha = params[0], beta = params[1], gamma = params[2];
                return (1 - gamma) - (0.5 - gamma) * Math.exp(-Math.pow(x / alpha, beta));
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** erf with the IEEE edge cases of scipy.special.erf: ±1 at ±∞, NaN at NaN. */
    private static double erf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        if (Double.isInfinite(z)) {
            return z > 0 ? 1.0 : -1.0;
        }
        return Erf.erf(z);
    }
}
