package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Sweeps through a real SLURM cluster (in CI: the one-node cluster of {@code .ci/slurm/up.sh}). Needs {@code sbatch}
 * on PATH and {@code SLURM_CONF} set; without them the tests report themselves skipped (assumptions), so a developer
 * machine without SLURM still builds.
 */
class SlurmSweepTest {

    private static final CommandExecutor SLURM = CommandExecutor.processes(Duration.ofSeconds(60));

    @TempDir
    Path tmp;

    @BeforeEach
    void needsSlurm() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean sbatch = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "sbatch")));
        assumeTrue(sbatch && System.getenv("SLURM_CONF") != null,
                "no SLURM here: start one with '.ci/slurm/up.sh DIR' and export SLURM_CONF (see docs/cluster.md)");
    }

    private record Run(int status, String output) {
    }

    private Run sweep(JavaCommand java, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new SweepCommand(System.getenv(), SLURM, java));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int status = cl.execute(args);
        return new Run(status, out.toString());
    }

    @Test
    void trainsTwoSizesTimesTwoSeedsAsOneArrayJob() throws Exception {
        JavaCommand java = new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java"), List.of("-Xmx1g"),
                System.getProperty("java.class.path"), JavaCommand.MAIN_CLASS);
        long start = System.nanoTime();
        Run r = sweep(java, "--slurm", "--wait", "--poll-seconds", "1", "--runs-dir", tmp.toString(), "--name", "it",
                "--grid", "model.kwargs.core_kwargs.hidden_size=4,8", "--seeds", "1-2",
                "--set", "run.num_grad_steps=30", "--set", "env.kwargs.blocks_per_session=1");
        System.out.printf("SlurmSweepTest: 4-run SLURM sweep took %.1f s%n", (System.nanoTime() - start) / 1e9);

        assertThat(r.status()).as(r.output()).isZero();
        Path dir = tmp.resolve("sweep-it");
        for (String name : List.of("hidden_size=4_seed=1", "hidden_size=4_seed=2", "hidden_size=8_seed=1", "hidden_size=8_seed=2")) {
            assertThat(RunInspector.inspect(dir.resolve(name), 29).state()).as(name).isEqualTo(RunState.FINISHED);
            assertThat(dir.resolve(name).resolve("params.json")).exists();
        }
        // a second time, everything is skipped and nothing is submitted
        Run again = sweep(java, "--slurm", "--wait", "--runs-dir", tmp.toString(), "--name", "it",
                "--grid", "model.kwargs.core_kwargs.hidden_size=4,8", "--seeds", "1-2",
                "--set", "run.num_grad_steps=30", "--set", "env.kwargs.blocks_per_session=1");
        assertThat(again.status()).isZero();
        assertThat(again.output()).contains("4 finished, 0 unfinished, 0 missing").contains("nothing to do");
        assertThat(Files.readAllLines(dir.resolve(SlurmSubmitter.JOBS_FILE))).hasSize(2);
    }

    @Test
    void preemptedTasksCheckpointAndResumeWhenRequeued() throws Exception {
        // Fake trainer: hangs until SIGTERM, checkpoints, and finishes when resumed after that.
        CompletableFuture<Run> sweep = CompletableFuture.supplyAsync(() -> sweep(SweepTestSupport.fakeTrain("hang-once"),
                "--slurm", "--wait", "--poll-seconds", "0.5", "--runs-dir", tmp.toString(), "--name", "pre",
                "--seeds", "1-2", "--set", "run.num_grad_steps=10"));
        Path dir = tmp.resolve("sweep-pre");
        SweepTestSupport.awaitFile(dir.resolve("seed=1/started"));
        SweepTestSupport.awaitFile(dir.resolve("seed=2/started"));
        String jobId = Files.readAllLines(dir.resolve(SlurmSubmitter.JOBS_FILE)).get(1).split("\t")[0];

        // What pre-emption does: SIGTERM to the task, then requeue. SLURM delays a requeued job by ~2 minutes
        // (BeginTime); moving its start time to now keeps the test short.
        assertThat(SLURM.run(List.of("scontrol", "requeue", jobId)).exitCode()).isZero();
        SweepTestSupport.awaitFile(dir.resolve("seed=1/terminated"));
        SweepTestSupport.awaitFile(dir.resolve("seed=2/terminated"));
        awaitBothRequeued(jobId);
        assertThat(SLURM.run(List.of("scontrol", "update", "JobId=" + jobId, "StartTime=now")).exitCode()).isZero();
        Run r = sweep.get();

        assertThat(r.status()).as(r.output()).isZero();
        for (int seed = 1; seed <= 2; seed++) {
            Path run = dir.resolve("seed=" + seed);
            assertThat(Files.readAllLines(run.resolve("fake-args.txt"))).containsExactly(
                    "train --run-dir " + run + " --set run.num_grad_steps=10 --set run.seed=" + seed,
                    "train --resume " + run);
            assertThat(RunInspector.inspect(run, 9).state()).isEqualTo(RunState.FINISHED);
            String log = Files.readString(dir.resolve("logs").resolve(jobId + "_" + (seed - 1) + ".out"));
            assertThat(log).contains("(restart 0)").contains("(restart 1)");
        }
    }

    /** Waits until both tasks of the job are pending again, held back by the requeue's BeginTime. */
    private static void awaitBothRequeued(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + SweepTestSupport.PATIENCE.toNanos();
        while (true) {
            String reasons = SLURM.run(List.of("squeue", "-h", "-j", jobId, "-o", "%r")).stdout();
            if (reasons.lines().filter(l -> l.trim().equals("BeginTime")).count() == 2) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + jobId + " was not requeued: squeue says " + reasons);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void failedTasksAreReportedWithTheirLog() {
        Run r = sweep(SweepTestSupport.fakeTrain("fail"), "--slurm", "--wait", "--poll-seconds", "0.5",
                "--runs-dir", tmp.toString(), "--name", "bad", "--seeds", "5");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output()).containsPattern("seed=5: FAILED \\(now missing\\); see .*/sweep-bad/logs/\\d+_0\\.out");
    }

}
