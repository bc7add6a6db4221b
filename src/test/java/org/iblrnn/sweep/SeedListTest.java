package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedListTest {

    @Test
    void parsesRangesListsAndMixtures() {
        assertThat(SeedList.parse("1-4")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(SeedList.parse("1,3,5")).containsExactly(1L, 3L, 5L);
        assertThat(SeedList.parse("7, 1-2")).containsExactly(7L, 1L, 2L);
        assertThat(SeedList.parse("5-5")).containsExactly(5L);
    }

    @Test
    void rejectsBadSeeds() {
        assertThatThrownBy(() -> SeedList.parse("3-1")).hasMessageContaining("runs backwards");
        assertThatThrownBy(() -> SeedList.parse("1-3,2")).hasMessageContaining("seed 2 is given twice");
        assertThatThrownBy(() -> SeedList.parse("a")).hasMessageContaining("'a' is not a seed");
        assertThatThrownBy(() -> SeedList.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SeedList.parse("1-1000000")).hasMessageContaining("split the sweep");
    }
}
