package org.iblrnn.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code torch.optim.RMSprop} (not centered): g ← g + wd·p, v ← α·v + (1 − α)·g², a = √v + eps; without momentum
 * p ← p − lr·g / a; with momentum μ, b ← μ·b + g / a and p ← p − lr·b. No bias correction (v starts at 0).
 */
public final class RmsProp implements Optimizer {

    public static final String SQUARE_AVG = "square_avg";
    public static final String MOMENTUM_BUFFER = "momentum_buffer";

    private final int numParams;
    private final double lr;
    private final double alpha;
    private final double eps;
    private final double momentum;
    private final double weightDecay;
    private double[] squareAvg;
    private double[] buf;
    private long steps;

    public RmsProp(int numParams, double lr, double alpha, double eps, double momentum, double weightDecay) {
        if (lr < 0 || eps < 0 || alpha < 0 || momentum < 0 || weightDecay < 0) {
            throw new IllegalArgumentException("rmsprop needs lr, alpha, eps, momentum and weight_decay >= 0 but got lr="
                    + lr + ", alpha=" + alpha + ", eps=" + eps + ", momentum=" + momentum + ", weight_decay="
                    + weightDecay);
        }
        this.numParams = numParams;
        this.lr = lr;
        this.alpha = alpha;
        this.eps = eps;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    @Override
    public void step(double[] params, double[] grad) {
        OptimizerSupport.checkStep(numParams, params, grad);
        if (squareAvg == null) {
            squareAvg = new double[numParams];
            if (momentum > 0) {
                buf = new double[numParams];
            }
        }
        for (int i = 0; i < numParams; i++) {
            double g = grad[i];
            if (weightDecay != 0.0) {
                g += weightDecay * params[i];
            }
            double sa = alpha * squareAvg[i] + (1.0 - alpha) * g * g;
            squareAvg[i] = sa;
            double avg = Math.sqrt(sa) + eps;
            if (momentum > 0) {
                double b = momentum * buf[i] + g / avg;
                buf[i] = b;
                params[i] -= lr * b;
            } else {
                params[i] -= lr * (g / avg);
            }
        }
        steps++;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> s = new LinkedHashMap<>();
        OptimizerSupport.put(s, SQUARE_AVG, squareAvg);
        OptimizerSupport.put(s, MOMENTUM_BUFFER, buf);
        return s;
    }

    @Override
    public void restore(Map<String, double[]> state, long stepCount) {
        Map<String, double[]> s = OptimizerSupport.checkRestore("rmsprop", state,
                momentum > 0 ? Set.of(SQUARE_AVG, MOMENTUM_BUFFER) : Set.of(SQUARE_AVG), numParams, stepCount);
        if (momentum > 0 && s.containsKey(SQUARE_AVG) != s.containsKey(MOMENTUM_BUFFER)) {
            throw new IllegalArgumentException("rmsprop with momentum needs both square_avg and momentum_buffer or"
                    + " neither but has " + s.keySet());
        }
        squareAvg = s.get(SQUARE_AVG);
        buf = s.get(MOMENTUM_BUFFER);
        steps = stepCount;
    }
}
