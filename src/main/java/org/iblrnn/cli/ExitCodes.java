package org.iblrnn.cli;

/**
 * Process exit codes shared by every command; {@link ErrorReport} maps exceptions to them.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** An operation failed for an outside reason: an I/O error (disk full, permission denied), a sweep run failed. */
    public static final int GENERIC_ERROR = 1;
    /**
     * Bad input: an unknown option or key, an impossible value, a malformed config, a corrupt or mismatched
     * checkpoint, a bad CSV row, a path that is not the kind of file expected, a size too big for the heap.
     */
    public static final int INVALID_INPUT = 2;
    /**
     * The world is not as the command needs it: a run directory locked by another process, holding a different
     * run, or without checkpoints to resume.
     */
    public static final int UNEXPECTED_STATE = 3;
    /** Out of memory, or a bug in ibl-rnn (the message names the class and line). */
    public static final int INTERNAL_ERROR = 4;
    /** Stopped by SIGTERM after writing a checkpoint (128 + 15, what a shell reports for SIGTERM). */
    public static final int TERMINATED = 143;

    private ExitCodes() {
    }
}
