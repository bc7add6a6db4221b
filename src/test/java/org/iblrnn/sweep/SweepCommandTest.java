package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SweepCommandTest {

    @TempDir
    Path tmp;

    private static final CommandExecutor NO_SLURM = c -> {
        throw new AssertionError("unexpected SLURM call " + c);
    };

    private SweepCommand command(JavaCommand java) {
        return new SweepCommand(Map.of(), NO_SLURM, java);
    }

    private String execute(SweepCommand command, int expectedStatus, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        assertThat(cl.execute(args)).as(out.toString()).isEqualTo(expectedStatus);
        return out.toString();
    }

    @Test
    void localSweepWithTheRealTrainCommandFinishesAndIsSkippedTheSecondTime() throws Exception {
        JavaCommand java = new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java"), List.of("-Xmx512m"),
                System.getProperty("java.class.path"), JavaCommand.MAIN_CLASS);
        String[] args = {"--runs-dir", tmp.toString(), "--local", "2", "--grid", "model.kwargs.core_kwargs.hidden_size=3",
                "--seeds", "1-2", "--set", "run.num_grad_steps=12", "--set", "env.kwargs.blocks_per_session=1"};
        String first = execute(command(java), 0, args);
        assertThat(first).contains("sweep-hidden_size-seed: 2 configurations: 0 finished, 0 unfinished, 2 missing")
                .contains("hidden_size=3_seed=1: finished").contains("hidden_size=3_seed=2: finished");
        Path run = tmp.resolve("sweep-hidden_size-seed/hidden_size=3_seed=2");
        assertThat(run.resolve("checkpoint_grad_steps=11.safetensors")).exists();
        assertThat(Files.readString(run.resolve("params.json"))).contains("\"seed\": 2");
        String second = execute(command(java), 0, args);
        assertThat(second).contains("2 finished, 0 unfinished, 0 missing").contains("nothing to do");
    }

    @Test
    void slurmDryRunWritesTheScriptAndSubmitsNothing() throws Exception {
        String out = execute(command(SweepTestSupport.fakeTrain("finish")), 0, "--runs-dir", tmp.toString(), "--slurm",
                "--dry-run", "--name", "d", "--seeds", "1,3", "--time", "2:00:00", "--mem", "2G");
        Path script = tmp.resolve("sweep-d").resolve(SlurmScript.SCRIPT_FILE).toAbsolutePath();
        assertThat(out).contains("wrote " + script + " (2 array tasks)").contains("dry run");
        assertThat(Files.readString(script)).contains("#SBATCH --array=0-1\n").contains("#SBATCH --time=2:00:00\n")
                .contains("#SBATCH --mem=2G\n").contains("#SBATCH --job-name=ibl-rnn-d\n");
        assertThat(tmp.resolve("sweep-d").resolve(SlurmSubmitter.JOBS_FILE)).doesNotExist();
    }

    @Test
    void localDryRunListsTheCommands() {
        String out = execute(command(SweepTestSupport.fakeTrain("finish")), 0, "--runs-dir", tmp.toString(), "--dry-run",
                "--seeds", "4");
        assertThat(out).contains("seed=4 (missing): ibl-rnn train --run-dir " + tmp.resolve("sweep-seed/seed=4").toAbsolutePath()
                + " --set run.seed=4");
        assertThat(tmp.resolve("sweep-seed/seed=4")).doesNotExist();
    }

    @Test
    void invalidOptionCombinationsAreInvalidInput() {
        assertThatThrownBy(() -> parse("--seeds", "1", "--slurm", "--local", "2").call())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--local and --slurm");
        assertThatThrownBy(() -> parse("--seeds", "1", "--wait").call())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need --slurm");
        assertThatThrownBy(() -> parse("--seeds", "1", "--slurm", "--time", "1 day").call())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--time '1 day'");
        assertThatThrownBy(() -> parse("--grid", "model.kwargs.core_kwargs.hidden_size=x").call())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden_size");
    }

    private SweepCommand parse(String... args) {
        SweepCommand c = command(SweepTestSupport.fakeTrain("finish"));
        CommandLine cl = new CommandLine(c);
        cl.parseArgs(java.util.stream.Stream.concat(java.util.stream.Stream.of("--runs-dir", tmp.toString()),
                java.util.Arrays.stream(args)).toArray(String[]::new));
        return c;
    }
}
