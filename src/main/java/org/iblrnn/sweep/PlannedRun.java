package org.iblrnn.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * One configuration of a sweep with what the sweep will do about it.
 *
 * @param point          the configuration
 * @param runDir         its run directory ({@code <sweep dir>/<point.dirName()>})
 * @param config         the {@code --config} file, or {@code null} for the paper's parameters
 * @param allOverrides   common overrides, then the configuration's own
 * @param status         what the run directory holds now
 */
public record PlannedRun(SweepPoint point, Path runDir, Path config, List<String> allOverrides, RunStatus status) {

    public PlannedRun {
        allOverrides = List.copyOf(allOverrides);
    }

    /** Whether the sweep has work to do for this configuration. */
    public boolean pending() {
        return status.state() != RunState.FINISHED;
    }

    /**
     * The {@code train} arguments: {@code train --resume DIR} when a checkpoint exists, else
     * {@code train --run-dir DIR [--config F] --set k=v ...}.
     */
    public List<String> trainArguments() {
        return status.state() == RunState.UNFINISHED ? TrainArguments.resume(runDir) : TrainArguments.start(runDir, config, allOverrides);
    }
}
