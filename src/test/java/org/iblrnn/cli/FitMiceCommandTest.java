package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iblrnn.fitmice.SyntheticTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitMiceCommandTest {

    @TempDir
    Path tmp;
    Path mice;

    /** Three mice with 6, 5 and 3 sessions of 150 trials. */
    @BeforeEach
    void writeMice() throws IOException {
        mice = tmp.resolve("mice");
        Files.createDirectories(mice);
        int[] sessions = {6, 5, 3};
        for (int i = 0; i < sessions.length; i++) {
            SyntheticTask.writeCsv(mice.resolve("mouse" + i + ".csv"),
                    SyntheticTask.sessions(sessions[i], 150, 10 + i, SyntheticTask::repeater));
        }
        // an end-of-training file is not a mouse
        Files.writeString(mice.resolve("mouse0_endtrain.csv"), "not,a,csv\n");
    }

    static BehaviourCommandTest.Result run(String... args) {
        return BehaviourCommandTest.run(args);
    }

    private List<String> args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("fit-mice", mice.toString(), "--out", out.toString(), "--models",
                "action_kernel,bayes_optimal", "--folds", "4", "--local", "2", "--dpi", "20"));
        a.addAll(List.of(more));
        return a;
    }

    private static List<Path> fits(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out.resolve("mice"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void fitsEveryMouseWritesTheOutputsAndNeverRefitsAFinishedMouse() throws Exception {
        Path out = tmp.resolve("out");
        BehaviourCommandTest.Result r = run(args(out).toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 mice x 3 models (psychometric, bayes_optimal, action_kernel), 4 folds: 0 fits"
                + " saved, 9 to do").contains("note: mouse2 has 3 sessions: fitted with 3 folds");
        JsonNode j = new ObjectMapper().readTree(out.resolve("fit-mice.json").toFile());
        for (String m : List.of("mouse0", "mouse1", "mouse2")) {
            for (String model : List.of("psychometric", "bayes_optimal", "action_kernel")) {
                JsonNode e = j.get("mice").get(m).get(model);
                assertThat(e.get("nll_per_trial").asDouble()).isPositive();
                assertThat(e.get("normalized_likelihood").asDouble())
                        .isEqualTo(Math.exp(-e.get("nll_per_trial").asDouble()));
                assertThat(e.get("accuracy").asDouble()).isBetween(0.5, 1.0);
                assertThat(e.get("params").size()).isEqualTo(m.equals("mouse2") ? 3 : 4);
            }
        }
        assertThat(j.get("mice").get("mouse0").get("action_kernel").get("n_trials_test").asInt())
                .isEqualTo(j.get("mice").get("mouse0").get("psychometric").get("n_trials_test").asInt())
                .isBetween(850, 900);
        JsonNode g = j.get("group");
        assertThat(g.get("mice").asInt()).isEqualTo(3);
        assertThat(g.get("models").get("action_kernel").get("delta_nll_per_trial").get("mean").asDouble()).isNegative();
        assertThat(g.get("models").get("psychometric").get("bms_exceedance").asDouble()).isBetween(0.0, 1.0);
        assertThat(g.get("best_model").asText()).isEqualTo("action_kernel");
        assertThat(Files.readAllLines(out.resolve("fit-mice.csv"))).hasSize(1 + 9);
        assertThat(out.resolve("fit-mice.pdf")).isRegularFile();
        assertThat(out.resolve("fit_mice_nll_difference.png")).isRegularFile();
        assertThat(out.resolve("fit_mice_action_kernel_decay.png")).isRegularFile();
        assertThat(r.out()).contains("figure fit_mice_gru_dynamics not drawn");

        List<Path> saved = fits(out);
        assertThat(saved).hasSize(9);
        List<FileTime> times = new ArrayList<>();
        for (Path p : saved) {
            times.add(Files.getLastModifiedTime(p));
        }
        BehaviourCommandTest.Result again = run(args(out, "--fit-only").toArray(String[]::new));
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("9 fits saved, 0 to do");
        for (int i = 0; i < saved.size(); i++) {
            assertThat(Files.getLastModifiedTime(saved.get(i))).isEqualTo(times.get(i));
        }
        // a deleted fit is redone, bit for bit (same seed, same data)
        Path one = out.resolve("mice").resolve("mouse1").resolve("bayes_optimal.json");
        String before = Files.readString(one).replaceAll("\"seconds\" : [0-9.eE-]+", "");
        Files.delete(one);
        BehaviourCommandTest.Result third = run(args(out, "--fit-only").toArray(String[]::new));
        assertThat(third.status()).as(third.err()).isZero();
        assertThat(third.out()).contains("8 fits saved, 1 to do");
        assertThat(Files.readString(one).replaceAll("\"seconds\" : [0-9.eE-]+", "")).isEqualTo(before);

        BehaviourCommandTest.Result otherSeed = run(args(out, "--seed", "2").toArray(String[]::new));
        assertThat(otherSeed.status()).isEqualTo(3);
        assertThat(otherSeed.err()).contains("was fitted with --seed 1").hasLineCount(1);
    }

    /** Bad input: one line on stderr, exit 2, and no output directory. */
    @Test
    void badInputIsOneLineExitTwoAndNothingWritten() throws Exception {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Path corrupt = tmp.resolve("corrupt");
        Files.createDirectories(corrupt);
        List<String> lines = Files.readAllLines(mice.resolve("mouse1.csv"));
        lines.set(40, lines.get(40).replaceFirst(",0\\.8,|,0\\.2,|,0\\.5,", ",banana,"));
        Files.write(corrupt.resolve("mouse1.csv"), lines);
        Path out = tmp.resolve("never");
        String[][] cases = {
            {"fit-mice", empty.toString(), "--out", out.toString()},
            {"fit-mice", mice.toString(), "--out", out.toString(), "--models", "action_kernel,gru_99"},
            {"fit-mice", mice.toString(), "--out", out.toString(), "--folds", "1"},
            {"fit-mice", mice.toString(), "--out", out.toString(), "--folds", "7"},
            {"fit-mice", corrupt.toString(), "--out", out.toString()},
            {"fit-mice", mice.toString(), "--out", out.toString(), "--models", "task_rnn"},
            {"fit-mice", mice.toString(), "--out", out.toString(), "--task-run", tmp.resolve("nope").toString()},
            {"fit-mice", mice.toString(), "--out", out.toString(), "--local", "2", "--slurm"},
            {"fit-mice", tmp.resolve("missing.csv").toString(), "--out", out.toString()},
        };
        String[] expected = {"contains no *.csv", "unknown model 'gru_99'", "--folds 1 must be at least 2",
            "--folds 7 is more than any mouse's number of sessions (at most 6)", "mouse1.csv:41: column",
            "task_rnn needs --task-run", "--task-run", "--local and --slurm exclude each other",
            "no such file or directory"};
        for (int i = 0; i < cases.length; i++) {
            BehaviourCommandTest.Result r = run(cases[i]);
            assertThat(r.status()).as(String.join(" ", cases[i]) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", cases[i])).startsWith("ibl-rnn: ").contains(expected[i])
                    .hasLineCount(1);
            assertThat(out).as(String.join(" ", cases[i])).doesNotExist();
        }
    }

    /**
     * --slurm --dry-run writes one array task per mouse that runs fit-mice on that mouse with --fit-only; running
     * one task's arguments saves that mouse's fits, and the next local run fits only the others.
     */
    @Test
    void slurmTasksFitOneMouseEachAndTheLocalRunCompletesTheRest() throws Exception {
        Path out = tmp.resolve("out");
        BehaviourCommandTest.Result r = run("fit-mice", mice.toString(), "--out", out.toString(), "--models",
                "action_kernel,bayes_optimal", "--folds", "4", "--slurm", "--dry-run", "--cpus", "2");
        assertThat(r.status()).as(r.err()).isZero();
        Path dir = out.resolve("slurm");
        String script = Files.readString(dir.resolve("fit-mice.sbatch"));
        assertThat(script).contains("#SBATCH --array=0-2").contains("#SBATCH --cpus-per-task=2")
                .contains("exec \"$java_bin\"");
        List<String> task = Files.readAllLines(dir.resolve("tasks").resolve("1.args"));
        assertThat(task).startsWith("fit-mice").contains("--fit-only", "--folds", "4")
                .anyMatch(a -> a.endsWith("mouse1.csv"));
        assertThat(out.resolve("mice")).doesNotExist();

        BehaviourCommandTest.Result t = run(task.toArray(String[]::new));
        assertThat(t.status()).as(t.err()).isZero();
        assertThat(fits(out)).hasSize(3).allMatch(p -> p.getParent().getFileName().toString().equals("mouse1"));
        assertThat(out.resolve("fit-mice.json")).doesNotExist();

        BehaviourCommandTest.Result rest = run(args(out).toArray(String[]::new));
        assertThat(rest.status()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("3 fits saved, 6 to do");
        assertThat(out.resolve("fit-mice.json")).isRegularFile();
    }
}
