package org.iblrnn.analysis.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchicalClusteringTest {

    /** Five points on a line at 0, 1, 5, 6, 20; distances worked out by hand below. */
    private static double[][] line() {
        double[] x = {0, 1, 5, 6, 20};
        double[][] d = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                d[i][j] = Math.abs(x[i] - x[j]);
            }
        }
        return d;
    }

    @Test
    void completeLinkageMergesAtTheLargestMemberDistance() {
        // {0,1} at 1, {2,3} at 1, {0,1,2,3} at max(|0−6|) = 6, all at max(|0−20|) = 20
        List<HierarchicalClustering.Merge> m = HierarchicalClustering.of(line(), Linkage.COMPLETE).merges();
        assertThat(m).containsExactly(
                new HierarchicalClustering.Merge(0, 1, 1, 2),
                new HierarchicalClustering.Merge(2, 3, 1, 2),
                new HierarchicalClustering.Merge(5, 6, 6, 4),
                new HierarchicalClustering.Merge(4, 7, 20, 5));
    }

    @Test
    void averageLinkageMergesAtTheMeanMemberDistance() {
        // {01}–{23}: mean(5, 6, 4, 5) = 5; {0123}–{4}: mean(20, 19, 15, 14) = 17
        List<HierarchicalClustering.Merge> m = HierarchicalClustering.of(line(), Linkage.AVERAGE).merges();
        assertThat(m.get(2).height()).isEqualTo(5.0);
        assertThat(m.get(3).height()).isEqualTo(17.0);
    }

    @Test
    void singleLinkageMergesAtTheSmallestMemberDistance() {
        List<HierarchicalClustering.Merge> m = HierarchicalClustering.of(line(), Linkage.SINGLE).merges();
        assertThat(m.get(2).height()).isEqualTo(4.0);
        assertThat(m.get(3).height()).isEqualTo(14.0);
    }

    @Test
    void cutJoinsItemsMergedAtOrBelowTheThresholdAndLabelsBySize() {
        HierarchicalClustering t = HierarchicalClustering.of(line(), Linkage.COMPLETE);
        assertThat(t.cut(6.0)).containsExactly(1, 1, 1, 1, 2);       // the merge at exactly 6 counts
        assertThat(t.cut(5.999)).containsExactly(1, 1, 2, 2, 3);     // equal sizes: leaf order decides
        assertThat(t.cut(0.5)).containsExactly(2, 3, 4, 5, 1);       // singletons in leaf order 4, 0, 1, 2, 3
        assertThat(t.cut(100)).containsOnly(1);
        assertThat(t.leafOrder()).containsExactly(4, 0, 1, 2, 3);
    }

    @Test
    void rejectsNaNAndRaggedMatrices() {
        assertThatThrownBy(() -> HierarchicalClustering.of(new double[][]{{0, Double.NaN}, {Double.NaN, 0}},
                Linkage.COMPLETE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> HierarchicalClustering.of(new double[][]{{0, 1}, {1}}, Linkage.COMPLETE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }
}
