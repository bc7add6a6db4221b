package org.iblrnn.config;

import java.util.Locale;

/** The torch.optim optimizers we reproduce. */
public enum OptimizerKind {
    SGD, ADAM, RMSPROP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OptimizerKind fromKey(String key) {
        for (OptimizerKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + key + "' (expected sgd, adam or rmsprop)");
    }
}
