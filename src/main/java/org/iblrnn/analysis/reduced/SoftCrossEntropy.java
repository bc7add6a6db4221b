package org.iblrnn.analysis.reduced;

/**
 * The distillation loss: cross-entropy against soft targets, L = −Σ_a q_a log p_a with p = softmax(logits), whose
 * gradient with respect to the logits is ∂L/∂z_j = p_j Σ_a q_a − q_j (= p_j − q_j when the targets sum to 1).
 * PyTorch's NLLLoss/CrossEntropyLoss take class indices, which is why the original wrote this loss by hand.
 */
public final class SoftCrossEntropy {

    private SoftCrossEntropy() {
    }

    /**
     * Writes {@code scale · ∂L/∂logits} for one step and returns L (unscaled).
     *
     * @param p       predicted probabilities at {@code p[off ..]} (input)
     * @param q       target probabilities at {@code q[off ..]} (input)
     * @param k       number of outputs
     * @param dLogits receives the scaled gradient at {@code dLogits[off ..]} (output, modified)
     */
    public static double gradient(double[] p, double[] q, int off, int k, double scale, double[] dLogits) {
        double qSum = 0.0;
        double loss = 0.0;
        for (int a = 0; a < k; a++) {
            double qa = q[off + a];
            qSum += qa;
            if (qa != 0.0) {
                loss -= qa * Math.log(p[off + a]);
            }
        }
        for (int j = 0; j < k; j++) {
            dLogits[off + j] = scale * (p[off + j] * qSum - q[off + j]);
        }
        return loss;
    }
}
