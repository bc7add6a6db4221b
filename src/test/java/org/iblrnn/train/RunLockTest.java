package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.iblrnn.cli.Main;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.HostName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run directory belongs to one training process at a time, and a process killed with SIGKILL (no chance to clean
 * up) neither blocks the next start nor leaves its temporary files behind.
 */
class RunLockTest {

    @TempDir
    Path tmp;

    record Result(int status, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, err.toString());
    }

    @Test
    void aSecondTrainIsRefusedWhileTheFirstRunsAndTheLockGoesWithAKilledProcess() throws Exception {
        Path runDir = tmp.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.iblrnn.cli.Main", "train", "--run-dir", runDir.toString(),
                "--set", "model.kwargs.core_kwargs.hidden_size=8", "--set", "env.kwargs.blocks_per_session=2",
                "--set", "run.num_grad_steps=1000000", "--checkpoint-every", "1000000");
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("child.log").toFile());
        Process child = pb.start();
        long childPid = child.pid();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(runDir.resolve("checkpoint_grad_steps=0.safetensors"))) {
                assertThat(child.isAlive()).as("child exited early: %s", Files.readString(tmp.resolve("child.log"))).isTrue();
                assertThat(System.nanoTime()).as("no checkpoint within 60 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            // (asking for fewer steps than are done: without the lock this would return at once, "already complete")
            Result again = cli("train", "--run-dir", runDir.toString(), "--set", "run.num_grad_steps=1");
            assertThat(again.status()).as(again.err()).isEqualTo(3);
            assertThat(again.err().trim()).contains(runDir.toString()).contains("in use")
                    .contains("pid " + childPid + "@").doesNotContain("\n");
            Result resume = cli("train", "--resume", runDir.toString(), "--set", "run.num_grad_steps=1");
            assertThat(resume.status()).as(resume.err()).isEqualTo(3);

            child.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint, no cleanup
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(runDir.resolve(RunLock.FILE_NAME)).exists(); // the file stays; the kernel dropped the lock
        // what a write killed mid-way leaves: a temporary file of the dead child; a live writer's and a stranger's stay
        Path deadWrite = runDir.resolve(AtomicFiles.temporaryName("checkpoint_grad_steps=7.safetensors",
                HostName.name(), childPid, 42));
        Path liveWrite = runDir.resolve(AtomicFiles.temporaryName("params.json", HostName.name(),
                ProcessHandle.current().pid(), 43));
        Path stranger = runDir.resolve("notes.tmp");
        for (Path p : new Path[]{deadWrite, liveWrite, stranger}) {
            Files.writeString(p, "partial");
        }

        long newest = RunDirectory.existing(runDir).newestCheckpoint().orElseThrow().step();
        Result restarted = cli("train", "--resume", runDir.toString(), "--set", "run.num_grad_steps=" + (newest + 2));
        assertThat(restarted.status()).as(restarted.err()).isEqualTo(0);
        assertThat(RunDirectory.existing(runDir).newestCheckpoint().orElseThrow().step()).isEqualTo(newest + 1);
        assertThat(deadWrite).doesNotExist();
        assertThat(liveWrite).exists();
        assertThat(stranger).exists();
    }
}
