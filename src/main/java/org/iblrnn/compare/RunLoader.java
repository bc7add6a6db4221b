package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.report.AnalysisReport;
import org.iblrnn.report.AnalyzeOptions;
import org.iblrnn.train.RunDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one run for compare: params.json, steps trained, learning curve and metrics — from analyze/metrics.json,
 * else as {@link AnalyzeMode} says. Trials for the behaviour curves are loaded separately ({@link #trials}) because
 * reading a 1000-block session.npz costs time and only the runs drawn need it.
 */
public final class RunLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RunLoader.class);
    public static final String METRICS = AnalysisReport.DIR + "/metrics.json";
    public static final String SESSION = AnalysisReport.DIR + "/session.npz";

    private final AnalyzeMode mode;
    private final int blocks;
    private final long seed;
    private final Consumer<String> notes;

    /**
     * @param mode   what to do with runs that have no analyze/metrics.json
     * @param blocks blocks of the analysis session for runs analysed here
     * @param seed   analysis seed for runs analysed here (the same for every run)
     * @param notes  receives one-line progress notes for the user
     */
    public RunLoader(AnalyzeMode mode, int blocks, long seed, Consumer<String> notes) {
        if (blocks < 1) {
            throw new InvalidInputException("--blocks must be >= 1 but was " + blocks);
        }
        this.mode = mode;
        this.blocks = blocks;
        this.seed = seed;
        this.notes = notes;
    }

    /** Reads (and if asked, analyses) the run in {@code dir}, named {@code name}. */
    public RunData load(Path dir, String name) throws IOException {
        Params params = ParamsJson.read(dir.resolve(RunDirectory.PARAMS_FILE));
        RunDirectory run = RunDirectory.existing(dir);
        Optional<RunDirectory.CheckpointRef> newest = run.newestCheckpoint();
        long stepsTrained = newest.map(c -> c.step() + 1).orElse(0L);
        LearningCurve curve = LearningCurve.read(dir);
        Path metricsFile = dir.resolve(METRICS);
        RunMetrics metrics;
        TrialOutcomes trials = null;
        if (Files.isRegularFile(metricsFile)) {
            metrics = RunMetrics.read(metricsFile);
            if (newest.isPresent() && metrics.analysedStep() >= 0 && metrics.analysedStep() < newest.get().step()) {
                notes.accept(name + ": analysed at step " + metrics.analysedStep() + " but trained to step "
                        + newest.get().step() + " (re-run 'ibl-rnn analyze' for the newest checkpoint)");
            }
        } else if (newest.isEmpty()) {
            metrics = RunMetrics.none(RunMetrics.Source.UNTRAINED);
            notes.accept(name + ": no checkpoint yet; only its configuration and learning curve are compared");
        } else {
            switch (mode) {
                case NONE -> {
                    metrics = RunMetrics.none(RunMetrics.Source.NONE);
                    notes.accept(name + ": not analysed (no " + METRICS + "); use --analyze-missing or"
                            + " 'ibl-rnn analyze " + dir + "'");
                }
                case BEHAVIOUR -> {
                    notes.accept(name + ": simulating checkpoint step " + newest.get().step() + " for " + blocks
                            + " blocks");
                    BehaviourSimulation.Result r = BehaviourSimulation.run(newest.get().file(), blocks, seed);
                    metrics = r.metrics();
                    trials = r.trials();
                }
                case FULL -> {
                    notes.accept(name + ": running analyze (" + blocks + " blocks)");
                    AnalysisReport.Result r = AnalysisReport.run(new AnalyzeOptions(dir, null, blocks, seed, 300,
                            java.util.List.of(), null, null,
                            org.iblrnn.analysis.AnalysisSettings.DEFAULT_DISTILLATION_STEPS,
                            org.iblrnn.analysis.AnalysisSettings.DEFAULT_TWO_UNIT_STEPS));
                    LOG.info("analysed {} into {}", dir, r.dir());
                    metrics = RunMetrics.read(metricsFile);
                }
                default -> throw new IllegalStateException("unknown analyze mode " + mode);
            }
        }
        RunSummary s = new RunSummary(dir, name, params, ParamsTree.flatten(params), stepsTrained, curve.finalValue(),
                metrics);
        return new RunData(s, curve, trials);
    }

    /**
     * The run's analysis trials: those already loaded, else read from analyze/session.npz when the metrics came
     * from analyze; empty when there are none.
     */
    public static Optional<TrialOutcomes> trials(RunData run) throws IOException {
        if (run.trials() != null) {
            return Optional.of(run.trials());
        }
        Path npz = run.summary().dir().resolve(SESSION);
        if (run.summary().metrics().source() == RunMetrics.Source.ANALYZE && Files.isRegularFile(npz)) {
            return Optional.of(TrialOutcomes.readNpz(npz));
        }
        return Optional.empty();
    }
}
