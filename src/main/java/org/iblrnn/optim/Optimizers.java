package org.iblrnn.optim;

import org.iblrnn.config.OptimizerConfig;

/** Builds the optimizer an {@code optimizer} section of params.json describes. */
public final class Optimizers {

    private Optimizers() {
    }

    /** A fresh optimizer (no state, step 0) for {@code numParams} parameters. */
    public static Optimizer create(OptimizerConfig c, int numParams) {
        if (numParams < 1) {
            throw new IllegalArgumentException("an optimizer needs at least one parameter but numParams=" + numParams);
        }
        return switch (c.kind()) {
            case SGD -> new Sgd(numParams, c.lr(), c.momentum(), c.dampening(), c.nesterov(), c.weightDecay());
            case ADAM -> new Adam(numParams, c.lr(), c.beta1(), c.beta2(), c.eps(), c.weightDecay());
            case RMSPROP -> new RmsProp(numParams, c.lr(), c.alpha(), c.eps(), c.momentum(), c.weightDecay());
        };
    }
}
