package org.iblrnn.fitmice.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupStatisticsTest {

    static final List<String> MODELS = List.of("psychometric", "kernel", "tiny_gru_1", "tiny_gru_2", "tiny_gru_3");

    /**
     * Six mice of 1000 held-out trials. NLL per trial: psychometric 0.5; kernel 0.45; GRU-1 0.44; GRU-2 0.40 + e;
     * GRU-3 0.40 − e with e alternating ±0.001 over mice. GRU-2 beats GRU-1 in all six mice (exact Wilcoxon
     * p = 2/2⁶ = 0.031 &lt; 0.05) and GRU-3 beats GRU-1 too; GRU-2 and GRU-3 split 3:3, so 2 units are needed.
     */
    static Map<String, Map<String, GroupStatistics.Score>> scores() {
        Map<String, Map<String, GroupStatistics.Score>> s = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            double e = (i % 2 == 0 ? 1 : -1) * 0.001 * (1 + i);
            double[] perTrial = {0.5, 0.45, 0.44, 0.40 + e, 0.40 - e};
            Map<String, GroupStatistics.Score> row = new LinkedHashMap<>();
            for (int j = 0; j < MODELS.size(); j++) {
                row.put(MODELS.get(j), new GroupStatistics.Score(1000 * perTrial[j], 1000, 0.8));
            }
            s.put("m" + i, row);
        }
        return s;
    }

    @Test
    void differencesWinsAndTheGruSizeNeeded() {
        GroupStatistics g = GroupStatistics.of(scores(), MODELS, "psychometric", 1, 10_000);
        assertThat(g.of("psychometric").deltaNllPerTrial().mean()).isZero();
        assertThat(g.of("kernel").deltaNllPerTrial().mean()).isCloseTo(-0.05, within(1e-12));
        assertThat(g.of("kernel").deltaNllPerTrial().sem()).isCloseTo(0.0, within(1e-12));
        assertThat(g.of("kernel").deltaNll().mean()).isCloseTo(-50, within(1e-9));
        assertThat(g.of("tiny_gru_2").wins() + g.of("tiny_gru_3").wins()).isEqualTo(6);
        assertThat(g.of("tiny_gru_2").wins()).isEqualTo(3);
        assertThat(g.of("psychometric").wins()).isZero();
        GroupStatistics.GruSizes sizes = g.gruSizes().orElseThrow();
        assertThat(sizes.units()).containsExactly(1, 2, 3);
        PairedComparison oneVsTwo = sizes.pairs().get(0);
        assertThat(oneVsTwo.a()).isEqualTo("tiny_gru_1");
        assertThat(oneVsTwo.b()).isEqualTo("tiny_gru_2");
        assertThat(oneVsTwo.pValue()).isCloseTo(2.0 / 64, within(1e-12));
        assertThat(oneVsTwo.aSignificantlyWorse()).isTrue();
        assertThat(sizes.unitsNeeded()).isEqualTo(2);
        double frequencies = g.perModel().stream().mapToDouble(GroupStatistics.ModelStatistics::frequency).sum();
        assertThat(frequencies).isCloseTo(1.0, within(1e-12));
        assertThat(g.bestVsOthers()).hasSize(MODELS.size() - 1).allMatch(c -> c.a().equals(g.best()));
    }

    @Test
    void withoutTwoGruSizesThereIsNoSizeComparison() {
        Map<String, Map<String, GroupStatistics.Score>> s = scores();
        s.values().forEach(row -> {
            row.remove("tiny_gru_2");
            row.remove("tiny_gru_3");
        });
        GroupStatistics g = GroupStatistics.of(s, List.of("psychometric", "kernel", "tiny_gru_1"), "psychometric", 1, 10_000);
        assertThat(g.gruSizes()).isEmpty();
        assertThat(g.best()).isEqualTo("tiny_gru_1");
    }
}
