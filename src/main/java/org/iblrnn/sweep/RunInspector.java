package org.iblrnn.sweep;

import org.iblrnn.io.StateConflictException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.iblrnn.config.Params;
import org.iblrnn.config.RunConfig;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.train.RunDirectory;

/**
 * Reads a run directory to decide whether a sweep must start, resume or skip it. Only file names are read for
 * checkpoints (the step is in the name), so this is cheap for thousands of runs; a checkpoint is trusted to be
 * complete because the trainer writes checkpoints atomically.
 */
public final class RunInspector {

    private RunInspector() {
    }

    /**
     * @param runDir           the run directory (may not exist)
     * @param expectedLastStep the last step from the sweep's own parameters, used when the directory has no
     *                         params.json; when it has one, that file's run section decides (it is what
     *                         {@code train --resume} will continue)
     */
    public static RunStatus inspect(Path runDir, long expectedLastStep) {
        if (!Files.isDirectory(runDir)) {
            return new RunStatus(RunState.MISSING, OptionalLong.empty(), expectedLastStep);
        }
        long lastStep = recordedParams(runDir).map(RunInspector::lastStep).orElse(expectedLastStep);
        Optional<RunDirectory.CheckpointRef> newest = RunDirectory.existing(runDir).newestCheckpoint();
        if (newest.isEmpty()) {
            return new RunStatus(RunState.MISSING, OptionalLong.empty(), lastStep);
        }
        long step = newest.get().step();
        return new RunStatus(step >= lastStep ? RunState.FINISHED : RunState.UNFINISHED, OptionalLong.of(step), lastStep);
    }

    /** The step after which a run with these parameters is done. */
    public static long lastStep(Params params) {
        RunConfig run = params.run();
        return run.startGradStep() + run.numGradSteps() - 1;
    }

    /** The parameters a run directory records in its params.json, if it has one. */
    public static Optional<Params> recordedParams(Path runDir) {
        Path file = runDir.resolve(RunDirectory.PARAMS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ParamsJson.read(file));
        } catch (IllegalArgumentException e) {
            throw new StateConflictException("run directory " + runDir + " has an unreadable params.json (" + e.getMessage()
                    + "); move the directory away to restart that run", e);
        }
    }
}
