package org.iblrnn.analysis.behaviour;

import java.util.TreeMap;

/**
 * Fractions of correct, incorrect and timed-out trials per signed strength (B11), each row summing to 1.
 *
 * @param signedStrengths ascending signed strengths present in the data
 * @param correct         correct actions / trials
 * @param incorrect       wrong actions / trials
 * @param timeout         timeouts / trials
 * @param trials          trials per strength
 */
public record TrialOutcomeFractions(double[] signedStrengths, double[] correct, double[] incorrect, double[] timeout,
                                   int[] trials) {

    /** Counts the outcomes of every trial of {@code a}. */
    public static TrialOutcomeFractions of(AgentTrials a) {
        TreeMap<Double, int[]> acc = new TreeMap<>();
        double[] s = a.trials().signedStrength();
        for (int i = 0; i < a.size(); i++) {
            int[] c = acc.computeIfAbsent(s[i] + 0.0, k -> new int[3]);
            c[0]++;
            if (a.actionTaken()[i]) {
                c[1]++;
                if (a.correct()[i] == 1.0) {
                    c[2]++;
                }
            }
        }
        int n = acc.size();
        double[] keys = new double[n];
        double[] cor = new double[n];
        double[] inc = new double[n];
        double[] to = new double[n];
        int[] trials = new int[n];
        int j = 0;
        for (var e : acc.entrySet()) {
            int[] c = e.getValue();
            keys[j] = e.getKey();
            trials[j] = c[0];
            cor[j] = (double) c[2] / c[0];
            inc[j] = (double) (c[1] - c[2]) / c[0];
            to[j] = (double) (c[0] - c[1]) / c[0];
            j++;
        }
        return new TrialOutcomeFractions(keys, cor, inc, to, trials);
    }
}
