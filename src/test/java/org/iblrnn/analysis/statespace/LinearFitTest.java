package org.iblrnn.analysis.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearFitTest {

    @Test
    void exactLineHasUnitCorrelationAndZeroP() {
        LinearFit f = LinearFit.of(new double[]{-1, 0, 1, 2}, new double[]{-2.5, -0.5, 1.5, 3.5});
        assertThat(f.slope()).isCloseTo(2.0, within(1e-12));
        assertThat(f.intercept()).isCloseTo(-0.5, within(1e-12));
        assertThat(f.r()).isCloseTo(1.0, within(1e-12));
        assertThat(f.pValue()).isZero();
    }

    @Test
    void matchesHandComputedStatistics() {
        // x = 1..5, y = (2, 1, 4, 3, 5): Sxx = 10, Sxy = 8, Syy = 10 → slope 0.8, r = 0.8, intercept 3 − 0.8·3 = 0.6
        LinearFit f = LinearFit.of(new double[]{1, 2, 3, 4, 5}, new double[]{2, 1, 4, 3, 5});
        assertThat(f.slope()).isCloseTo(0.8, within(1e-12));
        assertThat(f.intercept()).isCloseTo(0.6, within(1e-12));
        assertThat(f.r()).isCloseTo(0.8, within(1e-12));
        // t = 0.8·sqrt(3/0.36) = 2.3094 with 3 df: two-sided p = 0.1041 (t tables)
        assertThat(f.pValue()).isCloseTo(0.1041, within(5e-4));
        assertThat(LinearFit.throughOrigin(new double[]{1, 2}, new double[]{2, 4})).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void constantResponseIsAFlatUncorrelatedLineAndConstantRegressorHasNoFit() {
        LinearFit flat = LinearFit.of(new double[]{1, 2, 3}, new double[]{4, 4, 4});
        assertThat(flat.slope()).isZero();
        assertThat(flat.intercept()).isCloseTo(4.0, within(1e-12));
        assertThat(flat.r()).isZero();
        assertThat(flat.pValue()).isEqualTo(1.0);
        assertThat(LinearFit.of(new double[]{2, 2, 2}, new double[]{1, 2, 3}).slope()).isNaN();
        assertThat(LinearFit.of(new double[]{1, 2}, new double[]{1, 2}).r()).isNaN();
    }
}
