package org.iblrnn.sweep;

import java.nio.file.Path;

/**
 * What happened to one configuration when the sweep ran.
 *
 * @param run      the planned run
 * @param outcome  the verdict
 * @param exitCode the child's exit status (−1 when no child ran)
 * @param log      the file holding the child's output (or {@code null} when no child ran)
 * @param after    the run directory's state afterwards
 */
public record RunResult(PlannedRun run, Outcome outcome, int exitCode, Path log, RunStatus after) {

    /** The verdict on one configuration. */
    public enum Outcome {
        /** Already finished before the sweep: nothing ran. */
        SKIPPED,
        /** Ran and its run directory now holds the last step's checkpoint. */
        FINISHED,
        /** Ran but failed, or exited 0 without the last checkpoint. */
        FAILED,
        /** Stopped by SIGTERM (after its checkpoint): the next sweep resumes it. */
        TERMINATED,
        /** Not started because the sweep was being terminated. */
        NOT_STARTED
    }

    /** One line for the user, naming the log to read when something went wrong. */
    public String describe() {
        String name = run.point().dirName();
        return switch (outcome) {
            case SKIPPED -> name + ": skipped, already " + run.status().describe();
            case FINISHED -> name + ": finished";
            case FAILED -> name + ": FAILED (" + (exitCode >= 0 ? "exit " + exitCode + ", " : "") + "now " + after.describe()
                    + "); see " + log;
            case TERMINATED -> name + ": terminated (now " + after.describe() + "); run the sweep again to resume";
            case NOT_STARTED -> name + ": not started (sweep terminated)";
        };
    }
}
