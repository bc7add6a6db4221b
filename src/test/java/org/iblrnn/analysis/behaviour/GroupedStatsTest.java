package org.iblrnn.analysis.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroupedStatsTest {

    @Test
    void meanAndSampleSemPerKeyAscending() {
        GroupedStats g = GroupedStats.of(new double[] {2, 1, 2, 1, 2, 3}, new double[] {1, 0, 0, 1, 1, 5});
        assertThat(g.keys()).containsExactly(1, 2, 3);
        assertThat(g.count()).containsExactly(2, 3, 1);
        assertThat(g.mean()[0]).isEqualTo(0.5);
        assertThat(g.mean()[1]).isCloseTo(2.0 / 3, within(1e-15));
        // key 1: values {0, 1}: sd (ddof 1) = sqrt(0.5), sem = sqrt(0.5)/sqrt(2) = 0.5
        assertThat(g.sem()[0]).isCloseTo(0.5, within(1e-15));
        // key 2: {1, 0, 1}: var = 1/3, sem = sqrt(1/3)/sqrt(3) = 1/3
        assertThat(g.sem()[1]).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(g.sem()[2]).isNaN();
    }

    @Test
    void negativeAndPositiveZeroAreOneGroup() {
        GroupedStats g = GroupedStats.of(new double[] {-0.0, 0.0, -0.5}, new double[] {1, 0, 1});
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.countAt(0.0)).isEqualTo(2);
        assertThat(g.meanAt(-0.0)).isEqualTo(0.5);
    }

    @Test
    void nanValuesAreSkippedAndEmptyInputGivesNoGroups() {
        GroupedStats g = GroupedStats.of(new double[] {1, 1, 2}, new double[] {Double.NaN, 3, Double.NaN});
        assertThat(g.keys()).containsExactly(1);
        assertThat(g.mean()).containsExactly(3);
        assertThat(GroupedStats.of(new double[0], new double[0]).isEmpty()).isTrue();
        assertThat(g.meanAt(7)).isNaN();
        assertThat(g.countAt(7)).isZero();
    }

    @Test
    void filteringShiftingAndScaling() {
        GroupedStats g = GroupedStats.of(new double[] {0, 0, 1}, new double[] {1, 3, 4});
        GroupedStats kept = g.withCountAbove(1);
        assertThat(kept.keys()).containsExactly(0);
        assertThat(kept.mean()).containsExactly(2);
        assertThat(g.shiftKeys(1).keys()).containsExactly(1, 2);
        GroupedStats s = g.scale(-2);
        assertThat(s.mean()).containsExactly(-4, -8);
        assertThat(s.sem()[0]).isEqualTo(2 * g.sem()[0]);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> GroupedStats.of(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 keys but 3 values");
    }
}
