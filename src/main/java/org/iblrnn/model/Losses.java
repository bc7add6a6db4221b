package org.iblrnn.model;

import org.iblrnn.config.LossKind;
import org.iblrnn.task.StepLoss;

/**
 * The per-step losses of the task and their gradients with respect to the logits, given the softmax
 * probabilities p and the index c of the correct output (0 = left, 1 = right):
 * <pre>
 *   nll: L = −p_c                     ∂L/∂z_j = −p_c (δ_cj − p_j)
 *   ce : L = −log p_c                 ∂L/∂z_j = p_j − δ_cj
 *   mse: L = (1/O) Σ_k (p_k − y_k)²   ∂L/∂z_j = p_j (g_j − Σ_k g_k p_k),  g_k = 2 (p_k − y_k) / O,  y = onehot(c)
 * </pre>
 * {@code nll} is the paper's loss: PyTorch's NLLLoss applied to probabilities rather than log-probabilities.
 */
public final class Losses {

    private Losses() {
    }

    /** The loss of one (non-blank) step. */
    public static double value(LossKind kind, double[] probs, int off, int numOutputs, int correct) {
        checkCorrect(correct, numOutputs);
        return switch (kind) {
            case NLL -> -probs[off + correct];
            case CE -> -Math.log(probs[off + correct]);
            case MSE -> {
                double s = 0.0;
                for (int k = 0; k < numOutputs; k++) {
                    double d = probs[off + k] - (k == correct ? 1.0 : 0.0);
                    s += d * d;
                }
                yield s / numOutputs;
            }
        };
    }

    /**
     * Writes {@code scale · ∂L/∂logits} into {@code dLogits[dOff .. dOff + numOutputs)} and returns the loss L
     * (unscaled).
     *
     * @param probs   softmax probabilities at {@code probs[off ..]} (input, not modified)
     * @param correct index of the correct output
     * @param scale   factor applied to the gradient (e.g. 1 / number of steps)
     * @param dLogits receives the scaled gradient (output, modified)
     */
    public static double gradient(LossKind kind, double[] probs, int off, int numOutputs, int correct, double scale,
                                  double[] dLogits, int dOff) {
        checkCorrect(correct, numOutputs);
        double pc = probs[off + correct];
        switch (kind) {
            case NLL -> {
                for (int j = 0; j < numOutputs; j++) {
                    dLogits[dOff + j] = scale * (-pc * ((j == correct ? 1.0 : 0.0) - probs[off + j]));
                }
            }
            case CE -> {
                for (int j = 0; j < numOutputs; j++) {
                    dLogits[dOff + j] = scale * (probs[off + j] - (j == correct ? 1.0 : 0.0));
                }
            }
            case MSE -> {
                double dot = 0.0;
                for (int k = 0; k < numOutputs; k++) {
                    double pk = probs[off + k];
                    dot += 2.0 * (pk - (k == correct ? 1.0 : 0.0)) / numOutputs * pk;
                }
                for (int j = 0; j < numOutputs; j++) {
                    double pj = probs[off + j];
                    double gj = 2.0 * (pj - (j == correct ? 1.0 : 0.0)) / numOutputs;
                    dLogits[dOff + j] = scale * pj * (gj - dot);
                }
            }
        }
        return value(kind, probs, off, numOutputs, correct);
    }

    /** The output index of a trial side: −1 (left) → 0, +1 (right) → 1. */
    public static int correctIndex(int trialSide) {
        if (trialSide != -1 && trialSide != 1) {
            throw new IllegalArgumentException("trial side must be -1 (left) or +1 (right) but is " + trialSide);
        }
        return trialSide < 0 ? 0 : 1;
    }

    /** The per-step loss as the session table records it (two outputs: P(left), P(right)). */
    public static StepLoss stepLoss(LossKind kind) {
        return (pLeft, pRight, trialSide) -> value(kind, new double[]{pLeft, pRight}, 0, 2, correctIndex(trialSide));
    }

    private static void checkCorrect(int correct, int numOutputs) {
        if (correct < 0 || correct >= numOutputs) {
            throw new IllegalArgumentException("correct output index " + correct + " is outside [0, " + numOutputs
                    + ")");
        }
    }
}
