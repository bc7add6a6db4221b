package org.iblrnn.config;

import java.util.Locale;

/**
 * Per-step loss of the task. {@code NLL} is the paper's: PyTorch's NLLLoss applied to probabilities, i.e. −P(correct).
 */
public enum LossKind {
    NLL, CE, MSE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LossKind fromKey(String key) {
        for (LossKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown loss_fn '" + key + "' (expected nll, ce or mse)");
    }
}
