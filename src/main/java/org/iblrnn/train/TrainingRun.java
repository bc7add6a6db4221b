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
import org.iblrnn.io.ParamsJson;
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

    private TrainingRun(RunDirectory dir, Params params, RecurrentNetwork network, Optimizer optimizer, long firstStep,
                        TrainingSchedule schedule) {
        this.dir = dir;
        this.params = params;
        this.network = network;
        this.optimizer = optimizer;
        this.firstStep = firstStep;
        this.endStep = params.run().startGradStep() + params.run().numGradSteps();
        this.schedule = schedule;
    }

    /**
     * A new run in a fresh directory under {@code runsDir}, or in {@code fixedDir} when given (it must be empty or
     * absent). The network is initialised from a generator derived from the run seed.
     */
    public static TrainingRun create(Params params, Path runsDir, Path fixedDir, TrainingSchedule schedule) {
        RunDirectory dir;
        if (fixedDir != null) {
            try {
                Files.createDirectories(fixedDir);
                try (var s = Files.list(fixedDir)) {
                    if (s.findAny().isPresent()) {
                        throw new IllegalStateException("run directory " + fixedDir
                                + " is not empty (use --resume to continue it, or choose another directory)");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create run directory " + fixedDir + ": " + e.getMessage(), e);
            }
            dir = RunDirectory.existing(fixedDir);
        } else {
            dir = RunDirectory.create(runsDir, params, LocalDateTime.now());
        }
        RecurrentNetwork network = RecurrentNetwork.initialise(params.model(),
                Seeds.forAnalysis(params.run().seed(), INIT_PURPOSE));
        Optimizer optimizer = Optimizers.create(params.optimizer(), network.params().length);
        return new TrainingRun(dir, params, network, optimizer, params.run().startGradStep(), schedule);
    }

    /**
     * Continues a run from its newest checkpoint. Only {@code run.num_grad_steps} may be overridden (to extend a
     * run); anything else would not be the same run.
     */
    public static TrainingRun resume(Path runDir, List<String> overrides, TrainingSchedule schedule) throws IOException {
        RunDirectory dir = RunDirectory.existing(runDir);
        RunDirectory.CheckpointRef ref = dir.newestCheckpoint().orElseThrow(() -> new IllegalStateException(
                "run directory " + runDir + " has no checkpoint_grad_steps=*.safetensors to resume from"));
        Checkpoint ck = Checkpoint.read(ref.file());
        if (ck.step() != ref.step()) {
            throw new IllegalArgumentException("checkpoint " + ref.file() + " holds step " + ck.step()
                    + " but its name says " + ref.step() + " (was it renamed?)");
        }
        Params params = ck.params();
        for (String o : overrides) {
            if (!o.startsWith("run.num_grad_steps=")) {
                throw new IllegalArgumentException("--set " + o + " cannot be used with --resume: only run.num_grad_steps "
                        + "may change when continuing a run");
            }
        }
        params = ParamsJson.applyOverrides(params, overrides);
        RecurrentNetwork network = RecurrentNetwork.of(params.model(), ck.weights());
        Optimizer optimizer = Optimizers.create(params.optimizer(), network.params().length);
        optimizer.restore(ck.optimizer(), ck.optimizerSteps());
        return new TrainingRun(dir, params, network, optimizer, ck.step() + 1, schedule);
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
     * Trains until the end step or a stop request; on a stop request the last finished step is checkpointed.
     *
     * @param stepHook called after every gradient step (progress bars); may be null
     */
    @SuppressWarnings("try") // the logging scope is the try block
    public Trainer.Outcome run(StopSignal stop, Consumer<Long> stepHook) throws IOException {
        try (RunLogging logging = RunLogging.to(dir.logFile())) {
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
                throw new UncheckedIOException("cannot write TensorBoard events in " + dir.path() + ": " + e.getMessage(), e);
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
                throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
            }
            LOG.debug("Wrote {}", file);
        }
    }
}
