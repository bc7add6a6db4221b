package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmSubmitterTest {

    @TempDir
    Path tmp;

    /** Answers commands from a script and records them. */
    private static final class ScriptedSlurm implements CommandExecutor {
        final Deque<Result> answers = new ArrayDeque<>();
        final List<List<String>> calls = new ArrayList<>();

        ScriptedSlurm then(int exit, String out, String err) {
            answers.add(new Result(exit, out, err));
            return this;
        }

        @Override
        public Result run(List<String> command) {
            calls.add(command);
            return answers.removeFirst();
        }
    }

    @Test
    void submitParsesTheJobIdAndRecordsIt() throws Exception {
        Path script = tmp.resolve("sweep.sbatch");
        Files.writeString(script, "#!/bin/bash\n#SBATCH --array=0-3\n");
        ScriptedSlurm slurm = new ScriptedSlurm().then(0, "4711;cluster1\n", "").then(0, "4712\n", "");
        SlurmSubmitter submitter = new SlurmSubmitter(slurm);
        assertThat(submitter.submit(script)).isEqualTo("4711");
        assertThat(submitter.submit(script)).isEqualTo("4712");
        assertThat(slurm.calls.get(0)).containsExactly("sbatch", "--parsable", script.toString());
        assertThat(Files.readAllLines(tmp.resolve(SlurmSubmitter.JOBS_FILE)))
                .containsExactly("job_id\tarray\tscript", "4711\t0-3\t" + script, "4712\t0-3\t" + script);
    }

    @Test
    void submitFailuresNameTheCause() {
        Path script = tmp.resolve("x.sbatch");
        assertThatThrownBy(() -> new SlurmSubmitter(new ScriptedSlurm().then(1, "", "sbatch: error: invalid partition specified: gpu"))
                .submit(script)).isInstanceOf(IllegalStateException.class).hasMessageContaining("invalid partition");
        assertThatThrownBy(() -> new SlurmSubmitter(new ScriptedSlurm().then(0, "Submitted batch job 5", "")).submit(script))
                .hasMessageContaining("instead of a job id");
    }

    @Test
    void waitsUntilSqueueListsNothingOrForgetsTheJob() {
        ScriptedSlurm slurm = new ScriptedSlurm().then(0, "  12_[1-3] debug ...\n", "").then(1, "", "slurm_load_jobs error: Socket timed out")
                .then(0, "  12_3 debug ...\n", "").then(0, "", "");
        new SlurmSubmitter(slurm).awaitGone("12", Duration.ZERO);
        assertThat(slurm.calls).hasSize(4).allSatisfy(c -> assertThat(c).containsExactly("squeue", "-h", "-j", "12"));

        ScriptedSlurm purged = new ScriptedSlurm().then(1, "", "slurm_load_jobs error: Invalid job id specified");
        new SlurmSubmitter(purged).awaitGone("12", Duration.ZERO);
        assertThat(purged.calls).hasSize(1);

        ScriptedSlurm down = new ScriptedSlurm();
        for (int i = 0; i < 5; i++) {
            down.then(1, "", "Unable to contact slurm controller");
        }
        assertThatThrownBy(() -> new SlurmSubmitter(down).awaitGone("12", Duration.ZERO))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed 5 times")
                .hasMessageContaining("Unable to contact");
    }

    @Test
    void collectJudgesByTheRunDirectoriesAndNamesEachFailedTasksLog() throws Exception {
        SweepSpec spec = new SweepSpec(tmp, "s", Optional.empty(), List.of("run.num_grad_steps=10"),
                new SweepGrid(List.of(), List.of(1L, 2L, 3L)));
        SweepTestSupport.fakeRun(tmp.resolve("sweep-s/seed=1"), List.of("run.num_grad_steps=10", "run.seed=1"), 9);
        SweepPlan plan = SweepPlanner.plan(spec);
        List<PlannedRun> submitted = plan.pending();
        SweepTestSupport.fakeRun(tmp.resolve("sweep-s/seed=2"), List.of("run.num_grad_steps=10", "run.seed=2"), 9);
        SweepTestSupport.fakeRun(tmp.resolve("sweep-s/seed=3"), List.of("run.num_grad_steps=10", "run.seed=3"), 4);

        List<RunResult> results = SlurmSubmitter.collect(plan, submitted, "77");

        assertThat(results).extracting(RunResult::outcome).containsExactly(
                RunResult.Outcome.SKIPPED, RunResult.Outcome.FINISHED, RunResult.Outcome.FAILED);
        assertThat(results.get(2).describe()).isEqualTo("seed=3: FAILED (now unfinished (checkpoint 4 of 9)); see "
                + tmp.resolve("sweep-s/logs/77_2.out").toAbsolutePath());
    }
}
