package org.iblrnn.analysis.circuit;

import java.util.ArrayList;
import java.util.List;

/**
 * The "effective circuit" of figures M4/M5: units grouped by their loading on the unit-norm stimulus (right-action)
 * readout t and the unit-norm block readout b, each binned at ±cutoff, and the mean recurrent weight between groups.
 * Groups: "Block+" / "Block-" (|t| ≤ cutoff, b above / below), "Stim+" / "Stim-" (|b| ≤ cutoff, t above / below),
 * and "Remainder" (everything else, including units tuned to both). An empty group gives NaN entries instead of
 * the original's failure.
 *
 * @param names        group names in display order: Block+, Block-, Stim+, Stim-, Remainder
 * @param group        group index (into {@code names}) per unit
 * @param meanWeights  [to][from] mean recurrent weight (W_hh, or a gated core's {@link EffectiveWeights}) over
 *                     receiving units of group "to" and sending units of group "from"
 * @param order        units sorted by group (stable within a group)
 * @param cutoff       the bin edge
 */
public record ClusterAverages(List<String> names, int[] group, double[][] meanWeights, int[] order, double cutoff) {

    /** The original's cutoff. */
    public static final double DEFAULT_CUTOFF = 0.15;
    /** Display order of the groups. */
    public static final List<String> NAMES = List.of("Block+", "Block-", "Stim+", "Stim-", "Remainder");

    /**
     * @param trialVector unit-norm right-action readout row (length H)
     * @param blockVector unit-norm block readout vector in the full state space (length H)
     * @param whh         H × H recurrent (or effective) weights, W[i][j] from unit j to unit i
     */
    public static ClusterAverages of(double[] trialVector, double[] blockVector, double[][] whh, double cutoff) {
        int h = whh.length;
        if (trialVector.length != h || blockVector.length != h) {
            throw new IllegalArgumentException("readout vectors have lengths " + trialVector.length + " and "
                    + blockVector.length + " but the weights are " + h + " x " + h);
        }
        int[] group = new int[h];
        for (int i = 0; i < h; i++) {
            int t = bin(trialVector[i], cutoff);
            int b = bin(blockVector[i], cutoff);
            group[i] = t == 0 && b > 0 ? 0 : t == 0 && b < 0 ? 1 : b == 0 && t > 0 ? 2 : b == 0 && t < 0 ? 3 : 4;
        }
        int g = NAMES.size();
        double[][] sum = new double[g][g];
        int[][] n = new int[g][g];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                sum[group[i]][group[j]] += whh[i][j];
                n[group[i]][group[j]]++;
            }
        }
        double[][] mean = new double[g][g];
        for (int a = 0; a < g; a++) {
            for (int c = 0; c < g; c++) {
                mean[a][c] = n[a][c] == 0 ? Double.NaN : sum[a][c] / n[a][c];
            }
        }
        List<Integer> ord = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            for (int i = 0; i < h; i++) {
                if (group[i] == k) {
                    ord.add(i);
                }
            }
        }
        return new ClusterAverages(NAMES, group, mean, ord.stream().mapToInt(Integer::intValue).toArray(), cutoff);
    }

    /** −1 for v ≤ −cutoff, +1 for v > cutoff, else 0 (pandas cut bins (−∞, −c], (−c, c], (c, ∞)). */
    static int bin(double v, double cutoff) {
        return v <= -cutoff ? -1 : v > cutoff ? 1 : 0;
    }

    /** Number of units in each group, in {@link #NAMES} order. */
    public int[] groupSizes() {
        int[] s = new int[NAMES.size()];
        for (int g : group) {
            s[g]++;
        }
        return s;
    }
}
