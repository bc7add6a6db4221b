package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** Colour maps hit matplotlib's anchor colours and clip outside [0, 1]. */
class ColorMapTest {

    @Test
    void endsAndMiddlesMatchMatplotlib() {
        assertThat(ColorMap.VIRIDIS.at(0)).isEqualTo(new Color(0x440154));
        assertThat(ColorMap.VIRIDIS.at(1)).isEqualTo(new Color(0xfde725));
        assertThat(ColorMap.RDBU_R.at(0.5)).isEqualTo(new Color(0xf7f7f7));
        assertThat(ColorMap.RDBU_R.at(0)).isEqualTo(new Color(0x053061));
        assertThat(ColorMap.JET.at(0.5).getGreen()).isGreaterThan(240);
        assertThat(ColorMap.GNUPLOT2.at(0)).isEqualTo(Color.BLACK);
        assertThat(ColorMap.GNUPLOT2.at(1)).isEqualTo(Color.WHITE);
    }

    @Test
    void valuesOutsideTheScaleClipAndNanIsTransparent() {
        assertThat(ColorMap.VIRIDIS.at(5, 0, 1)).isEqualTo(ColorMap.VIRIDIS.at(1));
        assertThat(ColorMap.VIRIDIS.at(-5, 0, 1)).isEqualTo(ColorMap.VIRIDIS.at(0));
        assertThat(ColorMap.VIRIDIS.at(Double.NaN).getAlpha()).isZero();
    }

    @Test
    void reversedAndSubMapsReuseTheSameColours() {
        assertThat(ColorMap.VIRIDIS.reversed().at(0)).isEqualTo(ColorMap.VIRIDIS.at(1));
        assertThat(ColorMap.RDBU_R.sub(0.5, 1).at(0)).isEqualTo(ColorMap.RDBU_R.at(0.5));
    }
}
