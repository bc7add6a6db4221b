package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlannerTest {

    @TempDir
    Path tmp;

    private static final List<String> COMMON = List.of("run.num_grad_steps=100");

    private SweepSpec spec() {
        return new SweepSpec(tmp.resolve("runs"), "h", Optional.empty(), COMMON,
                new SweepGrid(List.of(GridAxis.parse("model.kwargs.core_kwargs.hidden_size=2,50")), List.of(1L, 2L)));
    }

    private Path runDir(String name) {
        return tmp.resolve("runs").resolve("sweep-h").resolve(name);
    }

    private static List<String> overrides(int hidden, int seed) {
        return List.of("run.num_grad_steps=100", "model.kwargs.core_kwargs.hidden_size=" + hidden, "run.seed=" + seed);
    }

    @Test
    void decidesStartResumeOrSkipFromTheRunDirectories() throws IOException {
        // hidden_size=2_seed=1: nothing; hidden_size=2_seed=2: params.json only (crashed before a checkpoint);
        // hidden_size=50_seed=1: checkpoints 0 and 50 of 0..99; hidden_size=50_seed=2: checkpoint 99 = the last step.
        SweepTestSupport.fakeRun(runDir("hidden_size=2_seed=2"), overrides(2, 2));
        SweepTestSupport.fakeRun(runDir("hidden_size=50_seed=1"), overrides(50, 1), 0, 50);
        SweepTestSupport.fakeRun(runDir("hidden_size=50_seed=2"), overrides(50, 2), 50, 99);

        SweepPlan plan = SweepPlanner.plan(spec());

        assertThat(plan.runs()).extracting(r -> r.status().state()).containsExactly(
                RunState.MISSING, RunState.MISSING, RunState.UNFINISHED, RunState.FINISHED);
        assertThat(plan.runs().get(2).status().newestStep()).hasValue(50);
        assertThat(plan.runs()).allSatisfy(r -> assertThat(r.status().lastStep()).isEqualTo(99));
        assertThat(plan.pending()).extracting(r -> r.point().index()).containsExactly(0, 1, 2);
        Path first = runDir("hidden_size=2_seed=1");
        assertThat(plan.runs().get(0).trainArguments()).containsExactly("train", "--run-dir", first.toString(),
                "--set", "run.num_grad_steps=100", "--set", "model.kwargs.core_kwargs.hidden_size=2", "--set", "run.seed=1");
        assertThat(plan.runs().get(2).trainArguments())
                .containsExactly("train", "--resume", runDir("hidden_size=50_seed=1").toString());
    }

    @Test
    void theRunsOwnParamsDecideWhenItIsDone() throws IOException {
        // the run recorded start 100 and 100 steps: done at 199, not at the sweep's 99
        Path dir = runDir("hidden_size=2_seed=1");
        SweepTestSupport.fakeRun(dir, List.of("run.start_grad_step=100", "run.num_grad_steps=100",
                "model.kwargs.core_kwargs.hidden_size=2", "run.seed=1"), 150);
        RunStatus s = SweepPlanner.plan(spec()).runs().get(0).status();
        assertThat(s.state()).isEqualTo(RunState.UNFINISHED);
        assertThat(s.lastStep()).isEqualTo(199);
        FakeTrain.checkpoint(dir, 199);
        assertThat(SweepPlanner.plan(spec()).runs().get(0).status().state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void baseConfigFileIsUsedAndPassedOnAbsolute() throws IOException {
        Path config = tmp.resolve("base.json");
        Files.writeString(config, ParamsJson.write(ParamsJson.applyOverrides(Params.defaults(), List.of("run.num_grad_steps=7"))));
        SweepSpec spec = new SweepSpec(tmp.resolve("runs"), "c", Optional.of(config), List.of(),
                new SweepGrid(List.of(), List.of(4L)));
        PlannedRun run = SweepPlanner.plan(spec).runs().get(0);
        assertThat(run.status().lastStep()).isEqualTo(6);
        assertThat(run.trainArguments()).containsSubsequence("--config", config.toAbsolutePath().toString(), "--set", "run.seed=4");
    }

    @Test
    void aDirectoryHoldingAnotherExperimentStopsTheSweep() throws IOException {
        SweepTestSupport.fakeRun(runDir("hidden_size=2_seed=1"), List.of("run.num_grad_steps=100",
                "model.kwargs.core_kwargs.hidden_size=2", "run.seed=1", "env.kwargs.max_stimulus_strength=2.0"), 10);
        assertThatThrownBy(() -> SweepPlanner.plan(spec())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hidden_size=2_seed=1").hasMessageContaining("max_stimulus_strength");
    }

    @Test
    void invalidValuesAndConflictingOverridesFailBeforeAnythingRuns() {
        SweepSpec badValue = new SweepSpec(tmp, "x", Optional.empty(), List.of(),
                new SweepGrid(List.of(GridAxis.parse("model.kwargs.core_kwargs.hidden_size=50,fifty")), List.of()));
        assertThatThrownBy(() -> SweepPlanner.plan(badValue)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hidden_size");
        SweepSpec conflict = new SweepSpec(tmp, "x", Optional.empty(), List.of("run.seed=3"),
                new SweepGrid(List.of(), List.of(1L)));
        assertThatThrownBy(() -> SweepPlanner.plan(conflict)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--set run.seed=3 conflicts with --grid run.seed/--seeds");
        assertThat(Files.exists(tmp.resolve("sweep-x"))).isFalse();
    }

    @Test
    void aBadGridValueIsNamedAsAGridValue() {
        SweepSpec bad = new SweepSpec(tmp.resolve("runs"), "h", Optional.empty(), COMMON,
                new SweepGrid(List.of(GridAxis.parse("model.kwargs.core_kwargs.hidden_size=4,abc")), List.of()));
        assertThatThrownBy(() -> SweepPlanner.plan(bad)).isInstanceOf(org.iblrnn.io.InvalidInputException.class)
                .hasMessageStartingWith("--grid model.kwargs.core_kwargs.hidden_size=abc: ")
                .hasMessageNotContaining("--set");
        assertThat(tmp.resolve("runs")).doesNotExist();
    }
}
