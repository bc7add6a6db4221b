package org.iblrnn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.iblrnn.compare.AnalyzeMode;
import org.iblrnn.compare.BehaviourSimulation;
import org.iblrnn.compare.CompareOptions;
import org.iblrnn.compare.Comparison;
import org.iblrnn.figures.compare.CompareFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ibl-rnn compare RUN_DIR...}: one table and the cross-run figures for many runs (a sweep, or any runs). */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare runs side by side: tables of configurations and metrics, and figures across runs.",
                "Configurations are averaged over seeds (mean ± SEM). Figures: accuracy and the zero-contrast "
                        + "concordant − discordant gap by hidden size, learning curves, accuracy by contrast "
                        + "(concordant vs discordant) and by trial within block. Metrics come from "
                        + "RUN_DIR/analyze/metrics.json; runs without one are reported as not analysed unless "
                        + "--analyze-missing is given.",
                "Writes OUT/compare_runs.csv, compare_groups.csv, compare.txt, compare_*.png and compare.pdf.",
                "With --similarity it also compares the networks' solutions: every network is driven through one "
                        + "common session (the Bayesian actor's, fed open-loop) and their hidden states at its trial "
                        + "ends are compared pairwise and with the Bayesian observer's belief (linear CKA, SVCCA, MDS), "
                        + "next to each network's fixed-point topology: compare_similarity.csv, compare_topology.csv, "
                        + "compare_networks.csv and three more figures.",
                "", "Examples:",
                "  ibl-rnn compare runs/sweep-hidden_size-seed --analyze-missing",
                "  ibl-rnn compare runs/sweep-architecture-seed --analyze-missing --similarity",
                "  ibl-rnn compare runs/* --out cmp --runs-for-curves hidden_size=2_seed=1,hidden_size=50_seed=1", ""})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", arity = "1..*",
            description = "Run directories, or folders holding them (e.g. a sweep's folder).")
    List<Path> runDirs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "compare",
            description = "Output directory (default: ${DEFAULT-VALUE}); earlier compare files in it are replaced.")
    Path out;

    @Option(names = "--analyze-missing", paramLabel = "MODE", arity = "0..1", fallbackValue = "behaviour",
            defaultValue = "none",
            description = "Analyse runs that have no analyze/metrics.json. behaviour (the default when the option is "
                    + "given): simulate the newest checkpoint for --blocks blocks and measure behaviour only (about a "
                    + "second per run; nothing is written into the run). full: run 'ibl-rnn analyze' on it (minutes; "
                    + "writes RUN_DIR/analyze/). Without the option such runs are listed as not analysed.")
    String analyzeMissing;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "" + BehaviourSimulation.DEFAULT_BLOCKS,
            description = "Blocks of the session simulated for runs analysed here, and of the common session of "
                    + "--similarity (default: ${DEFAULT-VALUE}, about 10,000 trials, accuracy SEM ~0.4 %%; analyze "
                    + "uses 1000).")
    int blocks;

    @Option(names = "--similarity",
            description = "Also compare the networks' solutions: CKA and SVCCA of their hidden states in one common "
                    + "session, with the Bayesian observer as reference; MDS; fixed-point topology per input. Costs "
                    + "seconds to a minute per 50-unit network, mostly the fixed-point search (off by default).")
    boolean similarity;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Analysis seed for runs analysed here; every run plays the same task stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs-for-curves", paramLabel = "RUN", split = ",",
            description = {"Runs (names as in the table, or directories) drawn in the behaviour-curve figures. Default:",
                    "every run when there are at most " + CompareOptions.MAX_RUN_LINES + ", else one line per"
                    + " configuration (mean ± SEM over seeds)."})
    List<String> runsForCurves = List.of();

    @Option(names = "--allow-different-tasks",
            description = "Compare runs trained on different tasks (env.* settings) instead of refusing.")
    boolean allowDifferentTasks;

    @Option(names = "--dpi", paramLabel = "D", defaultValue = "300", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    double dpi;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompareOptions opt = CompareOptions.defaults(runDirs, out)
                .withAnalyzeMissing(AnalyzeMode.parse(analyzeMissing), blocks)
                .withRunsForCurves(runsForCurves)
                .withAllowDifferentTasks(allowDifferentTasks)
                .withDpi(dpi)
                .withSeed(seed)
                .withSimilarity(similarity);
        Comparison.Result r = Comparison.run(opt, CompareFigures.all(), note -> err.println("compare: " + note));
        o.print(r.printed());
        o.println();
        o.println(r.out());
        o.flush();
        return ExitCodes.OK;
    }
}
