package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmScriptTest {

    @TempDir
    Path tmp;

    private static final JavaCommand JAVA = new JavaCommand(Path.of("/opt/jdk-17/bin/java"), List.of("-Xmx2g"),
            "/home/me/ibl-rnn/target/ibl-rnn.jar", JavaCommand.MAIN_CLASS);

    @Test
    void goldenScript() {
        String script = SlurmScript.render(Path.of("/scratch/me/runs/sweep-hidden_size-seed"), "ibl-rnn-hidden_size-seed",
                "0-3", new SlurmOptions(Optional.of("gpu"), Optional.of("1-00:00:00"), Optional.of("4G"), Optional.of(2)), JAVA);
        assertThat(script).isEqualTo("""
                #!/usr/bin/env bash
                #SBATCH --job-name=ibl-rnn-hidden_size-seed
                #SBATCH --array=0-3
                #SBATCH --output=/scratch/me/runs/sweep-hidden_size-seed/logs/%A_%a.out
                #SBATCH --error=/scratch/me/runs/sweep-hidden_size-seed/logs/%A_%a.out
                #SBATCH --open-mode=append
                #SBATCH --requeue
                #SBATCH --signal=B:TERM@120
                #SBATCH --partition=gpu
                #SBATCH --time=1-00:00:00
                #SBATCH --mem=4G
                #SBATCH --cpus-per-task=2
                # Written by 'ibl-rnn sweep --slurm'. Array task i trains configuration i of the sweep: it reads
                # tasks/i.args (line 1: the run directory; then the arguments that start the run). When the run
                # directory already has a checkpoint (a requeue after pre-emption or the time limit, or a
                # re-submitted sweep), the task resumes it instead. Logs: logs/<job id>_<i>.out, appended on requeue.
                set -euo pipefail
                sweep_dir='/scratch/me/runs/sweep-hidden_size-seed'
                java_bin="${IBL_RNN_JAVA:-/opt/jdk-17/bin/java}"
                java_opts=('-Xmx2g')
                classpath='/home/me/ibl-rnn/target/ibl-rnn.jar'
                main_class='org.iblrnn.cli.Main'
                task_file="$sweep_dir/tasks/${SLURM_ARRAY_TASK_ID:?this script must run as a SLURM array task}.args"
                mapfile -t lines < "$task_file"
                run_dir="${lines[0]}"
                echo "ibl-rnn sweep: job ${SLURM_ARRAY_JOB_ID:-?} task $SLURM_ARRAY_TASK_ID (restart ${SLURM_RESTART_COUNT:-0}) on $(hostname) at $(date '+%Y-%m-%dT%H:%M:%S'): $run_dir"
                if compgen -G "$run_dir/checkpoint_grad_steps=*.safetensors" > /dev/null; then
                  set -- train --resume "$run_dir"
                else
                  set -- "${lines[@]:1}"
                fi
                # exec: java replaces this shell, so SLURM's SIGTERM (B:TERM before the time limit, pre-emption,
                # scancel) goes straight to the JVM, which writes a checkpoint and exits 143.
                exec "$java_bin" "${java_opts[@]}" -cp "$classpath" "$main_class" "$@"
                """);
    }

    @Test
    void withoutResourcesTheClusterDefaultsApply() {
        String script = SlurmScript.render(Path.of("/r/sweep-x"), "ibl-rnn-x", "1,3", SlurmOptions.defaults(), JAVA);
        assertThat(script).contains("#SBATCH --array=1,3\n").doesNotContain("--partition").doesNotContain("--time")
                .doesNotContain("--mem").doesNotContain("--cpus-per-task");
    }

    @Test
    void arraySpecCompressesRuns() {
        assertThat(SlurmScript.arraySpec(List.of(0, 1, 2, 3))).isEqualTo("0-3");
        assertThat(SlurmScript.arraySpec(List.of(9, 0, 2, 3, 4, 5))).isEqualTo("0,2-5,9");
        assertThat(SlurmScript.arraySpec(List.of(7))).isEqualTo("7");
    }

    @Test
    void quotesForBash() {
        assertThat(SlurmScript.quote("it's")).isEqualTo("'it'\\''s'");
    }

    @Test
    void taskFilesListEveryConfigurationByGridIndexAndTheArrayOnlyPendingOnes() throws Exception {
        SweepSpec spec = new SweepSpec(tmp, "s", Optional.empty(), List.of("run.num_grad_steps=10"),
                new SweepGrid(List.of(GridAxis.parse("env.kwargs.block_side_probs=[[0.8,0.2],[0.2,0.8]]")), List.of(1L, 2L, 3L)));
        PlannedRun first = SweepPlanner.plan(spec).runs().get(0);
        SweepTestSupport.fakeRun(first.runDir(), first.allOverrides(), 9); // index 0 is finished
        SweepPlan plan = SweepPlanner.plan(spec);

        Path script = SlurmScript.write(plan, plan.pending(), "ibl-rnn-s", SlurmOptions.defaults(), JAVA);

        assertThat(Files.readString(script)).contains("#SBATCH --array=1-2\n");
        Path dir = tmp.resolve("sweep-s").toAbsolutePath();
        Path run1 = dir.resolve("block_side_probs=0.8-0.2-0.2-0.8_seed=2");
        assertThat(Files.readAllLines(dir.resolve("tasks/1.args"))).containsExactly(run1.toString(),
                "train", "--run-dir", run1.toString(), "--set", "run.num_grad_steps=10",
                "--set", "env.kwargs.block_side_probs=[[0.8,0.2],[0.2,0.8]]", "--set", "run.seed=2");
        assertThat(dir.resolve("tasks/0.args")).exists();
        assertThat(dir.resolve("logs")).isDirectory();
        assertThat(Files.readAllLines(dir.resolve("tasks.tsv"))).hasSize(4).element(3)
                .isEqualTo("2\t" + dir.resolve("block_side_probs=0.8-0.2-0.2-0.8_seed=3")
                        + "\trun.num_grad_steps=10 env.kwargs.block_side_probs=[[0.8,0.2],[0.2,0.8]] run.seed=3");
    }
}
