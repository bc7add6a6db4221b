package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {

    @Test
    void expandsFirstAxisSlowestAndSeedsFastest() {
        SweepGrid grid = new SweepGrid(List.of(GridAxis.parse("model.kwargs.core_kwargs.hidden_size=2,50"),
                GridAxis.parse("env.kwargs.max_stimulus_strength=1.0,2.5")), List.of(1L, 2L));
        List<SweepPoint> points = grid.points();
        assertThat(grid.size()).isEqualTo(8);
        assertThat(points).extracting(SweepPoint::dirName).containsExactly(
                "hidden_size=2_max_stimulus_strength=1.0_seed=1", "hidden_size=2_max_stimulus_strength=1.0_seed=2",
                "hidden_size=2_max_stimulus_strength=2.5_seed=1", "hidden_size=2_max_stimulus_strength=2.5_seed=2",
                "hidden_size=50_max_stimulus_strength=1.0_seed=1", "hidden_size=50_max_stimulus_strength=1.0_seed=2",
                "hidden_size=50_max_stimulus_strength=2.5_seed=1", "hidden_size=50_max_stimulus_strength=2.5_seed=2");
        assertThat(points).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(points.get(5).overrides()).containsExactly("model.kwargs.core_kwargs.hidden_size=50",
                "env.kwargs.max_stimulus_strength=1.0", "run.seed=2");
    }

    @Test
    void directoryNamesAreSafeAndUseFullKeysOnlyWhenLastSegmentsClash() {
        SweepGrid grid = new SweepGrid(List.of(GridAxis.parse("env.kwargs.block_side_probs=[[0.7,0.3],[0.3,0.7]]"),
                GridAxis.parse("model.kwargs.param_init=\"a b/c\"")), List.of());
        assertThat(grid.points().get(0).dirName()).isEqualTo("block_side_probs=0.7-0.3-0.3-0.7_param_init=ab_c");
        SweepGrid clash = new SweepGrid(List.of(GridAxis.parse("a.x=1"), GridAxis.parse("b.x=2")), List.of());
        assertThat(clash.points().get(0).dirName()).isEqualTo("a.x=1_b.x=2");
    }

    @Test
    void collidingDirectoryNamesAreAnError() {
        SweepGrid grid = new SweepGrid(List.of(GridAxis.parse("model.kwargs.param_init=a/b,a_b")), List.of());
        assertThatThrownBy(grid::points).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'param_init=a_b'");
    }

    @Test
    void seedsGivenTwiceOrNoAxisAreErrors() {
        assertThatThrownBy(() -> new SweepGrid(List.of(GridAxis.parse("run.seed=1,2")), List.of(3L)))
                .hasMessageContaining("--grid run.seed and --seeds");
        assertThatThrownBy(() -> new SweepGrid(List.of(GridAxis.parse("a=1"), GridAxis.parse("a=2")), List.of()))
                .hasMessageContaining("--grid a is given twice");
        assertThatThrownBy(() -> new SweepGrid(List.of(), List.of())).hasMessageContaining("at least one");
    }
}
