package org.iblrnn.cli;

import org.iblrnn.io.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.fitmice.run.ChoiceModels;
import org.iblrnn.fitmice.run.FitMice;
import org.iblrnn.fitmice.run.FitMiceOptions;
import org.iblrnn.fitmice.run.FitMiceReport;
import org.iblrnn.fitmice.run.FitPlan;
import org.iblrnn.fitmice.run.LocalFits;
import org.iblrnn.fitmice.run.SlurmFits;
import org.iblrnn.sweep.CommandExecutor;
import org.iblrnn.sweep.JavaCommand;
import org.iblrnn.sweep.SlurmMixin;
import org.iblrnn.sweep.SlurmOptions;
import org.iblrnn.sweep.SlurmSubmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ibl-rnn fit-mice}: which model predicts each mouse's next choice best. Translates options into a
 * {@link FitMiceOptions}, plans (every input check, nothing written), then fits here or submits a SLURM array, and
 * writes the group outputs once every fit is saved.
 */
@Command(name = "fit-mice", mixinStandardHelpOptions = true,
        header = "Fit models of the choices of each mouse and compare them on held-out sessions.",
        description = {"",
                "Every model is fitted to each mouse's choices and scored on held-out sessions (leave-sessions-out",
                "K-fold cross-validation per mouse). PATH: IBL trial CSVs (one mouse each, optionally gzipped) or",
                "directories of them (*.csv and *.csv.gz except *_endtrain). Fits are saved one by one in",
                "OUT/mice/<mouse>/<model>.json and never redone; then OUT/fit-mice.json, fit-mice.csv, the",
                "fit_mice_*.png figures and fit-mice.pdf are written.",
                "",
                "Models: psychometric (always fitted), bayes_optimal, action_kernel, stimulus_kernel, tiny_gru_1..4,",
                "and task_rnn with --task-run.",
                "",
                "Examples:",
                "  ibl-rnn fit-mice ibl-mice-may2020/ --out fits --local 2",
                "  ibl-rnn fit-mice ibl-mice-may2020/ --out fits --models action_kernel,bayes_optimal --folds 4",
                "  ibl-rnn fit-mice mice/ --out fits --task-run runs/<run id> --slurm --time 2:00:00 --cpus 2",
                ""})
public final class FitMiceCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(FitMiceCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Mouse CSVs, or directories of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "fit-mice",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--models", paramLabel = "M1,M2,...", split = ",",
            description = "Models to fit (default: all available; psychometric is always added).")
    List<String> models = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Leave-sessions-out folds per mouse (default: ${DEFAULT-VALUE}; a mouse with fewer sessions"
                    + " gets one fold per session).")
    int folds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--task-run", paramLabel = "RUN_DIR",
            description = "A run trained by 'ibl-rnn train': adds the model task_rnn (its newest checkpoint).")
    Path taskRun;

    @Option(names = "--local", paramLabel = "N",
            description = "Fit here, N fits at a time (the default, with N = the number of processors).")
    Integer local;

    @Mixin
    SlurmMixin slurm = new SlurmMixin();

    @Option(names = "--dry-run", description = "With --slurm: write the script and task files, submit nothing.")
    boolean dryRun;

    @Option(names = "--fit-only", description = "Save the fits only, no group outputs (what each SLURM task runs).")
    boolean fitOnly;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "300",
            description = "Figure resolution (default: ${DEFAULT-VALUE}).")
    double dpi;

    private final CommandExecutor commands;
    private final JavaCommand javaOverride;

    /** The command as the CLI uses it: real SLURM commands and this JVM's java. */
    public FitMiceCommand() {
        this(CommandExecutor.processes(Duration.ofSeconds(120)), null);
    }

    /** For tests: scripted SLURM commands and child command ({@code null}: this JVM's). */
    FitMiceCommand(CommandExecutor commands, JavaCommand java) {
        this.commands = commands;
        this.javaOverride = java;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        SlurmOptions slurmOptions = slurm.validate(local != null);
        if (!slurm.enabled() && dryRun) {
            throw new InvalidInputException("--dry-run needs --slurm");
        }
        if (slurm.enabled() && fitOnly) {
            throw new InvalidInputException("--fit-only is what each SLURM task runs; give it without --slurm");
        }
        int threads = local != null ? local : Runtime.getRuntime().availableProcessors();
        FitMiceOptions options = new FitMiceOptions(paths, out, models, folds, seed, Optional.ofNullable(taskRun),
                threads, fitOnly, dpi);
        long t0 = System.nanoTime();
        FitPlan plan = FitPlan.make(options, ChoiceModels.standard());
        int total = plan.mice().size() * plan.models().size();
        o.printf("fit-mice: %d mice x %d models (%s), %d folds: %d fits saved, %d to do%n", plan.mice().size(),
                plan.models().size(), String.join(", ", plan.modelNames()), folds, total - plan.pending().size(),
                plan.pending().size());
        plan.notes().forEach(n -> o.println("note: " + n));
        if (slurm.enabled()) {
            return submit(o, plan, slurmOptions);
        }
        fit(plan);
        o.printf("fits done in %.1f s (%d at a time)%n", (System.nanoTime() - t0) / 1e9, threads);
        if (fitOnly) {
            return ExitCodes.OK;
        }
        return summarise(o, plan);
    }

    private void fit(FitPlan plan) {
        if (plan.pending().isEmpty()) {
            return;
        }
        if (System.console() == null) {
            int[] done = {0};
            LocalFits.run(plan, (task, result, seconds) -> LOG.info("fitted {} / {} ({} of {}) in {} s: {} nats per"
                    + " trial", task.mouse().name(), task.model().name(), ++done[0], plan.pending().size(),
                    String.format("%.1f", seconds), String.format("%.4f", result.nllPerTrial())));
            return;
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("fit-mice").setInitialMax(plan.pending().size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().setUnit(" fits", 1)
                .build()) {
            LocalFits.run(plan, (task, result, seconds) -> {
                bar.step();
                bar.setExtraMessage(task.mouse().name() + " " + task.model().name());
            });
        }
    }

    private int summarise(PrintWriter o, FitPlan plan) throws Exception {
        FitMiceReport.Written w = FitMice.summarise(plan);
        o.print(w.table().toAligned());
        FitMice.results(plan).statistics().gruSizes().ifPresent(s -> o.println("tiny GRU units needed: "
                + s.unitsNeeded() + " (smallest size that no larger one beats significantly, paired over mice)"));
        o.println("results: " + out.resolve(FitMiceReport.JSON) + ", " + out.resolve(FitMiceReport.CSV) + ", "
                + out.resolve(FitMiceReport.PDF));
        for (Map.Entry<String, String> e : w.skipped().entrySet()) {
            o.println("figure " + e.getKey() + " not drawn: " + e.getValue());
        }
        int failed = 0;
        for (FigureOutcome f : w.figures()) {
            if (!f.ok()) {
                failed++;
                spec.commandLine().getErr().println("ibl-rnn: figure " + f.stem() + " failed: " + f.message());
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    private int submit(PrintWriter o, FitPlan plan, SlurmOptions slurmOptions) throws Exception {
        if (plan.pending().isEmpty()) {
            o.println("nothing to submit: every fit is saved");
            return summarise(o, plan);
        }
        JavaCommand java = javaOverride != null ? javaOverride : JavaCommand.current(System.getenv());
        Path script = SlurmFits.write(plan, slurmOptions, java);
        o.println("wrote " + script + " (" + plan.pendingMice().size() + " array tasks, one per mouse)");
        if (dryRun) {
            o.println("dry run: submit it with 'sbatch " + script + "'");
            return ExitCodes.OK;
        }
        SlurmSubmitter submitter = new SlurmSubmitter(commands);
        String jobId = submitter.submit(script);
        o.println("submitted job " + jobId + "; logs in " + script.resolveSibling("logs"));
        if (!slurm.waitForJob()) {
            o.println("when it has finished, run the same command without --slurm to write the group outputs");
            return ExitCodes.OK;
        }
        o.flush();
        submitter.awaitGone(jobId, slurm.poll());
        if (!FitMice.complete(plan)) {
            o.println("job " + jobId + " ended with fits missing; see the logs, then run the command again");
            return ExitCodes.GENERIC_ERROR;
        }
        return summarise(o, plan);
    }
}
