package org.iblrnn.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.Test;

class BlockFilterTest {

    private final BlockFilter filter = new BlockFilter(TaskConfig.defaults());

    @Test
    void filtersKnownSideSequenceRightRightLeft() {
        double[] a = {0.5, 0.5};
        filter.update(a, 1, true, a);
        // first trial, no transition: (0.2·0.5, 0.8·0.5) normalised
        assertThat(a[1]).isCloseTo(0.8, within(1e-15));

        filter.update(a, 1, false, a);
        // T·(0.2, 0.8) = (0.212, 0.788); × (0.2, 0.8) = (0.0424, 0.6304)
        assertThat(a[1]).isCloseTo(0.6304 / (0.0424 + 0.6304), within(1e-14));

        double prevLeft = 0.0424 / 0.6728;
        double prevRight = 0.6304 / 0.6728;
        double predLeft = 0.98 * prevLeft + 0.02 * prevRight;
        double predRight = 0.02 * prevLeft + 0.98 * prevRight;
        filter.update(a, 0, false, a);
        assertThat(a[1]).isCloseTo(0.2 * predRight / (0.8 * predLeft + 0.2 * predRight), within(1e-14));
        assertThat(a[1]).isCloseTo(0.74063787, within(1e-8));
        assertThat(a[0] + a[1]).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void sidePriorMixesBlockDistributionWithEmissions() {
        assertThat(filter.sidePriorRight(new double[]{0.2, 0.8})).isCloseTo(0.2 * 0.2 + 0.8 * 0.8, within(1e-15));
    }

    @Test
    void usesTaskConfigParametersNotHardCodedOnes() {
        TaskConfig other = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.7, 0.3}, {0.3, 0.7}}, 0.1, 4, 20, 100, 10, 2,
                -0.05);
        BlockFilter f = new BlockFilter(other);
        double[] a = {0.5, 0.5};
        f.update(a, 1, true, a);
        assertThat(a[1]).isCloseTo(0.7, within(1e-15));
        double[] p = new double[2];
        f.predict(a, p);
        assertThat(p[1]).isCloseTo(0.9 * 0.7 + 0.1 * 0.3, within(1e-15));
    }

    @Test
    void rejectsMalformedEmissionMatrix() {
        TaskConfig bad = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.8, 0.2}}, 0.02, 4, 20, 100, 10, 2, -0.05);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BlockFilter(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block_side_probs");
    }
}
