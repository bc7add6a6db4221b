package org.iblrnn.fitmice.group;

import org.hipparchus.stat.inference.WilcoxonSignedRankTest;
import org.iblrnn.compare.MeanSem;

/**
 * Two models compared mouse by mouse on held-out NLL per trial: d = NLL(a) − NLL(b) for every mouse (negative: a
 * predicts that mouse better). Significance by the two-sided Wilcoxon signed-rank test (exact up to 30 mice, else the
 * normal approximation), which asks whether the median difference is zero without assuming it is Gaussian.
 *
 * @param a          the first model
 * @param b          the second model
 * @param difference mean ± SEM of d over mice (nats per trial)
 * @param aBetter    mice in which a has the lower NLL
 * @param pValue     two-sided Wilcoxon signed-rank p (1 when every difference is 0)
 */
public record PairedComparison(String a, String b, MeanSem difference, int aBetter, double pValue) {

    /** Significance level for "significantly worse". */
    public static final double LEVEL = 0.05;

    public static PairedComparison of(String a, String b, double[] nllA, double[] nllB) {
        int n = nllA.length;
        double[] d = new double[n];
        int better = 0;
        boolean allZero = true;
        for (int i = 0; i < n; i++) {
            d[i] = nllA[i] - nllB[i];
            better += d[i] < 0 ? 1 : 0;
            allZero &= d[i] == 0.0;
        }
        double p = allZero || n < 2 ? 1.0 : new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nllA, nllB, n <= 30);
        return new PairedComparison(a, b, MeanSem.of(d), better, p);
    }

    /** Whether a predicts significantly worse than b (mean difference &gt; 0 and p &lt; {@link #LEVEL}). */
    public boolean aSignificantlyWorse() {
        return difference.mean() > 0 && pValue < LEVEL;
    }
}
