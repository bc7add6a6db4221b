package org.iblrnn.figures.reduced;

import java.awt.Color;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.LinearFit;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * seaborn's {@code regplot} as the original's observation-effect figures use it: points coloured through the
 * orange–blue map, the OLS line across the data's x range, a 99 % bootstrap band of the line, and a legend entry
 * "y=<slope>x+<intercept> (p<1e-5, r=<r>)".
 */
final class RegressionPanel {

    /** Bootstrap resamples of the confidence band. */
    static final int BOOTSTRAP = 1000;
    /** Points on the x grid of the line and band. */
    static final int GRID = 100;

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
        double[] gx = new double[GRID];
        double[] gy = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            gx[i] = lo + (hi - lo) * i / (GRID - 1);
            gy[i] = fit.intercept() + fit.slope() * gx[i];
        }
        double[][] boot = new double[GRID][BOOTSTRAP];
        int n = x.length;
        for (int b = 0; b < BOOTSTRAP; b++) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int k = 0; k < n; k++) {
                int i = rng.nextInt(n);
                sx += x[i];
                sy += y[i];
                sxx += x[i] * x[i];
                sxy += x[i] * y[i];
            }
            double den = n * sxx - sx * sx;
            double slope = den == 0 ? 0 : (n * sxy - sx * sy) / den;
            double icpt = (sy - slope * sx) / n;
            for (int i = 0; i < GRID; i++) {
                boot[i][b] = icpt + slope * gx[i];
            }
        }
        double[] bl = new double[GRID];
        double[] bh = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            Arrays.sort(boot[i]);
            bl[i] = percentile(boot[i], 0.5);
            bh[i] = percentile(boot[i], 99.5);
        }
        String pText = fit.pValue() < 1e-5 ? "p<1e-5" : String.format("p=%.5f", fit.pValue());
        String label = String.format("y=%.2fx+%.2f (%s, r=%.2f)", fit.slope(), fit.intercept(), pText, fit.r());
        p.add(Line.of(gx, gy).band(bl, bh).color(Color.BLACK).width(1.5f).label(label));
        return p;
    }

    /** numpy's linear-interpolation percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        double pos = q / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
