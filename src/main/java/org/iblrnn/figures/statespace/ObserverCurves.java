package org.iblrnn.figures.statespace;

import java.util.Map;
import java.util.TreeMap;

/**
 * A task-aligned coordinate of the RNN and the Bayesian observer's posterior mapped onto it (scale·(2p − 1)), both as
 * mean ± SEM curves over a key (trial within block, step within trial), for the figures that lay one over the other.
 *
 * @param rnn      {x, mean, sem} of the RNN's coordinate
 * @param observer {x, mean, sem} of the scaled posterior
 */
record ObserverCurves(double[][] rnn, double[][] observer) {

    /**
     * Over {@code rows}: keys from {@code keyColumn}, the RNN from {@code coordinate}, the observer from
     * {@code posteriorRight} scaled by {@code scale}.
     */
    static ObserverCurves of(int[] rows, int[] keyColumn, double[] coordinate, double[] posteriorRight, double scale) {
        int[] keys = new int[rows.length];
        double[] rnn = new double[rows.length];
        double[] ideal = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int r = rows[k];
            keys[k] = keyColumn[r];
            rnn[k] = coordinate[r];
            ideal[k] = scale * (2 * posteriorRight[r] - 1);
        }
        return new ObserverCurves(curve(Drawing.meanSem(keys, rnn)), curve(Drawing.meanSem(keys, ideal)));
    }

    /** {x, mean, sem} of groups with more than one member. */
    private static double[][] curve(TreeMap<Integer, double[]> stats) {
        int n = (int) stats.values().stream().filter(v -> v[2] > 1).count();
        double[][] out = new double[3][n];
        int i = 0;
        for (Map.Entry<Integer, double[]> e : stats.entrySet()) {
            if (e.getValue()[2] > 1) {
                out[0][i] = e.getKey();
                out[1][i] = e.getValue()[0];
                out[2][i++] = e.getValue()[1];
            }
        }
        return out;
    }
}
