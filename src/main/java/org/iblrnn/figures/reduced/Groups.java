package org.iblrnn.figures.reduced;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Mean, SEM (sample SD with ddof 1 / √n; NaN for n = 1) and count of values grouped by a numeric key, keys sorted
 * ascending (pandas {@code groupby(...).agg(['mean', 'sem', 'size'])}). −0.0 and 0.0 are one key.
 *
 * @param keys  the distinct keys, ascending
 * @param mean  the mean per key
 * @param sem   the standard error per key
 * @param count the number of values per key
 */
record Groups(double[] keys, double[] mean, double[] sem, int[] count) {

    /** Groups {@code value(row)} by {@code key(row)} over the rows 0..n−1 accepted by {@code keep}. */
    static Groups of(int n, IntPredicate keep, IntToDoubleFunction key, IntToDoubleFunction value) {
        Map<Double, double[]> acc = new TreeMap<>();
        for (int r = 0; r < n; r++) {
            if (!keep.test(r)) {
                continue;
            }
            double v = value.applyAsDouble(r);
            double[] a = acc.computeIfAbsent(key.applyAsDouble(r) + 0.0, k -> new double[3]);
            a[0]++;
            a[1] += v;
            a[2] += v * v;
        }
        int k = acc.size();
        double[] keys = new double[k];
        double[] mean = new double[k];
        double[] sem = new double[k];
        int[] count = new int[k];
        int i = 0;
        for (Map.Entry<Double, double[]> e : acc.entrySet()) {
            double[] a = e.getValue();
            keys[i] = e.getKey();
            count[i] = (int) a[0];
            mean[i] = a[1] / a[0];
            double var = a[0] > 1 ? Math.max(0, (a[2] - a[0] * mean[i] * mean[i]) / (a[0] - 1)) : Double.NaN;
            sem[i] = Math.sqrt(var / a[0]);
            i++;
        }
        return new Groups(keys, mean, sem, count);
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
