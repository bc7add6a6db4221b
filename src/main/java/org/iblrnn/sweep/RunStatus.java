package org.iblrnn.sweep;

import java.util.OptionalLong;

/**
 * The state of one run directory.
 *
 * @param state      missing, unfinished or finished
 * @param newestStep step of the newest checkpoint, if any
 * @param lastStep   the step at which the run is done ({@code start_grad_step + num_grad_steps − 1})
 */
public record RunStatus(RunState state, OptionalLong newestStep, long lastStep) {

    /** One-line description for logs and reports, e.g. {@code unfinished (checkpoint 5000 of 100000)}. */
    public String describe() {
        return switch (state) {
            case MISSING -> "missing";
            case UNFINISHED -> "unfinished (checkpoint " + newestStep.orElseThrow() + " of " + lastStep + ")";
            case FINISHED -> "finished (checkpoint " + newestStep.orElseThrow() + ")";
        };
    }
}
