package org.iblrnn.analysis.reduced;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.Params;
import org.iblrnn.config.RunConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.iblrnn.task.Seeds;
import org.iblrnn.train.RunDirectory;
import org.iblrnn.train.StopSignal;
import org.iblrnn.train.TrainedNetwork;
import org.iblrnn.train.Trainer;
import org.iblrnn.train.TrainingRun;
import org.iblrnn.train.TrainingSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 2-unit RNN trained directly on the task, the baseline showing that a small network
 * trained on behaviour alone barely uses the block. The original loaded it from a hard-coded run directory and
 * aborted the whole analysis when it was missing; here it comes from a given run directory ({@code --two-unit-run}),
 * or is trained with the analysed run's own parameters at hidden size 2 into a fixed, resumable directory inside the
 * analyze folder, so a later analysis reuses it.
 */
public final class TwoUnitTaskTrained {

    private static final Logger LOG = LoggerFactory.getLogger(TwoUnitTaskTrained.class);

    /** Directory name inside the analyze folder. */
    public static final String DIR_NAME = "two_unit_task_trained";
    /**
     * Gradient steps when training one here: with the default task and optimizer a 2-unit rnn reaches its plateau
     * (≈0.84–0.86 correct per trial) by ≈20,000 steps (measured, seed 1); 30,001 leaves a margin and takes ≈15 s.
     */
    public static final long DEFAULT_STEPS = 30_001;

    private TwoUnitTaskTrained() {
    }

    /** Where the network came from, for logs and metrics. */
    public record Source(RecurrentNetwork network, Path checkpoint, long step, boolean trainedHere) {
    }

    /**
     * The network of the newest checkpoint of {@code runDir}, if it has one.
     *
     * @throws IllegalArgumentException if a checkpoint exists but is unreadable or not a 2-unit-compatible model
     */
    public static Optional<Source> loadNewest(Path runDir) throws IOException {
        if (runDir == null || !Files.isDirectory(runDir)) {
            return Optional.empty();
        }
        Optional<RunDirectory.CheckpointRef> ref = RunDirectory.existing(runDir).newestCheckpoint();
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        TrainedNetwork trained = TrainedNetwork.read(ref.get().file());
        return Optional.of(new Source(trained.network(), trained.file(), trained.step(), false));
    }

    /** The run's parameters at hidden size 2, trained for {@code steps} gradient steps from step 0. */
    public static Params paramsFor(Params run, long steps) {
        ModelConfig m = run.model().withHiddenSize(2);
        return run.withModel(m).withRun(new RunConfig(0, steps, run.run().seed()));
    }

    /**
     * The 2-unit network: from {@code externalRun} if it holds a checkpoint (a warning is logged, not an error, when
     * it is given but empty or missing), otherwise from {@code analyzeDir/two_unit_task_trained} (resumed or
     * extended as needed), otherwise trained in memory when {@code analyzeDir} is null.
     */
    public static Source obtain(Path externalRun, Params runParams, Path analyzeDir, long steps) {
        try {
            if (externalRun != null) {
                Optional<Source> s = loadNewest(externalRun);
                if (s.isPresent()) {
                    LOG.info("Using the 2-unit task-trained network {}", s.get().checkpoint());
                    return s.get();
                }
                LOG.warn("--two-unit-run {} has no checkpoint; training a 2-unit network instead", externalRun);
            }
            Params params = paramsFor(runParams, steps);
            if (analyzeDir == null) {
                return trainInMemory(params);
            }
            return trainInDirectory(params, analyzeDir.resolve(DIR_NAME), steps);
        } catch (IOException e) {
            throw new UncheckedIOException("2-unit task-trained network: " + e.getMessage(), e);
        }
    }

    private static Source trainInDirectory(Params params, Path dir, long steps) throws IOException {
        Optional<Source> existing = loadNewest(dir);
        if (existing.isPresent() && existing.get().step() >= steps - 1) {
            LOG.info("Using the cached 2-unit task-trained network {}", existing.get().checkpoint());
            return existing.get();
        }
        TrainingSchedule schedule = TrainingSchedule.defaults().withCheckpointEvery(1000);
        TrainingRun run;
        if (existing.isPresent()) {
            LOG.info("Resuming the 2-unit task-trained network from step {} to {}", existing.get().step(), steps);
            run = TrainingRun.resume(dir, List.of("run.num_grad_steps=" + steps), schedule);
        } else {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    for (Path p : s.toList()) { // a run that never reached its first checkpoint
                        deleteRecursively(p);
                    }
                }
            }
            LOG.info("Training a 2-unit task-trained network for {} steps in {}", steps, dir);
            run = TrainingRun.create(params, null, dir, schedule);
        }
        try (StopSignal stop = StopSignal.manual()) {
            run.run(stop, null);
        }
        Source s = loadNewest(dir).orElseThrow(() -> new IllegalStateException("training the 2-unit network in "
                + dir + " wrote no checkpoint"));
        return new Source(s.network(), s.checkpoint(), s.step(), true);
    }

    private static Source trainInMemory(Params params) {
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(),
                Seeds.forAnalysis(params.run().seed(), "model-init"));
        Optimizer opt = Optimizers.create(params.optimizer(), net.params().length);
        Trainer trainer = new Trainer(params, net, opt, new TrainingSchedule(Long.MAX_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE));
        try (StopSignal stop = StopSignal.manual()) {
            Trainer.Outcome o = trainer.train(0, params.run().numGradSteps(), stop, new Trainer.Listener() {
            });
            return new Source(net, null, o.lastStep(), true);
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (var s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteRecursively(c);
                }
            }
        }
        Files.delete(p);
    }
}
