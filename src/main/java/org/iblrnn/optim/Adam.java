package org.iblrnn.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code torch.optim.Adam} (amsgrad off): with g ← g + wd·p and step t,
 * m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², p ← p − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + eps).
 * Note torch's eps placement: eps is added after the bias-corrected square root.
 */
public final class Adam implements Optimizer {

    public static final String EXP_AVG = "exp_avg";
    public static final String EXP_AVG_SQ = "exp_avg_sq";

    private final int numParams;
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private double[] m;
    private double[] v;
    private long steps;

    public Adam(int numParams, double lr, double beta1, double beta2, double eps, double weightDecay) {
        if (lr < 0 || eps < 0 || beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1 || weightDecay < 0) {
            throw new IllegalArgumentException("adam needs lr, eps, weight_decay >= 0 and betas in [0, 1) but got lr="
                    + lr + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps + ", weight_decay=" + weightDecay);
        }
        this.numParams = numParams;
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    public void step(double[] params, double[] grad) {
        OptimizerSupport.checkStep(numParams, params, grad);
        if (m == null) {
            m = new double[numParams];
            v = new double[numParams];
        }
        steps++;
        double bc1 = 1.0 - Math.pow(beta1, steps);
        double bc2Sqrt = Math.sqrt(1.0 - Math.pow(beta2, steps));
        double stepSize = lr / bc1;
        for (int i = 0; i < numParams; i++) {
            double g = grad[i];
            if (weightDecay != 0.0) {
                g += weightDecay * params[i];
            }
            m[i] = beta1 * m[i] + (1.0 - beta1) * g;
            v[i] = beta2 * v[i] + (1.0 - beta2) * g * g;
            double denom = Math.sqrt(v[i]) / bc2Sqrt + eps;
            params[i] -= stepSize * (m[i] / denom);
        }
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> s = new LinkedHashMap<>();
        OptimizerSupport.put(s, EXP_AVG, m);
        OptimizerSupport.put(s, EXP_AVG_SQ, v);
        return s;
    }

    @Override
    public void restore(Map<String, double[]> state, long stepCount) {
        Map<String, double[]> s = OptimizerSupport.checkRestore("adam", state, Set.of(EXP_AVG, EXP_AVG_SQ), numParams,
                stepCount);
        if (s.containsKey(EXP_AVG) != s.containsKey(EXP_AVG_SQ)) {
            throw new IllegalArgumentException("adam state needs both exp_avg and exp_avg_sq or neither but has "
                    + s.keySet());
        }
        m = s.get(EXP_AVG);
        v = s.get(EXP_AVG_SQ);
        steps = stepCount;
    }
}
