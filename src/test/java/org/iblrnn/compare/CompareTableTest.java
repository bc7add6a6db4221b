package org.iblrnn.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table and grouping from fake run directories whose numbers are chosen by hand. */
class CompareTableTest {

    @TempDir
    static Path tmp;
    static Path sweep;
    static Comparison.Result result;

    @BeforeAll
    static void writeRunsAndCompare() throws Exception {
        sweep = tmp.resolve("sweep-hidden_size-seed");
        // hidden 4: two seeds; hidden 8: two seeds, one of them not analysed; all with learning curves.
        FakeRuns.learningCurve(FakeRuns.run(sweep, "hidden_size=4_seed=1", FakeRuns.params(4, 1),
                new FakeRuns.Metrics(0.80, 0.75, 0.25, 3.5)), 0.5, 0.625, 0.75);
        FakeRuns.learningCurve(FakeRuns.run(sweep, "hidden_size=4_seed=2", FakeRuns.params(4, 2),
                new FakeRuns.Metrics(0.90, 0.625, 0.375, 4.5)), 0.5, 0.75, 0.875);
        FakeRuns.learningCurve(FakeRuns.run(sweep, "hidden_size=8_seed=1", FakeRuns.params(8, 1),
                new FakeRuns.Metrics(0.86, 0.70, 0.30, 3.0)), 0.5, 0.5);
        FakeRuns.run(sweep, "hidden_size=8_seed=2", FakeRuns.params(8, 2), null);
        result = Comparison.run(CompareOptions.defaults(List.of(sweep), tmp.resolve("out")).withDpi(30),
                org.iblrnn.figures.compare.CompareFigures.all(), n -> { });
    }

    @Test
    void groupsBySettingsOtherThanTheSeedWithMeanAndSemByHand() {
        Grouping g = result.data().grouping();
        assertThat(g.varyingKeys()).containsExactly(ParamsTree.HIDDEN_SIZE_KEY);
        assertThat(g.groups()).extracting(GroupSummary::label).containsExactly("hidden_size=4", "hidden_size=8");
        GroupSummary h4 = g.groups().get(0);
        assertThat(h4.seeds()).isEqualTo("1 2");
        // accuracy 0.80, 0.90: mean 0.85, sd 0.0707107, SEM = sd / sqrt(2) = 0.05
        assertThat(h4.accuracy().mean()).isCloseTo(0.85, within(1e-12));
        assertThat(h4.accuracy().sem()).isCloseTo(0.05, within(1e-12));
        // gaps 0.50 and 0.25: mean 0.375, SEM 0.125
        assertThat(h4.zeroStrengthGap().mean()).isCloseTo(0.375, within(1e-12));
        assertThat(h4.zeroStrengthGap().sem()).isCloseTo(0.125, within(1e-12));
        // final training accuracy of a 3-point curve: its last point (0.75, 0.875); their mean 0.8125
        assertThat(h4.trainAccuracyFinal().mean()).isCloseTo(0.8125, within(1e-12));
        GroupSummary h8 = g.groups().get(1);
        assertThat(h8.measuredRuns()).isEqualTo(1);
        assertThat(h8.accuracy().mean()).isEqualTo(0.86);
        assertThat(h8.accuracy().sem()).isNaN();
        assertThat(h8.accuracy().n()).isEqualTo(1);
    }

    @Test
    void runsCsvHasTheHeaderAndOneRowPerRunWithTheValues() throws Exception {
        List<String> lines = Files.readAllLines(result.out().resolve(Comparison.RUNS_CSV));
        assertThat(lines.get(0)).isEqualTo(String.join(",", CompareTable.RUN_COLUMNS));
        assertThat(lines).hasSize(5);
        List<String> h4s2 = cells(lines, "hidden_size=4_seed=2");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("metrics_source"))).isEqualTo("analyze");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("hidden_size"))).isEqualTo("4");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("seed"))).isEqualTo("2");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("accuracy"))).isEqualTo("0.9");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("zero_strength_gap"))).isEqualTo("0.25");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("analysed_step"))).isEqualTo("99");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("pca2_cumulative_variance"))).isEqualTo("0.9");
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("radd_r_squared"))).isEmpty();
        assertThat(h4s2.get(CompareTable.RUN_COLUMNS.indexOf("steps_trained"))).isEqualTo("0");
        List<String> missing = cells(lines, "hidden_size=8_seed=2");
        assertThat(missing.get(CompareTable.RUN_COLUMNS.indexOf("metrics_source"))).isEqualTo("no checkpoint");
        assertThat(missing.get(CompareTable.RUN_COLUMNS.indexOf("accuracy"))).isEmpty();
    }

    @Test
    void groupsCsvHasMeanAndSemColumns() throws Exception {
        List<String> lines = Files.readAllLines(result.out().resolve(Comparison.GROUPS_CSV));
        assertThat(lines.get(0)).isEqualTo(String.join(",", CompareTable.GROUP_COLUMNS));
        assertThat(lines).hasSize(3);
        List<String> h4 = List.of(lines.get(1).split(",", -1));
        assertThat(h4.get(CompareTable.GROUP_COLUMNS.indexOf("group"))).isEqualTo("hidden_size=4");
        assertThat(Double.parseDouble(h4.get(CompareTable.GROUP_COLUMNS.indexOf("accuracy_mean"))))
                .isCloseTo(0.85, within(1e-12));
        assertThat(Double.parseDouble(h4.get(CompareTable.GROUP_COLUMNS.indexOf("accuracy_sem"))))
                .isCloseTo(0.05, within(1e-12));
        assertThat(h4.get(CompareTable.GROUP_COLUMNS.indexOf("seeds"))).isEqualTo("1 2");
    }

    @Test
    void printedTablesAreAlignedAndRounded() {
        String[] lines = result.printed().split("\n");
        assertThat(result.printed()).contains("85.0 ± 5.0").contains("no checkpoint");
        List<Integer> widths = new ArrayList<>();
        assertThat(lines[1]).startsWith("run ").contains("arch");
        for (int i = 2; i <= 5; i++) {
            widths.add(lines[i].indexOf(" rnn ") + 1);
        }
        assertThat(widths).containsOnly(lines[1].indexOf("arch"));
    }

    @Test
    void figuresWithoutBehaviourTrialsAreSkippedAndTheOthersDrawn() {
        assertThat(result.skipped()).containsOnlyKeys("compare_prob_correct_by_strength_concordant",
                "compare_prob_correct_by_trial_within_block");
        assertThat(result.figures()).extracting(f -> f.stem()).containsExactly("compare_accuracy_by_hidden_size",
                "compare_learning_curves");
        assertThat(result.failedFigures()).isZero();
        assertThat(result.out().resolve("compare_learning_curves.png")).exists();
        assertThat(result.out().resolve(Comparison.PDF)).exists();
    }

    @Test
    void runsWithDifferentTasksAreRefusedNamingTheKeyAndNothingIsWritten() throws Exception {
        Path dir = tmp.resolve("mixed");
        FakeRuns.run(dir, "a", FakeRuns.params(4, 1), new FakeRuns.Metrics(0.8, 0.7, 0.3, 3));
        FakeRuns.run(dir, "b", FakeRuns.params(4, 1, "env.kwargs.max_stimulus_strength=2.0"),
                new FakeRuns.Metrics(0.7, 0.7, 0.3, 3));
        Path out = tmp.resolve("mixed-out");
        assertThatThrownBy(() -> Comparison.run(CompareOptions.defaults(List.of(dir), out), List.of(), n -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("env.kwargs.max_stimulus_strength").hasMessageContaining("2.5")
                .hasMessageContaining("--allow-different-tasks");
        assertThat(out).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
        Comparison.Result allowed = Comparison.run(CompareOptions.defaults(List.of(dir), out)
                .withAllowDifferentTasks(true), List.of(), n -> { });
        assertThat(allowed.data().grouping().groups()).extracting(GroupSummary::label)
                .containsExactly("max_stimulus_strength=2.0", "max_stimulus_strength=2.5");
    }

    @Test
    void malformedMetricsAndNonRunDirectoriesAreInvalidInputNamingTheFile() throws Exception {
        Path dir = tmp.resolve("bad");
        Path run = FakeRuns.run(dir, "r", FakeRuns.params(4, 1), new FakeRuns.Metrics(0.8, 0.7, 0.3, 3));
        Files.writeString(run.resolve("analyze/metrics.json"), "{\"agents\": {\"rnn\": {\"correct_by_total_trials\": \"x\"}}}");
        assertThatThrownBy(() -> Comparison.run(CompareOptions.defaults(List.of(run), tmp.resolve("bad-out")),
                List.of(), n -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metrics.json").hasMessageContaining("correct_by_total_trials");
        Files.writeString(run.resolve("analyze/metrics.json"), "{\"agents\": ");
        assertThatThrownBy(() -> Comparison.run(CompareOptions.defaults(List.of(run), tmp.resolve("bad-out")),
                List.of(), n -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metrics.json");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> Comparison.run(CompareOptions.defaults(List.of(empty), tmp.resolve("bad-out")),
                List.of(), n -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a run directory");
        assertThat(tmp.resolve("bad-out")).doesNotExist();
    }

    @Test
    void aFolderOfRunsSkipsCompareOutputsAndNamesRunsUniquely() {
        List<Path> dirs = RunDirs.expand(List.of(tmp));
        assertThat(dirs).noneMatch(d -> d.startsWith(tmp.resolve("out")));
        assertThat(dirs).contains(sweep.resolve("hidden_size=4_seed=1").toAbsolutePath());
        assertThat(RunDirs.shortNames(List.of(Path.of("/x/a/r"), Path.of("/x/b/r"), Path.of("/x/b/s"))))
                .containsExactly("a/r", "b/r", "b/s");
    }

    private static List<String> cells(List<String> lines, String run) {
        return lines.stream().filter(l -> l.startsWith(run + ",")).findFirst()
                .map(l -> List.of(l.split(",", -1))).orElseThrow();
    }
}
