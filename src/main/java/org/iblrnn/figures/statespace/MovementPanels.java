package org.iblrnn.figures.statespace;

import java.awt.Color;
import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.LinearFit;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LegendLocation;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.PlotBase;

/** The regression-plot panel of S5 and S6: coloured scatter, OLS line with 99 % bootstrap band, legend. */
final class MovementPanels {

    private MovementPanels() {
    }

    static LinePlot regression(double[] x, double[] y, Color[] colors, LinearFit fit, String xLabel, String yLabel,
                               SplittableRandom rng) {
        double[] xr = Drawing.range(x);
        double pad = 0.05 * (xr[1] - xr[0]);
        double[][] band = RegressionBand.of(x, y, xr[0] - pad, xr[1] + pad, rng);
        LinePlot p = new LinePlot().xLabel(xLabel).yLabel(yLabel).aspect(PlotBase.Aspect.EQUAL_DATALIM);
        p.add(Line.of(x, y).noLine().marker(1).pointColors(colors));
        p.add(Line.of(band[0], band[1]).color(HouseStyle.IDEAL).width(1.5f).band(band[2], band[3])
                .label(RegressionBand.label(fit)));
        return p.legend(LegendLocation.UPPER_LEFT);
    }
}
