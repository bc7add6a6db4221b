package org.iblrnn.sweep;

/** What a sweep finds in a configuration's run directory, and hence what it does with it. */
public enum RunState {
    /** No directory or no checkpoint yet: start the run ({@code train --run-dir DIR --set ...}). */
    MISSING,
    /** Checkpoints, but the newest is before the last step: resume it ({@code train --resume DIR}). */
    UNFINISHED,
    /** The newest checkpoint holds the last step ({@code start_grad_step + num_grad_steps − 1}): skip it. */
    FINISHED
}
