package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void trainsAndPrintsTheRunDirectory() throws Exception {
        Result r = run("train", "--runs-dir", tmp.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=6",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=3");
        assertThat(r.status()).as(r.err()).isEqualTo(0);
        Path dir = Path.of(r.out().trim());
        assertThat(dir.getParent()).isEqualTo(tmp);
        assertThat(dir.resolve("checkpoint_grad_steps=2.safetensors")).exists();
        assertThat(dir.resolve("params.json")).exists();
    }

    @Test
    void runTrainsThenAnalyses() throws Exception {
        Result r = run("run", "--runs-dir", tmp.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=6",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=4", "--blocks", "6",
                "--dpi", "30", "--distillation-steps", "5", "--two-unit-steps", "5",
                "--only", "behav_prob_correct_by_strength_concordant,radd_behav_prob_correct_by_strength_concordant");
        assertThat(r.status()).as(r.err()).isEqualTo(0);
        Path analyze = Path.of(r.out().trim());
        assertThat(analyze.getFileName().toString()).isEqualTo("analyze");
        assertThat(analyze.resolve("metrics.json")).exists();
        assertThat(analyze.resolve("report.pdf")).exists();
        assertThat(analyze.resolve("behav_prob_correct_by_strength_concordant.png")).exists();
        assertThat(analyze.resolve("radd_behav_prob_correct_by_strength_concordant.png")).exists();
        assertThat(analyze.getParent().resolve("checkpoint_grad_steps=3.safetensors")).exists();
    }

    @Test
    void unknownKeyIsAOneLineErrorNamingItAndLeavesNothingBehind() throws Exception {
        Result r = run("train", "--runs-dir", tmp.resolve("runs").toString(), "--set", "env.kwargs.bogus=1");
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().trim()).contains("env.kwargs.bogus").doesNotContain("\n").doesNotContain("Exception");
        assertThat(tmp.resolve("runs")).doesNotExist();
    }

    @Test
    void unknownOptionsAndMalformedJsonAreInvalidInput() throws Exception {
        assertThat(run("train", "--bogus-option").status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("no-such-command").status()).isEqualTo(ExitCodes.INVALID_INPUT);
        Path cfg = tmp.resolve("broken.json");
        Files.writeString(cfg, "{\"model\": {");
        Result r = run("train", "--runs-dir", tmp.resolve("runs").toString(), "--config", cfg.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().trim()).contains("broken.json").contains("line 1").doesNotContain("\n")
                .doesNotContain("Source");
        assertThat(tmp.resolve("runs")).doesNotExist();
    }

    @Test
    void impossibleProbabilitiesInAConfigFileNameFileAndKey() throws Exception {
        Path cfg = tmp.resolve("params.json");
        Files.writeString(cfg, "{\"env\": {\"kwargs\": {\"block_side_probs\": [[0.8, 0.3], [0.2, 0.8]]}}}");
        Result r = run("train", "--runs-dir", tmp.resolve("runs").toString(), "--config", cfg.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().trim()).contains("params.json").contains("block_side_probs").doesNotContain("\n");
        assertThat(tmp.resolve("runs")).doesNotExist();
    }

    @Test
    void resumeOfACorruptCheckpointNamesTheFile() throws Exception {
        Result ok = run("train", "--runs-dir", tmp.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=4",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=2");
        Path dir = Path.of(ok.out().trim());
        Path ck = dir.resolve("checkpoint_grad_steps=1.safetensors");
        byte[] b = Files.readAllBytes(ck);
        Files.write(ck, java.util.Arrays.copyOf(b, b.length / 2));
        Result r = run("train", "--resume", dir.toString(), "--set", "run.num_grad_steps=4");
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(ck.toString());
    }
}
