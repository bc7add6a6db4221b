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

    @Test
    void autoTicksKeepMatplotlibsChoiceWhenItsLabelsFit() {
        // a 4-inch axis over [-2.75, 2.75]: matplotlib's -2 ... 2
        assertThat(Ticks.auto(-2.75, 2.75, 230, true, 10).values()).containsExactly(-2, -1, 0, 1, 2);
        assertThat(Ticks.auto(0, 1.05, 160, false, 10).labels()).containsExactly("0.0", "0.2", "0.4", "0.6", "0.8",
                "1.0");
    }

    @Test
    void aShortAxisGetsSeveralTicksWhoseLabelsDoNotTouch() {
        // an 80-point PCA axis over [-4.5, 4.5]: matplotlib's step 5 shows only 0, 2.5 crowds; -4, 0, 4 fit
        AxisTicks t = Ticks.auto(-4.5, 4.5, 80, true, 10);
        assertThat(t.values()).containsExactly(-4, 0, 4);
        assertThat(Ticks.fits(t, -4.5, 4.5, 80, true, 10)).isTrue();
        // the labels of every automatic choice keep their gap, whatever the length
        for (double len = 20; len < 400; len += 7) {
            AxisTicks a = Ticks.auto(-0.37, 123.4, len, true, 10);
            assertThat(Ticks.fits(a, -0.37, 123.4, len, true, 10)).as("length %s", len).isTrue();
        }
    }
}
