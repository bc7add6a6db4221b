package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {

    @TempDir
    Path tmp;

    private SweepPlan plan(List<Long> seeds) {
        return SweepPlanner.plan(new SweepSpec(tmp, "s", Optional.empty(), List.of("run.num_grad_steps=20"),
                new SweepGrid(List.of(), seeds)));
    }

    private Path run(long seed) {
        return tmp.resolve("sweep-s").resolve("seed=" + seed);
    }

    @Test
    void startsMissingResumesUnfinishedSkipsFinished() throws Exception {
        SweepTestSupport.fakeRun(run(2), List.of("run.num_grad_steps=20", "run.seed=2"), 5);
        SweepTestSupport.fakeRun(run(3), List.of("run.num_grad_steps=20", "run.seed=3"), 19);

        List<RunResult> results = new LocalRunner(SweepTestSupport.fakeTrain("finish"), 2).run(plan(List.of(1L, 2L, 3L)));

        assertThat(results).extracting(RunResult::outcome).containsExactly(
                RunResult.Outcome.FINISHED, RunResult.Outcome.FINISHED, RunResult.Outcome.SKIPPED);
        assertThat(Files.readString(run(1).resolve("fake-args.txt")))
                .isEqualTo("train --run-dir " + run(1) + " --set run.num_grad_steps=20 --set run.seed=1\n");
        assertThat(Files.readString(run(2).resolve("fake-args.txt"))).isEqualTo("train --resume " + run(2) + "\n");
        assertThat(run(3).resolve("fake-args.txt")).doesNotExist();
        assertThat(results.get(0).log()).isEqualTo(tmp.resolve("sweep-s/logs/seed=1.out"));
        assertThat(Files.readString(results.get(0).log())).contains("fake train in " + run(1) + " until step 19");
    }

    @Test
    void failuresAndExitsWithoutTheLastCheckpointAreReportedWithTheLog() throws Exception {
        List<RunResult> failed = new LocalRunner(SweepTestSupport.fakeTrain("fail"), 1).run(plan(List.of(1L)));
        assertThat(failed.get(0).outcome()).isEqualTo(RunResult.Outcome.FAILED);
        assertThat(failed.get(0).exitCode()).isEqualTo(1);
        assertThat(failed.get(0).describe()).contains("exit 1").endsWith("see " + tmp.resolve("sweep-s/logs/seed=1.out"));
        assertThat(Files.readString(failed.get(0).log())).contains("failing on purpose");

        List<RunResult> partial = new LocalRunner(SweepTestSupport.fakeTrain("partial"), 1).run(plan(List.of(5L)));
        assertThat(partial.get(0).outcome()).isEqualTo(RunResult.Outcome.FAILED);
        assertThat(partial.get(0).exitCode()).isZero();
        assertThat(partial.get(0).after().state()).isEqualTo(RunState.UNFINISHED);
    }

    @Test
    void terminateSendsSigtermToRunningChildrenAndStartsNoMore() throws Exception {
        LocalRunner runner = new LocalRunner(SweepTestSupport.fakeTrain("hang"), 2);
        SweepPlan plan = plan(List.of(1L, 2L, 3L));
        CompletableFuture<List<RunResult>> results = CompletableFuture.supplyAsync(() -> runner.run(plan));
        SweepTestSupport.awaitFile(run(1).resolve("started"));
        SweepTestSupport.awaitFile(run(2).resolve("started"));

        runner.terminate();
        List<RunResult> r = results.get();

        assertThat(r).extracting(RunResult::outcome).containsExactly(
                RunResult.Outcome.TERMINATED, RunResult.Outcome.TERMINATED, RunResult.Outcome.NOT_STARTED);
        assertThat(r.get(0).exitCode()).isEqualTo(143);
        for (long seed : new long[]{1, 2}) {
            assertThat(run(seed).resolve("terminated")).exists();
            assertThat(RunInspector.inspect(run(seed), 19).state()).isEqualTo(RunState.UNFINISHED);
        }
        assertThat(run(3)).doesNotExist();
    }

    @Test
    void sigtermToTheSweepProcessReachesItsChildren() throws Exception {
        // The sweep runs in its own JVM (as 'ibl-rnn sweep --local 2' would), with two hanging fake runs.
        Path runsDir = tmp;
        Process sweep = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SweepInChildJvm.class.getName(),
                "--runs-dir", runsDir.toString(), "--name", "s", "--seeds", "1-2", "--set", "run.num_grad_steps=20", "--local", "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("sweep.out").toFile()).start();
        SweepTestSupport.awaitFile(run(1).resolve("started"));
        SweepTestSupport.awaitFile(run(2).resolve("started"));
        long child1 = Long.parseLong(Files.readString(run(1).resolve("fake.pid")));

        sweep.destroy(); // SIGTERM
        int status = sweep.waitFor();

        String output = Files.readString(tmp.resolve("sweep.out"));
        assertThat(status).as(output).isEqualTo(143);
        assertThat(run(1).resolve("terminated")).exists();
        assertThat(run(2).resolve("terminated")).exists();
        assertThat(ProcessHandle.of(child1).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(output).contains("seed=1: terminated").contains("run the same command again to resume");

        // running the sweep again resumes both
        List<RunResult> again = new LocalRunner(SweepTestSupport.fakeTrain("finish"), 2).run(plan(List.of(1L, 2L)));
        assertThat(again).extracting(RunResult::outcome).containsOnly(RunResult.Outcome.FINISHED);
        assertThat(Files.readString(run(1).resolve("fake-args.txt"))).endsWith("train --resume " + run(1) + "\n");
    }

    /** {@code main} of the sweep JVM in {@link #sigtermToTheSweepProcessReachesItsChildren}: the real command, fake children. */
    static final class SweepInChildJvm {
        public static void main(String[] args) throws IOException {
            var command = new SweepCommand(System.getenv(), c -> {
                throw new AssertionError("no SLURM here");
            }, SweepTestSupport.fakeTrain("hang"));
            int status = new picocli.CommandLine(command).execute(args);
            System.exit(status);
        }
    }
}
