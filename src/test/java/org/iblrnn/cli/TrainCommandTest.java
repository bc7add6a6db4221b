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
        Path earlier = dir.resolve("checkpoint_grad_steps=0.safetensors");
        assertThat(r.err().trim()).contains("--checkpoint " + earlier).doesNotContain("\n");

        // the offered command resumes from the earlier checkpoint and moves the damaged one aside
        Result fromEarlier = run("train", "--resume", dir.toString(), "--checkpoint", earlier.toString(),
                "--set", "run.num_grad_steps=4");
        assertThat(fromEarlier.status()).as(fromEarlier.err()).isEqualTo(0);
        assertThat(dir.resolve("checkpoint_grad_steps=1.safetensors.superseded")).exists();
        assertThat(org.iblrnn.train.Checkpoint.read(dir.resolve("checkpoint_grad_steps=3.safetensors")).step()).isEqualTo(3);
        assertThat(run("train", "--resume", dir.toString(), "--set", "run.num_grad_steps=5").status()).isZero();
    }

    private Path smallRun(String name) {
        Result ok = run("train", "--run-dir", tmp.resolve(name).toString(), "--set", "model.kwargs.core_kwargs.hidden_size=4",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=2");
        assertThat(ok.status()).as(ok.err()).isZero();
        return tmp.resolve(name);
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
    }

    @Test
    void filesThatAreNotRegularAreRefusedWithoutBeingRead() throws Exception {
        Path dir = smallRun("run");
        Path fifo = tmp.resolve("params.json");
        mkfifo(fifo);
        // a read of a FIFO would block forever: each command must return at once
        Result config = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run("train", "--runs-dir", tmp.resolve("runs").toString(), "--config", fifo.toString()));
        assertThat(config.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(config.err()).contains(fifo.toString()).contains("not a regular file");
        Result analyze = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run("analyze", dir.toString(), "--checkpoint", fifo.toString()));
        assertThat(analyze.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(analyze.err()).contains("not a regular file");
        Path fifoCheckpoint = dir.resolve("checkpoint_grad_steps=7.safetensors");
        mkfifo(fifoCheckpoint);
        Result resume = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run("train", "--resume", dir.toString()));
        assertThat(resume.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(resume.err()).contains(fifoCheckpoint.toString()).contains("not a regular file")
                .contains("--checkpoint " + dir.resolve("checkpoint_grad_steps=1.safetensors"));
        Files.delete(fifoCheckpoint);
        Files.createDirectory(fifoCheckpoint);
        Result directory = run("train", "--resume", dir.toString());
        assertThat(directory.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(directory.err()).contains(fifoCheckpoint.toString()).contains("is a directory");
        Result csv = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run("behaviour", fifo.toString(), "--out", tmp.resolve("b").toString()));
        assertThat(csv.status()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void impossibleSizesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Result zero = run("train", "--runs-dir", tmp.resolve("runs").toString(), "--set", "run.num_grad_steps=0");
        assertThat(zero.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(zero.err()).contains("run.num_grad_steps");
        Result huge = run("train", "--runs-dir", tmp.resolve("runs").toString(),
                "--set", "model.kwargs.core_kwargs.hidden_size=30000");
        assertThat(huge.status()).as(huge.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(huge.err().trim()).contains("model.kwargs.core_kwargs.hidden_size").contains("Java heap")
                .contains("IBL_RNN_JAVA_OPTS=-Xmx").doesNotContain("\n");
        assertThat(tmp.resolve("runs")).doesNotExist();
        Path dir = smallRun("run");
        Result blocks = run("analyze", dir.toString(), "--blocks", "2000000000");
        assertThat(blocks.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(blocks.err()).contains("--blocks").doesNotContain("blocks_per_session");
    }

    @Test
    void pathsAndCheckpointsThatDoNotFitSayWhy() throws Exception {
        Path dir = smallRun("run");
        Result file = run("analyze", dir.resolve("params.json").toString());
        assertThat(file.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(file.err()).contains("is not a directory");

        Path other = tmp.resolve("other");
        assertThat(run("train", "--run-dir", other.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=3",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=1").status()).isZero();
        Result foreign = run("analyze", dir.toString(), "--checkpoint",
                other.resolve("checkpoint_grad_steps=0.safetensors").toString());
        assertThat(foreign.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(foreign.err()).contains("hidden_size is 3 in the checkpoint but 4 in params.json");

        Result underAFile = run("export", dir.toString(), "--ibl-csv", "--blocks", "2",
                "--out", dir.resolve("params.json").resolve("x.csv").toString());
        assertThat(underAFile.status()).isEqualTo(ExitCodes.GENERIC_ERROR);
        assertThat(underAFile.err().trim()).contains("cannot write").contains("x.csv").contains("params.json")
                .containsAnyOf("not a directory", "already exists").doesNotContain("\n");
        Result tooLong = run("export", dir.toString(), "--ibl-csv", "--blocks", "2",
                "--out", tmp.resolve("x".repeat(300) + ".csv").toString());
        assertThat(tooLong.status()).isEqualTo(ExitCodes.GENERIC_ERROR);
        assertThat(tooLong.err()).containsIgnoringCase("file name too long");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
