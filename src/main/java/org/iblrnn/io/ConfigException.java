package org.iblrnn.io;

/**
 * A params.json (or {@code --set} override) that cannot describe a valid run: invalid input (exit status 2) whose
 * message names the file or override, the key and the fix.
 */
public class ConfigException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
