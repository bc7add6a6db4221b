package org.iblrnn.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code torch.optim.SGD}: d = g + wd·p; with momentum μ the buffer is b ← d on the first step and
 * b ← μ·b + (1 − dampening)·d afterwards; the step direction is b (or d + μ·b with Nesterov); p ← p − lr·direction.
 */
public final class Sgd implements Optimizer {

    public static final String MOMENTUM_BUFFER = "momentum_buffer";

    private final int numParams;
    private final double lr;
    private final double momentum;
    private final double dampening;
    private final boolean nesterov;
    private final double weightDecay;
    private double[] buf;
    private long steps;

    public Sgd(int numParams, double lr, double momentum, double dampening, boolean nesterov, double weightDecay) {
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("optimizer.kwargs.nesterov=true needs momentum > 0 and dampening = 0"
                    + " (torch's rule) but momentum=" + momentum + ", dampening=" + dampening);
        }
        if (lr < 0 || momentum < 0 || weightDecay < 0) {
            throw new IllegalArgumentException("sgd needs lr, momentum and weight_decay >= 0 but got lr=" + lr
                    + ", momentum=" + momentum + ", weight_decay=" + weightDecay);
        }
        this.numParams = numParams;
        this.lr = lr;
        this.momentum = momentum;
        this.dampening = dampening;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
    }

    @Override
    public void step(double[] params, double[] grad) {
        OptimizerSupport.checkStep(numParams, params, grad);
        boolean first = buf == null;
        if (momentum != 0.0 && first) {
            buf = new double[numParams];
        }
        for (int i = 0; i < numParams; i++) {
            double d = grad[i];
            if (weightDecay != 0.0) {
                d += weightDecay * params[i];
            }
            if (momentum != 0.0) {
                double b = first ? d : momentum * buf[i] + (1.0 - dampening) * d;
                buf[i] = b;
                d = nesterov ? d + momentum * b : b;
            }
            params[i] -= lr * d;
        }
        steps++;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> m = new LinkedHashMap<>();
        OptimizerSupport.put(m, MOMENTUM_BUFFER, buf);
        return m;
    }

    @Override
    public void restore(Map<String, double[]> state, long stepCount) {
        Map<String, double[]> s = OptimizerSupport.checkRestore("sgd", state, Set.of(MOMENTUM_BUFFER), numParams,
                stepCount);
        buf = s.get(MOMENTUM_BUFFER);
        steps = stepCount;
    }
}
