package org.iblrnn.io;

/**
 * Something the user gave cannot be used: a command-line argument, a config value, a corrupt or mismatched file
 * (checkpoint, CSV, params.json), a path that is not the kind of file expected. The command line prints the message
 * as one line and exits with status 2, so the message must name the option, key, file or line and say the fix.
 *
 * <p>Throw this (not a bare {@link IllegalArgumentException}) for user input only: a bare
 * {@code IllegalArgumentException} is a broken internal precondition, which the command line reports as a bug
 * (status 4). It extends {@code IllegalArgumentException} so that callers catching that still see user errors.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
