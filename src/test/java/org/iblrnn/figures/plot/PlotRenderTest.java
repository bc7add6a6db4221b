package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every plot kind renders at the requested pixel size with visible content in the expected colours. */
class PlotRenderTest {

    private static final double DPI = 60;

    @Test
    void everyPlotKindHasPixelSizeOfInchesTimesDpiAndVisibleContent() {
        for (Map.Entry<String, Drawable> e : Demos.all().entrySet()) {
            Drawable d = e.getValue();
            BufferedImage img = PngWriter.render(d, DPI);
            assertThat(img.getWidth()).as(e.getKey()).isEqualTo((int) Math.round(d.widthInches() * DPI));
            assertThat(img.getHeight()).as(e.getKey()).isEqualTo((int) Math.round(d.heightInches() * DPI));
            // at least 1 % of the central region is painted
            assertThat(Pixels.nonWhiteCentre(img)).as(e.getKey())
                    .isGreaterThan(img.getWidth() * img.getHeight() * 36 / 10000);
        }
    }

    @Test
    void leftAndRightSeriesAppearInTheirHouseColours() {
        BufferedImage img = PngWriter.render(Demos.leftRight(), 100);
        assertThat(Pixels.count(img, HouseStyle.LEFT, 6)).isGreaterThan(50);
        assertThat(Pixels.count(img, HouseStyle.RIGHT, 6)).isGreaterThan(50);
    }

    @Test
    void aPlotWithOnlyARightSeriesHasNoLeftColour() {
        LinePlot p = new LinePlot().size(4, 3)
                .add(Line.of(new double[] {0, 1, 2}, new double[] {0, 1, 0}).color(HouseStyle.RIGHT));
        BufferedImage img = PngWriter.render(p, 100);
        assertThat(Pixels.count(img, HouseStyle.RIGHT, 6)).isGreaterThan(50);
        assertThat(Pixels.count(img, HouseStyle.LEFT, 30)).isZero();
    }

    @Test
    void heatmapColourBarRunsFromVminColourAtBottomToVmaxColourAtTop() {
        double[][] m = {{-0.5, 0.0}, {0.25, 0.5}};
        HeatmapPlot p = new HeatmapPlot(m).size(4, 3).colorMap(ColorMap.VIRIDIS).limits(-1, 1);
        BufferedImage img = PngWriter.render(p, 100);
        int x0 = img.getWidth() * 3 / 4;
        Color top = ColorMap.VIRIDIS.at(1.0);
        Color bottom = ColorMap.VIRIDIS.at(0.0);
        // the extremes -1 and +1 are not in the matrix, so they can only come from the colour bar
        double topRow = Pixels.meanRow(img, top, 4, x0, img.getWidth());
        double bottomRow = Pixels.meanRow(img, bottom, 4, x0, img.getWidth());
        assertThat(topRow).isNotNaN();
        assertThat(bottomRow).isNotNaN();
        assertThat(topRow).isLessThan(bottomRow);
        assertThat(Pixels.count(img, top, 4, 0, 0, x0 - 40, img.getHeight())).isZero();
    }

    @Test
    void symmetricHeatmapLimitsAreCentredOnZero() {
        HeatmapPlot p = new HeatmapPlot(new double[][] {{-0.2, 0.7}}).symmetric();
        assertThat(p.colorLimits()).containsExactly(-0.7, 0.7);
        HeatmapPlot q = new HeatmapPlot(new double[][] {{-0.2, 0.7}});
        assertThat(q.colorLimits()).containsExactly(-0.2, 0.7);
    }

    @Test
    void quiverArrowsUseTheColourOfTheirLength() {
        double[] x = {0, 1};
        double[] y = {0, 0};
        double[] u = {0.8, 0.8};
        double[] v = {0, 0};
        QuiverPlot q = new QuiverPlot().size(4, 3).colorMap(ColorMap.VIRIDIS).colorLimits(0, 1.6)
                .arrows(x, y, u, v, new double[] {1.6, 1.6}, 1.0, 1.0).noColorBar();
        BufferedImage img = PngWriter.render(q, 100);
        assertThat(Pixels.count(img, ColorMap.VIRIDIS.at(1.0), 6)).isGreaterThan(30);
    }

    @Test
    void histogramCountsPutEveryValueInOneBin() {
        double[] e = {0, 1, 2, 3};
        assertThat(Histogram.counts(new double[] {0, 0.5, 1, 2.9, 3, 7, Double.NaN}, e, false))
                .containsExactly(2, 1, 2);
        double[] dens = Histogram.counts(new double[] {0.5, 1.5, 1.6, 2.5}, e, true);
        assertThat(dens[0] + dens[1] + dens[2]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void legendKeepsTheFirstOfDuplicateLabels() {
        LinePlot p = new LinePlot()
                .add(Line.of(new double[] {0, 1}, new double[] {0, 1}).label("RNN").color(Color.RED))
                .add(Line.of(new double[] {0, 1}, new double[] {1, 0}).label("RNN").color(Color.BLUE))
                .add(Line.of(new double[] {0, 1}, new double[] {1, 1}).label("Bayes"));
        assertThat(Legend.entries(p.artists())).extracting(LegendEntry::label).containsExactly("RNN", "Bayes");
        assertThat(Legend.entries(p.artists()).get(0).color()).isEqualTo(Color.RED);
    }

    @Test
    void automaticLimitsAddFivePercentMarginsAndFixedLimitsWin() {
        LinePlot p = new LinePlot().add(Line.of(new double[] {0, 10}, new double[] {-1, 1}));
        assertThat(p.limits(PanelOverrides.NONE)).containsExactly(-0.5, 10.5, -1.1, 1.1);
        p.yLim(0, 2);
        assertThat(p.limits(PanelOverrides.NONE)).containsExactly(-0.5, 10.5, 0, 2);
    }

    @Test
    void badInputIsRejectedWithAMessageNamingIt() {
        assertThatThrownBy(() -> Line.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line.of");
        assertThatThrownBy(() -> new LinePlot().xLim(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xLim");
        assertThatThrownBy(() -> new HeatmapPlot(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> new Grid(2, 2).set(2, 0, new LinePlot()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> new BarPlot("a").add(new double[] {1, 2}, null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("categories");
    }

    @Test
    void sharedGridAxesUseTheUnionOfPanelLimits() {
        LinePlot a = new LinePlot().add(Line.of(new double[] {0, 1}, new double[] {0, 1}));
        LinePlot b = new LinePlot().add(Line.of(new double[] {0, 3}, new double[] {0, 5}));
        Grid g = new Grid(1, 2).shareY().set(0, 0, a).set(0, 1, b).size(6, 3);
        BufferedImage img = PngWriter.render(g, 60);
        assertThat(img.getWidth()).isEqualTo(360);
        assertThat(Pixels.nonWhiteCentre(img)).isPositive();
    }
}
