package org.iblrnn.config;

/**
 * The {@code optimizer} section of params.json. Fields a given optimizer does not use are ignored by it;
 * defaults for adam/rmsprop are torch.optim's.
 *
 * @param kind        sgd | adam | rmsprop
 * @param lr          learning rate (kwargs.lr)
 * @param momentum    sgd and rmsprop momentum (kwargs.momentum)
 * @param dampening   sgd dampening (kwargs.dampening, default 0)
 * @param nesterov    sgd Nesterov momentum (kwargs.nesterov)
 * @param weightDecay L2 penalty added to the gradient (kwargs.weight_decay)
 * @param beta1       adam kwargs.betas[0] (0.9)
 * @param beta2       adam kwargs.betas[1] (0.999)
 * @param eps         adam/rmsprop kwargs.eps (1e-8)
 * @param alpha       rmsprop kwargs.alpha (0.99)
 * @param description free text (optimizer.description)
 */
public record OptimizerConfig(OptimizerKind kind, double lr, double momentum, double dampening, boolean nesterov,
                              double weightDecay, double beta1, double beta2, double eps, double alpha,
                              String description) {

    /** The paper's optimizer: SGD, lr 1e-3, momentum 0.1. */
    public static OptimizerConfig defaults() {
        return new OptimizerConfig(OptimizerKind.SGD, 1e-3, 0.1, 0.0, false, 0.0, 0.9, 0.999, 1e-8, 0.99, "Vanilla SGD");
    }
}
