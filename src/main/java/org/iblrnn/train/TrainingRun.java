package org.iblrnn.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.iblrnn.config.Params;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.IoErrors;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.io.StateConflictException;
import org.iblrnn.io.TensorBoardWriter;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.iblrnn.task.SessionStats;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A training run on disk: creates or resumes a run directory and trains into it, writing params.json, logging.log,
 * TensorBoard scalars, progress lines and checkpoints on the {@link TrainingSchedule}.
 */
public final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final String INIT_PURPOSE = "model-init";
    /** Marks log events that the console omits (logback.xml) while a progress bar is drawn there. */
    public static final org.slf4j.Marker FILE_ONLY = org.slf4j.MarkerFactory.getMarker("FILE_ONLY");

    private final RunDirectory dir;
    private final Params params;
    private final RecurrentNetwork network;
    private final Optimizer optimizer;
    private final long firstStep;
    private final long endStep;
    private final TrainingSchedule schedule;
    /** The checkpoint a resumed run continues from; null for a new run. */
    private final RunDirectory.CheckpointRef resumedFrom;
    /** True when the user chose that checkpoint (--checkpoint), so later ones are abandoned on purpose. */
    private final boolean chosenCheckpoint;

    private TrainingRun(RunDirectory dir, Params params, RecurrentNetwork network, Optimizer optimizer, long firstStep,
                        TrainingSchedule schedule, RunDirectory.CheckpointRef resumedFrom, boolean chosenCheckpoint) {
        this.dir = dir;
        this.params = params;
        this.network = network;
        this.optimizer = optimizer;
        this.firstStep = firstStep;
        this.endStep = params.run().startGradStep() + params.run().numGradSteps();
        this.schedule = schedule;
        this.resumedFrom = resumedFrom;
        this.chosenCheckpoint = chosenCheckpoint;
    }

    /**
     * A new run in a fresh directory under {@code runsDir}, or in {@code fixedDir} when given (it must be empty or
     * absent). The network is initialised from a generator derived from the run seed. A configuration that cannot
     * fit in the heap is refused before any directory is created.
     */
    public static TrainingRun create(Params params, Path runsDir, Path fixedDir, TrainingSchedule schedule) {
        MemoryEstimate.checkTraining(params);
        RunDirectory dir;
        if (fixedDir != null) {
            if (Files.exists(fixedDir) && !Files.isDirectory(fixedDir)) {
                throw new InvalidInputException("--run-dir " + fixedDir + " is a file, not a directory (choose a directory)");
            }
            try {
                Files.createDirectories(fixedDir);
                try (var s = Files.list(fixedDir)) {
                    if (s.anyMatch(p -> !isOwnLitter(p))) {
                        throw new StateConflictException("run directory " + fixedDir
                                + " is not empty (use --resume to continue it, or choose another directory)");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(IoErrors.creatingDirectory(fixedDir, e), e);
            }
            dir = RunDirectory.existing(fixedDir);
        } else {
            dir = RunDirectory.create(runsDir, params, LocalDateTime.now());
        }
        RecurrentNetwork network = RecurrentNetwork.initialise(params.model(),
                Seeds.forAnalysis(params.run().seed(), INIT_PURPOSE));
        Optimizer optimizer = Optimizers.create(params.optimizer(), network.params().length);
        return new TrainingRun(dir, params, network, optimizer, params.run().startGradStep(), schedule, null, false);
    }

    /** A lock file or a temporary file of a killed write: what an interrupted start may leave in an "empty" run. */
    private static boolean isOwnLitter(Path p) {
        String name = p.getFileName().toString();
        return name.equals(RunLock.FILE_NAME) || AtomicFiles.isTemporaryName(name);
    }

    /** Continues a run from its newest checkpoint; see {@link #resume(Path, Path, List, TrainingSchedule)}. */
    public static TrainingRun resume(Path runDir, List<String> overrides, TrainingSchedule schedule) throws IOException {
        return resume(runDir, null, overrides, schedule);
    }

    /**
     * Continues a run from {@code checkpoint} (one of the run's own checkpoint files), or from its newest when null.
     * Only {@code run.num_grad_steps} may be overridden (to extend a run); anything else would not be the same run.
     * Resuming from an earlier checkpoint moves the later ones aside ({@code *.superseded}) when training starts.
     *
     * @throws InvalidInputException  when the checkpoint is corrupt (naming it, and the command that resumes from the
     *                                previous one) or the overrides change the run
     * @throws StateConflictException when the run has no checkpoint
     */
    public static TrainingRun resume(Path runDir, Path checkpoint, List<String> overrides, TrainingSchedule schedule)
            throws IOException {
        RunDirectory dir = RunDirectory.existing(runDir);
        for (String o : overrides) {
            if (!o.startsWith("run.num_grad_steps=")) {
                throw new InvalidInputException("--set " + o + " cannot be used with --resume: only run.num_grad_steps "
                        + "may change when continuing a run");
            }
        }
        RunDirectory.CheckpointRef ref = checkpoint != null ? dir.checkpointRef(checkpoint)
                : dir.newestCheckpoint().orElseThrow(() -> new StateConflictException(
                "run directory " + runDir + " has no checkpoint_grad_steps=*.safetensors to resume from"));
        Checkpoint ck;
        try {
            ck = Checkpoint.read(ref.file());
            if (ck.step() != ref.step()) {
                throw new InvalidInputException("checkpoint " + ref.file() + " holds step " + ck.step()
                        + " but its name says " + ref.step() + " (was it renamed?)");
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage() + earlierCheckpointHint(dir, ref), e);
        }
        Params params = ParamsJson.applyOverrides(ck.params(), overrides);
        MemoryEstimate.checkTraining(params);
        RecurrentNetwork network = RecurrentNetwork.of(params.model(), ck.weights());
        Optimizer optimizer = Optimizers.create(params.optimizer(), network.params().length);
        try {
            optimizer.restore(ck.optimizer(), ck.optimizerSteps());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("checkpoint " + ref.file() + ": optimizer state does not fit the run ("
                    + e.getMessage() + ")" + earlierCheckpointHint(dir, ref), e);
        }
        return new TrainingRun(dir, params, network, optimizer, ck.step() + 1, schedule, ref, checkpoint != null);
    }

    /** "; to resume from the previous checkpoint: ibl-rnn train --resume D --checkpoint F", when there is one. */
    private static String earlierCheckpointHint(RunDirectory dir, RunDirectory.CheckpointRef bad) {
        RunDirectory.CheckpointRef previous = null;
        for (RunDirectory.CheckpointRef c : dir.checkpoints()) {
            if (c.step() < bad.step()) {
                previous = c;
            }
        }
        return previous == null ? "" : "; to resume from the previous checkpoint: ibl-rnn train --resume " + dir.path()
                + " --checkpoint " + previous.file();
    }

    public RunDirectory directory() {
        return dir;
    }

    public Params params() {
        return params;
    }

    public RecurrentNetwork network() {
        return network;
    }

    public long firstStep() {
        return firstStep;
    }

    public long endStep() {
        return endStep;
    }

    /**
     * Trains until the end step or a stop request; on a stop request the last finished step is checkpointed. The run
     * directory is locked for the duration ({@link RunLock}); temporary files of a killed earlier write are removed
     * first. A failure is recorded in the run's logging.log (with the stack trace when it is not a user error).
     *
     * @param stepHook called after every gradient step (progress bars); may be null
     * @throws StateConflictException when another process trains in the directory
     */
    @SuppressWarnings("try") // the lock and logging scopes are the try blocks
    public Trainer.Outcome run(StopSignal stop, Consumer<Long> stepHook) throws IOException {
        try (RunLock lock = RunLock.acquire(dir.path(), "train"); RunLogging logging = RunLogging.to(dir.logFile())) {
            try {
                return runLocked(stop, stepHook);
            } catch (RuntimeException | Error e) {
                RunLogging.recordFailure(LOG, e);
                throw e;
            } catch (IOException e) {
                RunLogging.recordFailure(LOG, e);
                throw e;
            }
        }
    }

    private Trainer.Outcome runLocked(StopSignal stop, Consumer<Long> stepHook) throws IOException {
        int litter = AtomicFiles.removeLeftovers(dir.path());
        if (litter > 0) {
            LOG.info("Removed {} temporary file(s) left by an interrupted write in {}", litter, dir.path());
        }
        if (resumedFrom != null) {
            setAsideLaterCheckpoints();
        }
        AtomicFiles.writeString(dir.paramsFile(), ParamsJson.write(params));
        if (firstStep >= endStep) {
            LOG.info("Run {} is already complete ({} gradient steps).", dir.path(), endStep);
            stop.markHandled();
            return new Trainer.Outcome(firstStep - 1, false, null);
        }
        LOG.info("Run directory: {}", dir.path());
        LOG.info("Training {} (H={}) with {} for steps {}..{}", params.model().architecture().key(),
                params.model().hiddenSize(), params.optimizer().kind().key(), firstStep, endStep - 1);
        TensorBoardWriter tb = firstStep == params.run().startGradStep()
                ? TensorBoardWriter.create(dir.path())
                : TensorBoardWriter.resume(dir.path(), firstStep);
        try (tb) {
            Listener listener = new Listener(tb, stepHook);
            Trainer trainer = new Trainer(params, network, optimizer, schedule);
            Trainer.Outcome outcome = trainer.train(firstStep, endStep, stop, listener);
            if (outcome.stopped()) {
                LOG.warn("Stopped by a termination signal after step {}; checkpoint written. Resume with: "
                        + "ibl-rnn train --resume \"{}\"", outcome.lastStep(), dir.path());
            }
            return outcome;
        } finally {
            stop.markHandled();
        }
    }

    /**
     * A run resumed from an earlier checkpoint abandons the later ones; they are renamed so that the next resume
     * does not pick them (nothing is deleted). Also refuses to go on if another process added a checkpoint between
     * {@link #resume} and taking the lock.
     */
    private void setAsideLaterCheckpoints() throws IOException {
        for (RunDirectory.CheckpointRef c : dir.checkpoints()) {
            if (c.step() > resumedFrom.step()) {
                if (!chosenCheckpoint) {
                    throw new StateConflictException("run directory " + dir.path() + " gained checkpoint " + c.file()
                            + " while this run started (another process trained it); run the command again");
                }
                Path aside = c.file().resolveSibling(c.file().getFileName() + ".superseded");
                java.nio.file.Files.move(c.file(), aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("Resuming from step {}: moved the later checkpoint {} aside to {}", resumedFrom.step(),
                        c.file().getFileName(), aside.getFileName());
            }
        }
    }

    /** Writes scalars, progress lines and checkpoints as the trainer reports them. */
    private final class Listener implements Trainer.Listener {
        private final TensorBoardWriter tb;
        private final Consumer<Long> stepHook;
        private final long startNanos = System.nanoTime();

        Listener(TensorBoardWriter tb, Consumer<Long> stepHook) {
            this.tb = tb;
            this.stepHook = stepHook;
        }

        @Override
        public void stepDone(long step, SessionStats m) {
            if (stepHook != null) {
                stepHook.accept(step);
            }
        }

        @Override
        public void scalars(long step, SessionStats m, List<SessionTable> tables) {
            try {
                String p = "train/";
                tb.addScalar(p + "feedback_by_dt", m.meanRewardPerStep(), step);
                tb.addScalar(p + "avg_loss_per_dt", m.meanLossPerStep(), step);
                tb.addScalar(p + "dts_by_trial", m.meanStepsPerTrial(), step);
                tb.addScalar(p + "action_taken_by_total_trials", m.fractionTrialsWithAction(), step);
                tb.addScalar(p + "correct_action_taken_by_action_taken", m.correctPerAction(), step);
                tb.addScalar(p + "correct_action_taken_by_total_trials", m.correctPerTrial(), step);
                tb.addScalar(p + "avg_trial_side", m.meanTrialSide(), step);
                tb.addScalar(p + "avg_trial_side_left_block", m.meanTrialSideLeftBlocks(), step);
                tb.addScalar(p + "avg_trial_side_right_block", m.meanTrialSideRightBlocks(), step);
                tb.addScalar(p + "min_trial_per_block", m.minTrialsPerBlock(), step);
                tb.addScalar(p + "max_trial_per_block", m.maxTrialsPerBlock(), step);
                SessionTable all = tables.size() == 1 ? tables.get(0) : SessionTable.concat(tables);
                double[] var = HiddenStateSpectrum.varianceExplained(all.hiddenStates(), all.rows(), all.stateSize());
                double[] frac = HiddenStateSpectrum.fractions(var);
                for (int i = 0; i < Math.min(4, var.length); i++) {
                    tb.addScalar(p + "pc/frac_variance_explained_" + (i + 1), frac[i], step);
                    tb.addScalar(p + "pc/variance_explained_" + (i + 1), var[i], step);
                }
                tb.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(IoErrors.writing("TensorBoard events in " + dir.path(), e), e);
            }
        }

        @Override
        public void progress(long step, SessionStats m) {
            double secs = (System.nanoTime() - startNanos) / 1e9;
            String line = String.format(java.util.Locale.ROOT,
                    "step %d  loss/step %.4f  correct/actions %.3f  correct/trials %.3f  steps/trial %.2f  (%.1f s)",
                    step, m.meanLossPerStep(), m.correctPerAction(), m.correctPerTrial(), m.meanStepsPerTrial(), secs);
            if (stepHook != null) {
                LOG.info(FILE_ONLY, line); // a progress bar owns the console
            } else {
                LOG.info(line);
            }
        }

        @Override
        public void checkpoint(long step) {
            if (step < params.run().startGradStep()) {
                return;
            }
            Path file = dir.checkpointFile(step);
            try {
                Checkpoint.of(step, params, network, optimizer).write(file);
            } catch (IOException e) {
                throw new UncheckedIOException(IoErrors.writing(file, e), e);
            }
            LOG.debug("Wrote {}", file);
        }
    }
}
