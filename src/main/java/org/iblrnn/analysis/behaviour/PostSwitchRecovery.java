package org.iblrnn.analysis.behaviour;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * How accuracy recovers at the start of each block as a function of the previous block's duration (B8): for every
 * block after the first, a least-squares line of correctness (0/1) on trial index over its first {@code firstTrials}
 * trials; slopes and intercepts are then averaged per previous-block duration (= its last trial index, as in the
 * original, i.e. length − 1). Blocks with fewer than two of those trials are skipped (no line).
 *
 * @param slopes     mean ± SEM of the slopes by previous-block duration
 * @param intercepts mean ± SEM of the intercepts by previous-block duration
 * @param blocks     number of blocks fitted
 */
public record PostSwitchRecovery(GroupedStats slopes, GroupedStats intercepts, int blocks) {

    /** Fits the line for each block of {@code a} (trials in session order). */
    public static PostSwitchRecovery of(AgentTrials a, int firstTrials) {
        if (firstTrials < 2) {
            throw new IllegalArgumentException("PostSwitchRecovery needs firstTrials >= 2 but got " + firstTrials);
        }
        var t = a.trials();
        int n = a.size();
        List<double[]> rows = new ArrayList<>();
        int i = 0;
        int prevLast = -1;
        int prevSession = -1;
        while (i < n) {
            int j = i;
            while (j < n && t.blockIndex()[j] == t.blockIndex()[i] && t.sessionIndex()[j] == t.sessionIndex()[i]) {
                j++;
            }
            int lastIndex = t.trialWithinBlock()[j - 1];
            if (prevLast >= 0 && prevSession == t.sessionIndex()[i]) {
                SimpleRegression line = new SimpleRegression();
                for (int k = i; k < j; k++) {
                    if (t.trialWithinBlock()[k] < firstTrials) {
                        line.addData(t.trialWithinBlock()[k], a.correct()[k]);
                    }
                }
                double slope = line.getSlope(); // NaN for fewer than 2 trials or a single trial index
                if (Double.isFinite(slope)) {
                    rows.add(new double[] {prevLast, slope, line.getIntercept()});
                }
            }
            prevLast = lastIndex;
            prevSession = t.sessionIndex()[i];
            i = j;
        }
        double[] d = new double[rows.size()];
        double[] s = new double[rows.size()];
        double[] c = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            d[k] = rows.get(k)[0];
            s[k] = rows.get(k)[1];
            c[k] = rows.get(k)[2];
        }
        return new PostSwitchRecovery(GroupedStats.of(d, s), GroupedStats.of(d, c), rows.size());
    }
}
