package org.iblrnn.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class StandardErrorTest {

    @Test
    void isTheSampleStandardDeviationOverRootN() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample variance 32/7
        double sem = StandardError.of(new DescriptiveStatistics(new double[] {2, 4, 4, 4, 5, 5, 7, 9}));
        assertThat(sem).isCloseTo(Math.sqrt(32.0 / 7 / 8), within(1e-15));
        assertThat(StandardError.of(new DescriptiveStatistics(new double[] {3}))).isNaN();
    }
}
