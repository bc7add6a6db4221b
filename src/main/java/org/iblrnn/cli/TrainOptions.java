package org.iblrnn.cli;

import org.iblrnn.io.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.iblrnn.config.Params;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.train.RunDirectory;
import org.iblrnn.train.StopSignal;
import org.iblrnn.train.Trainer;
import org.iblrnn.train.TrainingRun;
import org.iblrnn.train.TrainingSchedule;
import picocli.CommandLine.Option;

/** The options of {@code train}, shared with {@code run}; {@link #train} does what they say. */
public final class TrainOptions {

    @Option(names = "--runs-dir", paramLabel = "DIR", description = "Where new run directories are created (default: ${DEFAULT-VALUE}).")
    Path runsDir = Path.of("runs");

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "Use exactly this run directory instead of a new timestamped one; if it already holds checkpoints, resume it.")
    Path runDir;

    @Option(names = "--config", paramLabel = "FILE", description = "A params.json (the original's format); defaults are the paper's.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter by its dotted path, e.g. --set env.kwargs.max_stimulus_strength=2.0 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Continue a run from its newest checkpoint.")
    Path resume;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "With --resume: continue from this checkpoint of the run instead of the newest (e.g. when the newest is corrupt); later checkpoints are moved aside.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Gradient steps between checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointEvery = TrainingSchedule.defaults().checkpointEvery();

    /** A finished (or stopped) training run. */
    record Trained(Path dir, boolean stopped) {
    }

    /** Creates or resumes the run and trains it, with a progress bar on a terminal (plain log lines otherwise). */
    Trained train(PrintWriter out) throws Exception {
        if (checkpointEvery < 1) {
            throw new InvalidInputException("--checkpoint-every must be >= 1 but was " + checkpointEvery);
        }
        TrainingSchedule schedule = TrainingSchedule.defaults().withCheckpointEvery(checkpointEvery);
        TrainingRun run;
        Path resumeDir = resume;
        if (resumeDir == null && runDir != null && Files.isDirectory(runDir)
                && RunDirectory.existing(runDir).newestCheckpoint().isPresent()) {
            resumeDir = runDir;
        }
        if (resumeDir != null) {
            if (config != null) {
                throw new InvalidInputException("--config cannot be combined with --resume: a resumed run keeps its params.json");
            }
            run = TrainingRun.resume(resumeDir, checkpoint, overrides, schedule);
        } else {
            if (checkpoint != null) {
                throw new InvalidInputException("--checkpoint needs --resume RUN_DIR (it picks the checkpoint to continue from)");
            }
            Params params = config == null ? Params.defaults() : ParamsJson.read(config);
            params = ParamsJson.applyOverrides(params, overrides);
            run = TrainingRun.create(params, runsDir, runDir, schedule);
        }
        Trainer.Outcome outcome;
        try (StopSignal stop = StopSignal.onTermination()) {
            outcome = trainWithProgress(run, stop);
        } catch (OutOfMemoryError e) {
            throw new HeapMemory.Exhausted("training " + run.params().model().architecture().key() + " with hidden_size "
                    + run.params().model().hiddenSize() + " on sessions of " + run.params().env().blocksPerSession()
                    + " blocks (model.kwargs.core_kwargs.hidden_size, env.kwargs.blocks_per_session)", e);
        }
        return new Trained(run.directory().path(), outcome.stopped());
    }

    private static Trainer.Outcome trainWithProgress(TrainingRun run, StopSignal stop) throws java.io.IOException {
        if (System.console() != null && run.endStep() > run.firstStep()) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("train").setInitialMax(run.endStep())
                    .startsFrom(run.firstStep(), java.time.Duration.ZERO).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).continuousUpdate().build()) {
                return run.run(stop, step -> bar.stepTo(step + 1));
            }
        }
        return run.run(stop, null);
    }
}
