package org.iblrnn.figures.compare;

import org.iblrnn.figures.plot.TextAnchor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedLabelsTest {

    @Test
    void aLoneFarPointIsLabelledOnItsRight() {
        double[][] xy = {{0, 0}, {1, 1}};
        SeedLabels.Placed[] p = SeedLabels.place(xy, new String[] {"1", "2"}, 7, 4);
        assertThat(p[0].anchor()).isEqualTo(TextAnchor.CENTER_LEFT);
        assertThat(p[1].anchor()).isEqualTo(TextAnchor.CENTER_LEFT);
        assertThat(p[0].x()).isGreaterThan(0);
    }

    @Test
    void pointsWithinAMarkerOfEachOtherGetLabelsOnDifferentSides() {
        // three seeds 0.01 in apart on a 4-inch axis spanning 1 data unit, one point far away
        double[][] xy = {{0, 0}, {0.0025, 0}, {0.0012, 0.0025}, {1, 1}};
        SeedLabels.Placed[] p = SeedLabels.place(xy, new String[] {"1", "2", "3", "4"}, 7, 4);
        assertThat(p[0].anchor()).isEqualTo(TextAnchor.CENTER_LEFT);
        assertThat(p[1].anchor()).isNotEqualTo(p[0].anchor());
        assertThat(p[2].anchor()).isNotIn(p[0].anchor(), p[1].anchor());
    }
}
