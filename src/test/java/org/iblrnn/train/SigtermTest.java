package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (SLURM's pre-emption signal) to a training child process leaves a valid checkpoint and exit code 143. */
class SigtermTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermCheckpointsTheLastFinishedStepAndExits143() throws Exception {
        Path runDir = tmp.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.iblrnn.cli.Main", "train", "--run-dir", runDir.toString(),
                "--set", "model.kwargs.core_kwargs.hidden_size=8", "--set", "env.kwargs.blocks_per_session=2",
                "--set", "run.num_grad_steps=1000000", "--checkpoint-every", "1000000");
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("child.log").toFile());
        Process child = pb.start();
        try {
            // step 0 is always checkpointed; wait for it, then let a few more steps pass
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(runDir.resolve("checkpoint_grad_steps=0.safetensors"))) {
                assertThat(child.isAlive()).as("child exited early: %s", Files.readString(tmp.resolve("child.log"))).isTrue();
                assertThat(System.nanoTime()).as("no checkpoint within 60 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            Thread.sleep(500);
            child.destroy(); // SIGTERM on Linux
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isEqualTo(143);
        RunDirectory dir = RunDirectory.existing(runDir);
        RunDirectory.CheckpointRef newest = dir.newestCheckpoint().orElseThrow();
        assertThat(newest.step()).isGreaterThan(0);
        Checkpoint ck = Checkpoint.read(newest.file());
        assertThat(ck.step()).isEqualTo(newest.step());
        try (var files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
        }
        // and the run resumes from it
        TrainingRun resumed = TrainingRun.resume(runDir, List.of("run.num_grad_steps=" + (newest.step() + 3)),
                TrainingSchedule.defaults());
        assertThat(resumed.firstStep()).isEqualTo(newest.step() + 1);
        resumed.run(StopSignal.manual(), null);
        assertThat(dir.newestCheckpoint().orElseThrow().step()).isEqualTo(newest.step() + 2);
    }
}
