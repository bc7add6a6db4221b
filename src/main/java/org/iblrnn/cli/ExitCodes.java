package org.iblrnn.cli;

/** Process exit codes shared by every command (after JBang's convention). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int GENERIC_ERROR = 1;
    /** Bad input: a malformed config, an unknown key, a corrupt checkpoint, a bad CSV row. */
    public static final int INVALID_INPUT = 2;
    /** The world is not as the command needs it (e.g. a run directory without checkpoints). */
    public static final int UNEXPECTED_STATE = 3;
    public static final int INTERNAL_ERROR = 4;
    /** Stopped by SIGTERM after writing a checkpoint (128 + 15, what a shell reports for SIGTERM). */
    public static final int TERMINATED = 143;

    private ExitCodes() {
    }
}
