package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iblrnn.agents.ActorSessions;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.behaviour.IblCsv;
import org.iblrnn.behaviour.IblTrials;
import org.iblrnn.behaviour.SessionExport;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.Seeds;
import org.iblrnn.train.Checkpoint;
import org.iblrnn.train.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static BehaviourCommandTest.Result run(String... args) {
        return BehaviourCommandTest.run(args);
    }

    /** A run directory with params.json and one checkpoint of a random network. */
    private static RecurrentNetwork makeRun(Path dir, Params params, long step) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(RunDirectory.PARAMS_FILE), ParamsJson.write(params));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(9));
        new Checkpoint(step, params, net.params().clone(), Map.of(), 0)
                .write(RunDirectory.existing(dir).checkpointFile(step));
        return net;
    }

    private static void assertSameTrials(IblTrials a, IblTrials b) {
        assertThat(a.size()).isEqualTo(b.size()).isPositive();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.trialNum(i)).isEqualTo(b.trialNum(i));
            assertThat(a.sessionNum(i)).isEqualTo(b.sessionNum(i));
            assertThat(a.stimProbabilityLeft(i)).isEqualTo(b.stimProbabilityLeft(i));
            assertThat(a.contrast(i)).isEqualTo(b.contrast(i));
            assertThat(a.position(i)).isEqualTo(b.position(i));
            assertThat(a.responseChoice(i)).isEqualTo(b.responseChoice(i));
            assertThat(a.trialCorrect(i)).isEqualTo(b.trialCorrect(i));
            assertThat(a.reactionTime(i)).isEqualTo(b.reactionTime(i));
        }
    }

    @Test
    void theRunsNetworkIsExportedToTheDefaultPath(@TempDir Path tmp) throws Exception {
        Params params = Params.defaults();
        Path dir = tmp.resolve("run");
        RecurrentNetwork net = makeRun(dir, params, 40);
        BehaviourCommandTest.Result r = run("export", dir.toString(), "--ibl-csv", "--blocks", "3");
        assertThat(r.status()).as(r.err()).isZero();
        Path csv = dir.resolve("analyze").resolve("rnn_ibl.csv");
        assertThat(r.out()).contains(csv.toString());
        IblTrials written = IblCsv.read(List.of(csv));
        AnalysisContext ctx = AnalysisContext.simulate(params, net, 40, 3, params.run().seed());
        assertSameTrials(written, SessionExport.toIblTrials(ctx.rnnSession(), ctx.task(), "rnn"));
    }

    @Test
    void anActorIsPlayedOnTheRunsTaskFromItsNamedStream(@TempDir Path tmp) throws Exception {
        Params params = Params.defaults();
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(RunDirectory.PARAMS_FILE), ParamsJson.write(params));
        Path out = tmp.resolve("x").resolve("actor.csv");
        BehaviourCommandTest.Result r = run("export", dir.toString(), "--ibl-csv", "--agent", "bayesian_actor",
                "--blocks", "4", "--seed", "77", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        TaskConfig task = params.env().withBlocksPerSession(4);
        IblTrials expected = SessionExport.toIblTrials(
                ActorSessions.run("bayesian_actor", task, Seeds.forAnalysis(77, "bayesian_actor")), task, "x");
        assertSameTrials(IblCsv.read(List.of(out)), expected);
    }

    @Test
    void badUsageIsAOneLineInputError(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(RunDirectory.PARAMS_FILE), ParamsJson.write(Params.defaults()));
        BehaviourCommandTest.Result noFormat = run("export", dir.toString());
        assertThat(noFormat.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noFormat.err().strip()).doesNotContain("\n").contains("--ibl-csv");
        BehaviourCommandTest.Result agent = run("export", dir.toString(), "--ibl-csv", "--agent", "mouse");
        assertThat(agent.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(agent.err()).contains("unknown --agent 'mouse'");
        BehaviourCommandTest.Result blocks = run("export", dir.toString(), "--ibl-csv", "--blocks", "0");
        assertThat(blocks.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        BehaviourCommandTest.Result missing = run("export", tmp.resolve("nope").toString(), "--ibl-csv");
        assertThat(missing.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).contains("nope does not exist");
        // a run without checkpoints cannot export its network
        BehaviourCommandTest.Result untrained = run("export", dir.toString(), "--ibl-csv");
        assertThat(untrained.status()).isEqualTo(ExitCodes.UNEXPECTED_STATE);
        assertThat(untrained.err()).contains("holds no checkpoint");
        assertThat(dir.resolve("analyze")).doesNotExist();
    }
}
