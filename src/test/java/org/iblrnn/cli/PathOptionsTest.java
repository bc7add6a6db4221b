package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Path options whose path is of the wrong kind (a file where a directory is expected, a FIFO, a directory where a
 * file is written) are refused before any work, with exit 2 and one line naming the option and what is wrong.
 */
class PathOptionsTest {

    @TempDir
    Path tmp;

    private Path run;
    private Path regularFile;

    record Result(int status, String out, String err) {
    }

    /** Runs a command in-process; a command that would block on a FIFO fails the test instead of hanging it. */
    private static Result cli(String... args) {
        Supplier<Result> call = () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
            return new Result(status, out.toString(), err.toString());
        };
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), call::get);
    }

    private static void assertRefused(Result r, String... fragments) {
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().trim()).doesNotContain("\n").contains(fragments);
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
    }

    /** A small trained run, so that analyze and export would do real work if they did not refuse first. */
    @BeforeEach
    void runDirectory() throws Exception {
        run = tmp.resolve("run");
        Result trained = cli("train", "--run-dir", run.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=4",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=2");
        assertThat(trained.status()).as(trained.err()).isZero();
        regularFile = tmp.resolve("passwd");
        Files.writeString(regularFile, "root:x:0:0:root:/root:/bin/bash\n");
    }

    /** Keeps analyze short should it (wrongly) start. */
    private static final String[] SMALL_ANALYSIS = {"--blocks", "6", "--dpi", "30", "--distillation-steps", "5",
            "--two-unit-steps", "5", "--only", "behav_prob_correct_by_strength_concordant"};

    private Result analyze(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("analyze", run.toString()));
        all.addAll(java.util.List.of(SMALL_ANALYSIS));
        all.addAll(java.util.List.of(args));
        return cli(all.toArray(String[]::new));
    }

    @Test
    void miceDataAndTwoUnitRunMustBeDirectoriesBeforeAnalyzeStarts() {
        assertRefused(analyze("--mice-data", regularFile.toString()),
                "--mice-data", regularFile.toString(), "is not a directory");
        assertRefused(analyze("--mice-data", tmp.resolve("missing").toString()), "--mice-data", "does not exist");
        assertRefused(analyze("--mice-data", run.toString()), "--mice-data", "contains no *.csv");
        assertRefused(analyze("--two-unit-run", regularFile.toString()),
                "--two-unit-run", regularFile.toString(), "is not a directory");
        // nothing was started: analyze creates RUN_DIR/analyze as its first step
        assertThat(run.resolve("analyze")).doesNotExist();
    }

    @Test
    void runRefusesABadAnalyzePathBeforeTraining() {
        Path runs = tmp.resolve("runs");
        assertRefused(cli("run", "--runs-dir", runs.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=4",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=2", "--blocks", "6", "--dpi", "30",
                "--distillation-steps", "5", "--two-unit-steps", "5", "--only", SMALL_ANALYSIS[SMALL_ANALYSIS.length - 1],
                "--mice-data", regularFile.toString()), "--mice-data");
        assertThat(runs).doesNotExist();
    }

    @Test
    void aFifoGivenToBehaviourIsNotARegularFileAndAMissingPathDoesNotExist() throws Exception {
        Path fifo = tmp.resolve("trials.csv");
        mkfifo(fifo);
        Path out = tmp.resolve("b");
        assertRefused(cli("behaviour", fifo.toString(), "--out", out.toString()),
                fifo.toString(), "not a regular file");
        assertRefused(cli("behaviour", tmp.resolve("nope.csv").toString(), "--out", out.toString()),
                "nope.csv: no such file or directory");
        assertThat(out).doesNotExist();
    }

    @Test
    void behaviourOutputsMustBeOfTheRightKind() throws Exception {
        Path csv = tmp.resolve("mouse.csv");
        Files.writeString(csv, "trial_num,session_num,stim_probability_left,contrast,position,response_choice,"
                + "trial_correct,reaction_time\n1,1,0.5,0.25,-35,1,1,0.5\n");
        assertRefused(cli("behaviour", csv.toString(), "--out", regularFile.toString()),
                "--out", regularFile.toString(), "not a directory");
        Path fifo = tmp.resolve("summary.json");
        mkfifo(fifo);
        assertRefused(cli("behaviour", csv.toString(), "--out", tmp.resolve("b").toString(), "--summary-out",
                fifo.toString()), "--summary-out", "not a regular file");
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    @Test
    void exportRefusesAnOutputThatIsAFifoOrADirectoryAndLeavesItAlone() throws Exception {
        Path fifo = tmp.resolve("out.csv");
        mkfifo(fifo);
        assertRefused(cli("export", run.toString(), "--ibl-csv", "--agent", "ideal_actor", "--blocks", "2",
                "--out", fifo.toString()), "--out", fifo.toString(), "not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse(); // not replaced by the rename
        assertThat(Files.exists(fifo)).isTrue();
        Path dir = tmp.resolve("outdir");
        Files.createDirectories(dir);
        assertRefused(cli("export", run.toString(), "--ibl-csv", "--agent", "ideal_actor", "--blocks", "2",
                "--out", dir.toString()), "--out", "is a directory");
    }
}
