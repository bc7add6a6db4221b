package org.iblrnn.fitmice.classical;

/**
 * One fitted parameter of a classical model: its name in fit-mice.json, how the optimiser's unbounded coordinate
 * maps onto its range, the first start and the range random starts are drawn from.
 *
 * @param name       e.g. {@code zeta}
 * @param transform  the map from the optimiser's coordinate to the parameter
 * @param start      the first start (natural units)
 * @param randomLow  random starts are uniform in the optimiser's coordinate between this ...
 * @param randomHigh ... and this (natural units)
 */
record FreeParameter(String name, Transform transform, double start, double randomLow, double randomHigh) {

    FreeParameter {
        if (!(randomLow < randomHigh)) {
            throw new IllegalArgumentException(name + ": random start range [" + randomLow + ", " + randomHigh
                    + "] is empty");
        }
        transform.inverse(start);
        transform.inverse(randomLow);
        transform.inverse(randomHigh);
    }

    /** Bounded parameters as maps from the whole real line, so the optimiser never leaves the valid range. */
    enum Transform {
        /** θ = φ. */
        IDENTITY,
        /** θ = exp φ, in (0, ∞): a noise or width. */
        LOG,
        /** θ = σ(φ), in (0, 1): a learning rate. */
        LOGIT,
        /** θ = ½·σ(φ), in (0, ½): a lapse rate. */
        HALF_LOGIT;

        double apply(double phi) {
            return switch (this) {
                case IDENTITY -> phi;
                case LOG -> Math.exp(phi);
                case LOGIT -> sigmoid(phi);
                case HALF_LOGIT -> 0.5 * sigmoid(phi);
            };
        }

        /** dθ/dφ at θ = {@code theta}. */
        double derivative(double theta) {
            return switch (this) {
                case IDENTITY -> 1.0;
                case LOG -> theta;
                case LOGIT -> theta * (1.0 - theta);
                case HALF_LOGIT -> theta * (1.0 - 2.0 * theta);
            };
        }

        double inverse(double theta) {
            double phi = switch (this) {
                case IDENTITY -> theta;
                case LOG -> Math.log(theta);
                case LOGIT -> Math.log(theta / (1.0 - theta));
                case HALF_LOGIT -> Math.log(2.0 * theta / (1.0 - 2.0 * theta));
            };
            if (!Double.isFinite(phi)) {
                throw new IllegalArgumentException(theta + " is outside the range of a " + this + " parameter");
            }
            return phi;
        }

        private static double sigmoid(double v) {
            return v >= 0 ? 1.0 / (1.0 + Math.exp(-v)) : Math.exp(v) / (1.0 + Math.exp(v));
        }
    }
}
