package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tick steps and labels follow matplotlib's defaults (values checked against matplotlib 3.x by hand). */
class TicksTest {

    @Test
    void stepIsTheSmallestNiceStepAboveRangeOverBins() {
        // ax.set_xlim(-2.75, 2.75) on a 4-inch axes shows -2, -1, 0, 1, 2
        assertThat(Ticks.step(-2.75, 2.75, 9)).isEqualTo(1.0);
        assertThat(Ticks.step(0, 1.05, 6)).isEqualTo(0.2);
        assertThat(Ticks.step(-4.4, 4.4, 4)).isEqualTo(2.5);
        assertThat(Ticks.step(0, 50000, 5)).isEqualTo(10000);
    }

    @Test
    void valuesAreMultiplesOfTheStepInsideTheRange() {
        assertThat(Ticks.values(-0.3, 1.05, 0.5)).containsExactly(0.0, 0.5, 1.0);
        assertThat(Ticks.values(0.1, 0.2, 0.5)).isEmpty();
    }

    @Test
    void labelsUseTrueMinusAndStepDecimals() {
        assertThat(Ticks.decimals(2.5)).isEqualTo(1);
        assertThat(Ticks.decimals(0.25)).isEqualTo(2);
        assertThat(Ticks.decimals(2)).isZero();
        assertThat(Ticks.label(-2, 0)).isEqualTo("\u22122");
        assertThat(Ticks.label(-0.0, 1)).isEqualTo("0.0");
        assertThat(Ticks.label(0.5, 1)).isEqualTo("0.5");
    }

    @Test
    void autoBinsFollowAxisLength() {
        assertThat(Ticks.autoBins(120, 10, true)).isEqualTo(4);
        assertThat(Ticks.autoBins(120, 10, false)).isEqualTo(6);
        assertThat(Ticks.autoBins(1000, 10, false)).isEqualTo(9);
    }
}
