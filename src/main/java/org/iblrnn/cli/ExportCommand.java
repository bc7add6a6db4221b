package org.iblrnn.cli;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iblrnn.train.TrainedNetwork;
import org.iblrnn.agents.ActorSessions;
import org.iblrnn.agents.Actors;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.behaviour.IblCsv;
import org.iblrnn.behaviour.IblTrials;
import org.iblrnn.behaviour.SessionExport;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.InputFiles;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.SessionTable;
import org.iblrnn.train.Checkpoint;
import org.iblrnn.train.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ibl-rnn export}: plays a run's agent (its trained RNN, or a reference actor on the run's task) for a long
 * session and writes its behaviour as IBL trials, the mouse-data format, so that {@code ibl-rnn behaviour} and
 * any IBL tool treat it like a mouse. Sessions come from the same named random streams as {@code analyze}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write an agent's behaviour in the IBL mouse-data CSV format.",
                "One row per trial; contrast = the raw stimulus strength, reaction_time = steps per trial (RNN steps",
                "up to and including the decision, blank steps included).",
                "Example: ibl-rnn export runs/<run id> --ibl-csv --agent bayesian_actor"})
public final class ExportCommand implements Callable<Integer> {

    /** The agent name of the run's own network. */
    public static final String RNN = "rnn";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by 'ibl-rnn train'.")
    Path runDir;

    @Option(names = "--ibl-csv", description = "Export as an IBL trial CSV (the only format so far; required).")
    boolean iblCsv;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output CSV (default: RUN_DIR/analyze/<agent>_ibl.csv).")
    Path out;

    @Option(names = "--agent", paramLabel = "NAME",
            description = "rnn (the run's network) or a reference actor: bayesian_actor, ideal_actor, "
                    + "blockless_actor, exp_weighted_actor (default: ${DEFAULT-VALUE}).")
    String agent = RNN;

    @Option(names = "--blocks", paramLabel = "N", description = "Blocks in the session (default: ${DEFAULT-VALUE}).")
    int blocks = 1000;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Checkpoint to load (default: the run's newest).")
    Path checkpoint;

    @Option(names = "--seed", paramLabel = "SEED", description = "Analysis seed (default: the run's run.seed).")
    Long seed;

    @Override
    public Integer call() throws Exception {
        try {
            return export();
        } catch (OutOfMemoryError e) {
            throw new HeapMemory.Exhausted("simulating a " + blocks + "-block session for export (--blocks)", e);
        }
    }

    private int export() throws Exception {
        if (!iblCsv) {
            throw new InvalidInputException("choose an export format: --ibl-csv (the only one so far)");
        }
        if (blocks < 1) {
            throw new InvalidInputException("--blocks must be >= 1 but was " + blocks);
        }
        if (out != null) {
            InputFiles.requireFileOrAbsent(out, "--out");
        }
        RunDirectory run = RunDirectory.existing(runDir);
        SessionTable session;
        TaskConfig task;
        if (RNN.equals(agent)) {
            TrainedNetwork trained = TrainedNetwork.load(runDir, checkpoint);
            AnalysisContext ctx = AnalysisContext.simulate(trained, blocks,
                    seed != null ? seed : trained.params().run().seed());
            session = ctx.rnnSession();
            task = ctx.task();
        } else if (Actors.names().contains(agent)) {
            Params params = checkpoint != null ? Checkpoint.read(checkpoint).params() : ParamsJson.read(run.paramsFile());
            task = params.env().withBlocksPerSession(blocks);
            session = ActorSessions.run(agent, task,
                    Seeds.forAnalysis(seed != null ? seed : params.run().seed(), agent));
        } else {
            throw new InvalidInputException("unknown --agent '" + agent + "'; use rnn or one of " + Actors.names());
        }
        IblTrials trials = SessionExport.toIblTrials(session, task, agent);
        Path target = out != null ? out : runDir.resolve("analyze").resolve(agent + "_ibl.csv");
        AtomicFiles.removeLeftovers(target.toAbsolutePath().getParent());
        IblCsv.write(target, trials);
        int correct = 0;
        for (int i = 0; i < trials.size(); i++) {
            correct += trials.trialCorrect(i);
        }
        spec.commandLine().getOut().printf("%s: %d trials, %.3f correct -> %s%n", agent, trials.size(),
                (double) correct / trials.size(), target);
        return ExitCodes.OK;
    }
}
