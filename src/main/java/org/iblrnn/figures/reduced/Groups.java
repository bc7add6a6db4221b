package org.iblrnn.figures.reduced;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.iblrnn.analysis.behaviour.GroupedStats;

/**
 * Mean, SEM (sample SD with ddof 1 / √n; NaN for n = 1) and count of values grouped by a numeric key, keys sorted
 * ascending (pandas {@code groupby(...).agg(['mean', 'sem', 'size'])}), computed by {@link GroupedStats}. −0.0 and
 * 0.0 are one key; NaN values are skipped.
 *
 * @param keys  the distinct keys, ascending
 * @param mean  the mean per key
 * @param sem   the standard error per key
 * @param count the number of values per key
 */
record Groups(double[] keys, double[] mean, double[] sem, int[] count) {

    /** Groups {@code value(row)} by {@code key(row)} over the rows 0..n−1 accepted by {@code keep}. */
    static Groups of(int n, IntPredicate keep, IntToDoubleFunction key, IntToDoubleFunction value) {
        double[] k = new double[n];
        double[] v = new double[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            if (keep.test(r)) {
                k[m] = key.applyAsDouble(r);
                v[m++] = value.applyAsDouble(r);
            }
        }
        GroupedStats g = GroupedStats.of(Arrays.copyOf(k, m), Arrays.copyOf(v, m));
        return new Groups(g.keys(), g.mean(), g.sem(), g.count());
    }

    /** Only the groups with more than {@code min} values. */
    Groups withCountAbove(int min) {
        int k = 0;
        for (int c : count) {
            if (c > min) {
                k++;
            }
        }
        double[] ks = new double[k];
        double[] m = new double[k];
        double[] s = new double[k];
        int[] c = new int[k];
        int j = 0;
        for (int i = 0; i < count.length; i++) {
            if (count[i] > min) {
                ks[j] = keys[i];
                m[j] = mean[i];
                s[j] = sem[i];
                c[j++] = count[i];
            }
        }
        return new Groups(ks, m, s, c);
    }

    /** The keys shifted by {@code dx} (e.g. 0-based trial index → 1-based). */
    double[] keysPlus(double dx) {
        double[] out = keys.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += dx;
        }
        return out;
    }

    int size() {
        return keys.length;
    }
}
