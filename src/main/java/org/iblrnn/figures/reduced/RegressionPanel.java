package org.iblrnn.figures.reduced;

import java.awt.Color;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.LinearFit;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.statespace.RegressionBand;

/**
 * seaborn's {@code regplot} as the original's observation-effect figures use it: points coloured through the
 * orange–blue map, and {@link RegressionBand}'s OLS line with its 99 % bootstrap band across the data's x range.
 */
final class RegressionPanel {

    private RegressionPanel() {
    }

    /**
     * @param colorLimit values in [−limit, limit] span the colour map (a two-slope norm centred at 0), beyond clipped
     * @param rng        draws the bootstrap resamples
     */
    static LinePlot of(double[] x, double[] y, double colorLimit, SplittableRandom rng) {
        LinePlot p = new LinePlot();
        Color[] colors = new Color[x.length];
        for (int i = 0; i < x.length; i++) {
            colors[i] = ColorMap.ORANGE_BLUE.at(y[i], -colorLimit, colorLimit);
        }
        if (x.length > 0) {
            p.add(Line.of(x, y).noLine().marker(1).pointColors(colors).color(colors[0]));
        }
        LinearFit fit = LinearFit.of(x, y);
        if (!Double.isFinite(fit.slope())) {
            return p;
        }
        double lo = Arrays.stream(x).min().orElse(0);
        double hi = Arrays.stream(x).max().orElse(1);
        double[][] band = RegressionBand.of(x, y, lo, hi, rng);
        p.add(Line.of(band[0], band[1]).band(band[2], band[3]).color(Color.BLACK).width(1.5f)
                .label(RegressionBand.label(fit)));
        return p;
    }
}
