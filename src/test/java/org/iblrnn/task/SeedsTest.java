package org.iblrnn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private static long[] firstLongs(SplittableRandom r, int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextLong();
        }
        return a;
    }

    @Test
    void sameTripleGivesSameStreamAndSameSession() {
        assertThat(firstLongs(Seeds.forSession(1, 42, 3), 8)).containsExactly(firstLongs(Seeds.forSession(1, 42, 3), 8));
        TaskConfig cfg = TaskConfig.defaults();
        GeneratedSession a = SessionGenerator.generate(cfg, Seeds.forSession(1, 42, 3));
        GeneratedSession b = SessionGenerator.generate(cfg, Seeds.forSession(1, 42, 3));
        assertThat(a.blockLengths()).containsExactly(b.blockLengths());
        assertThat(a.blockSides()).containsExactly(b.blockSides());
        assertThat(a.trialSides()).containsExactly(b.trialSides());
        assertThat(a.trialStrengths()).containsExactly(b.trialStrengths());
        assertThat(a.observations()).isDeepEqualTo(b.observations());
    }

    @Test
    void anyChangedComponentGivesADifferentStream() {
        long base = Seeds.forSession(1, 42, 3).nextLong();
        assertThat(Seeds.forSession(1, 43, 3).nextLong()).isNotEqualTo(base);
        assertThat(Seeds.forSession(1, 42, 4).nextLong()).isNotEqualTo(base);
        assertThat(Seeds.forSession(2, 42, 3).nextLong()).isNotEqualTo(base);
        // swapping components must not collide either
        assertThat(Seeds.forSession(1, 3, 42).nextLong()).isNotEqualTo(base);
        TaskConfig cfg = TaskConfig.defaults();
        GeneratedSession a = SessionGenerator.generate(cfg, Seeds.forSession(1, 42, 3));
        GeneratedSession b = SessionGenerator.generate(cfg, Seeds.forSession(1, 43, 3));
        assertThat(java.util.Arrays.deepEquals(a.observations(), b.observations())).isFalse();
    }

    @Test
    void neighbouringStepsAndSessionsNeverCollide() {
        Set<Long> seen = new HashSet<>();
        for (int step = 0; step < 200; step++) {
            for (int s = 0; s < 20; s++) {
                seen.add(Seeds.forSession(1, step, s).nextLong());
            }
        }
        assertThat(seen).hasSize(200 * 20);
    }

    @Test
    void analysisStreamsAreNamedAndDeterministic() {
        assertThat(firstLongs(Seeds.forAnalysis(1, "pca-split"), 4))
                .containsExactly(firstLongs(Seeds.forAnalysis(1, "pca-split"), 4));
        long a = Seeds.forAnalysis(1, "pca-split").nextLong();
        assertThat(Seeds.forAnalysis(1, "pca-splits").nextLong()).isNotEqualTo(a);
        assertThat(Seeds.forAnalysis(2, "pca-split").nextLong()).isNotEqualTo(a);
        assertThat(Seeds.forAnalysis(1, "").nextLong()).isNotEqualTo(a);
        assertThatThrownBy(() -> Seeds.forAnalysis(1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("purpose");
    }
}
