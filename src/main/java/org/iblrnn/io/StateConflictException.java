package org.iblrnn.io;

/**
 * The input is well-formed but the world is not as the command needs it: a run directory is locked by another
 * process, holds a different run, has no checkpoint to resume, an external tool (sbatch) refused. The command line
 * prints the message as one line and exits with status 3.
 *
 * <p>A bare {@link IllegalStateException} is a bug (status 4); throw this one for conditions the user can fix.
 */
public class StateConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String message) {
        super(message);
    }

    public StateConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
