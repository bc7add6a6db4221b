package org.iblrnn.figures.statespace;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.iblrnn.analysis.statespace.LinearFit;

/**
 * seaborn's {@code regplot} line as the original's observation-effect figures draw it (S5 and R4): the OLS line, its
 * 99 % bootstrap band and the legend text.
 */
public final class RegressionBand {

    private RegressionBand() {
    }

    /**
     * seaborn regplot's line and 99 % bootstrap band: 1000 resamples of the pairs, OLS refit, 0.5/99.5 percentiles of
     * the predicted line on 100 points spanning [lo, hi]. Returns {x, fit, lower, upper}.
     */
    public static double[][] of(double[] x, double[] y, double lo, double hi, SplittableRandom rng) {
        int grid = 100;
        int boots = 1000;
        LinearFit fit = LinearFit.of(x, y);
        double[] gx = new double[grid];
        double[] gy = new double[grid];
        for (int i = 0; i < grid; i++) {
            gx[i] = lo + (hi - lo) * i / (grid - 1);
            gy[i] = fit.intercept() + fit.slope() * gx[i];
        }
        int n = x.length;
        double[] slopes = new double[boots];
        double[] intercepts = new double[boots];
        for (int b = 0; b < boots; b++) {
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
            double mx = sx / n;
            double my = sy / n;
            double cov = sxy / n - mx * my;
            double vx = sxx / n - mx * mx;
            slopes[b] = vx > 0 ? cov / vx : 0;
            intercepts[b] = my - slopes[b] * mx;
        }
        double[] lower = new double[grid];
        double[] upper = new double[grid];
        double[] pred = new double[boots];
        for (int i = 0; i < grid; i++) {
            for (int b = 0; b < boots; b++) {
                pred[b] = intercepts[b] + slopes[b] * gx[i];
            }
            Arrays.sort(pred);
            lower[i] = percentile(pred, 0.5);
            upper[i] = percentile(pred, 99.5);
        }
        return new double[][]{gx, gy, lower, upper};
    }

    private static double percentile(double[] sorted, double p) {
        double pos = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** The original's regression legend: "y=0.84x+-0.01 (p<1e-5, r=0.97)". */
    public static String label(LinearFit f) {
        String p = f.pValue() < 1e-5 ? "p<1e-5" : String.format(java.util.Locale.ROOT, "p=%.5f", f.pValue());
        return String.format(java.util.Locale.ROOT, "y=%.2fx+%.2f (%s, r=%.2f)", f.slope(), f.intercept(), p, f.r());
    }

}
