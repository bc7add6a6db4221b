package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ibl-rnn sweep}: trains every configuration of a grid, on this machine ({@code --local N}) or as one SLURM
 * array job ({@code --slurm}). Translates options into a {@link SweepSpec}, plans, then runs or submits; the work
 * is in {@link SweepPlanner}, {@link LocalRunner}, {@link SlurmScript} and {@link SlurmSubmitter}.
 *
 * <p>Exit status: 0 when every configuration is finished (or, for {@code --slurm} without {@code --wait} and for
 * {@code --dry-run}, when the script was written/submitted); 1 when a run failed; 2 for invalid options or
 * parameters; 3 when a run directory holds something else than this sweep expects; 143 when the sweep was
 * terminated (its runs checkpointed: run the same command again to resume).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Train every configuration of a grid, locally or as one SLURM array job.",
        description = {"",
                "Configurations: the cartesian product of the --grid axes (first axis slowest) and --seeds (fastest).",
                "Each gets the run directory <runs-dir>/sweep-<name>/<key>=<value>_..._seed=<s>. Running the same",
                "sweep again skips finished runs, resumes unfinished ones (train --resume) and starts missing ones.",
                "",
                "Grid values are split at commas outside brackets and quotes, so JSON lists work:",
                "  --grid env.kwargs.block_side_probs=[[0.8,0.2],[0.2,0.8]],[[0.7,0.3],[0.3,0.7]]",
                "If the list contains a top-level ';', it is split at ';' only.",
                "",
                "Examples:",
                "  ibl-rnn sweep --grid model.kwargs.core_kwargs.hidden_size=2,50,100 --seeds 1-5 --local 2",
                "  ibl-rnn sweep --grid model.kwargs.core_kwargs.hidden_size=50,100 --seeds 1-10 --slurm --time 1-00:00:00 --mem 4G",
                ""})
public final class SweepCommand implements Callable<Integer> {

    private static final int TERMINATED = 143;

    @Spec
    CommandSpec spec;

    @Option(names = "--grid", paramLabel = "KEY=V1,V2,...",
            description = "A params.json key (dotted, as for --set) and its values; repeatable, one axis each.")
    List<String> grid = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "Values of run.seed: a range 1-10, a list 1,3,5, or both.")
    String seeds;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override shared by every run; repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "params.json every run starts from (default: the paper's).")
    Path config;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs", description = "Where the sweep folder goes (default: ${DEFAULT-VALUE}).")
    Path runsDir;

    @Option(names = "--name", paramLabel = "NAME", description = "Sweep name; folder sweep-NAME (default: the grid's key names joined by '-').")
    String name;

    @Option(names = "--local", paramLabel = "N", description = "Run on this machine, N runs at a time (the default, with N = 1).")
    Integer local;

    @Mixin
    SlurmMixin slurm = new SlurmMixin();

    @Option(names = "--dry-run", description = "Only plan (and with --slurm write the script and task files); run nothing.")
    boolean dryRun;

    private final Map<String, String> environment;
    private final CommandExecutor commands;
    private final JavaCommand javaOverride;

    /** The command as the CLI uses it: real environment, real processes, this JVM's java and class path. */
    public SweepCommand() {
        this(System.getenv(), CommandExecutor.processes(Duration.ofSeconds(120)), null);
    }

    /** For tests: a scripted environment, SLURM commands and child command ({@code null}: this JVM's). */
    SweepCommand(Map<String, String> environment, CommandExecutor commands, JavaCommand java) {
        this.environment = Map.copyOf(environment);
        this.commands = commands;
        this.javaOverride = java;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SlurmOptions options = slurm.validate(local != null);
        List<GridAxis> axes = grid.stream().map(GridAxis::parse).toList();
        SweepGrid sweepGrid = new SweepGrid(axes, seeds == null ? List.of() : SeedList.parse(seeds));
        SweepSpec sweep = new SweepSpec(runsDir, name != null ? name : SweepSpec.defaultName(sweepGrid),
                Optional.ofNullable(config), sets, sweepGrid);
        SweepPlan plan = SweepPlanner.plan(sweep);
        out.printf("sweep %s: %d configurations: %d finished, %d unfinished, %d missing%n", plan.sweepDir(),
                plan.runs().size(), plan.count(RunState.FINISHED), plan.count(RunState.UNFINISHED), plan.count(RunState.MISSING));
        JavaCommand java = javaOverride != null ? javaOverride : JavaCommand.current(environment);
        if (plan.pending().isEmpty()) {
            out.println("nothing to do: every run is finished");
            return 0;
        }
        return slurm.enabled() ? runOnSlurm(out, sweep, plan, java, options) : runLocally(out, plan, java);
    }

    private int runLocally(PrintWriter out, SweepPlan plan, JavaCommand java) {
        if (dryRun) {
            for (PlannedRun run : plan.pending()) {
                out.println(run.point().dirName() + " (" + run.status().describe() + "): ibl-rnn "
                        + String.join(" ", run.trainArguments()));
            }
            return 0;
        }
        LocalRunner runner = new LocalRunner(java, local == null ? 1 : local);
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            runner.terminate();
            try {
                reported.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sweep-sigterm");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            List<RunResult> results = runner.run(plan);
            return report(out, results);
        } finally {
            out.flush();
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // SIGTERM arrived: the hook has run terminate() and returns now that we have reported
            }
        }
    }

    private int runOnSlurm(PrintWriter out, SweepSpec sweep, SweepPlan plan, JavaCommand java, SlurmOptions options) {
        List<PlannedRun> pending = plan.pending();
        Path script = SlurmScript.write(plan, pending, "ibl-rnn-" + sweep.name(), options, java);
        out.println("wrote " + script + " (" + pending.size() + " array tasks)");
        if (dryRun) {
            out.println("dry run: submit it with 'sbatch " + script + "'");
            return 0;
        }
        SlurmSubmitter submitter = new SlurmSubmitter(commands);
        String jobId = submitter.submit(script);
        out.println("submitted job " + jobId + "; logs in " + plan.sweepDir().resolve("logs"));
        if (!slurm.waitForJob()) {
            out.println("follow it with 'squeue -j " + jobId + "'; run this sweep command again to see which runs are done");
            return 0;
        }
        out.flush();
        submitter.awaitGone(jobId, slurm.poll());
        return report(out, SlurmSubmitter.collect(plan, pending, jobId));
    }

    private static int report(PrintWriter out, List<RunResult> results) {
        int status = 0;
        for (RunResult r : results) {
            out.println(r.describe());
            switch (r.outcome()) {
                case FAILED -> status = 1;
                case TERMINATED, NOT_STARTED -> status = status == 0 ? TERMINATED : status;
                default -> {
                }
            }
        }
        out.println(status == 0 ? "all runs finished" : status == 1 ? "some runs failed (see the logs named above)"
                : "sweep terminated; run the same command again to resume");
        return status;
    }
}
