package org.iblrnn.config;

import java.util.Locale;

/** Recurrent core type; {@code gates} is PyTorch's number of stacked gate blocks (G) in weight_ih/weight_hh. */
public enum Architecture {
    RNN(1), GRU(3), LSTM(4);

    public final int gates;

    Architecture(int gates) {
        this.gates = gates;
    }

    /** The lower-case name used in params.json. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Architecture fromKey(String key) {
        for (Architecture a : values()) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + key + "' (expected rnn, gru or lstm)");
    }
}
