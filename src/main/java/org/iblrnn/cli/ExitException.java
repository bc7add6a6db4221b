package org.iblrnn.cli;

/** Stops a command with a specific exit status and a one-line message for the user. */
public final class ExitException extends RuntimeException {
    private final int status;

    public ExitException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
