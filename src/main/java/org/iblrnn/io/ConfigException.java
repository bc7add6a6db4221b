package org.iblrnn.io;

/**
 * A params.json (or {@code --set} override) that cannot describe a valid run. A dedicated type so that the command
 * line can print the one-line message without a stack trace, while still being an {@link IllegalArgumentException}.
 */
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
