package org.iblrnn.analysis.behaviour;

import java.util.Arrays;
import java.util.TreeMap;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.iblrnn.math.StandardError;

/**
 * Mean, standard error and count of a value per key, keys ascending (pandas {@code groupby(key).agg(mean, sem,
 * size)}). SEM is the sample standard deviation (ddof 1) over √n, so a group of one has a NaN SEM, which the figures
 * draw as a gap in the band. Keys −0.0 and +0.0 are one group (zero strength × a side gives both).
 *
 * @param keys  group keys, ascending, distinct
 * @param mean  mean value per group
 * @param sem   standard error of the mean per group (NaN when n = 1)
 * @param count number of values per group (≥ 1)
 */
public record GroupedStats(double[] keys, double[] mean, double[] sem, int[] count) {

    /** No groups. */
    public static final GroupedStats EMPTY = new GroupedStats(new double[0], new double[0], new double[0], new int[0]);

    public GroupedStats {
        int n = keys.length;
        if (mean.length != n || sem.length != n || count.length != n) {
            throw new IllegalArgumentException("GroupedStats needs parallel arrays but got keys " + n + ", mean "
                    + mean.length + ", sem " + sem.length + ", count " + count.length);
        }
    }

    /** Groups {@code values[i]} by {@code keys[i]}; NaN values and NaN keys are skipped. */
    public static GroupedStats of(double[] keys, double[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("GroupedStats.of: " + keys.length + " keys but " + values.length
                    + " values; pass one key per value");
        }
        TreeMap<Double, DescriptiveStatistics> acc = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (!Double.isNaN(keys[i]) && !Double.isNaN(values[i])) {
                acc.computeIfAbsent(keys[i] + 0.0, x -> new DescriptiveStatistics()).addValue(values[i]);
            }
        }
        int n = acc.size();
        double[] k = new double[n];
        double[] m = new double[n];
        double[] s = new double[n];
        int[] c = new int[n];
        int i = 0;
        for (var e : acc.entrySet()) {
            DescriptiveStatistics g = e.getValue();
            k[i] = e.getKey();
            c[i] = (int) g.getN();
            m[i] = g.getMean();
            s[i] = StandardError.of(g);
            i++;
        }
        return new GroupedStats(k, m, s, c);
    }

    /** Number of groups. */
    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** The groups with more than {@code n} values (the original keeps "size > 1" groups for most curves). */
    public GroupedStats withCountAbove(int n) {
        int m = 0;
        for (int c : count) {
            if (c > n) {
                m++;
            }
        }
        double[] k = new double[m];
        double[] mu = new double[m];
        double[] s = new double[m];
        int[] c = new int[m];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (count[i] > n) {
                k[j] = keys[i];
                mu[j] = mean[i];
                s[j] = sem[i];
                c[j++] = count[i];
            }
        }
        return new GroupedStats(k, mu, s, c);
    }

    /** Keys shifted by {@code dx} (e.g. 0-based trial index → 1-based trial number). */
    public GroupedStats shiftKeys(double dx) {
        double[] k = keys.clone();
        for (int i = 0; i < k.length; i++) {
            k[i] += dx;
        }
        return new GroupedStats(k, mean, sem, count);
    }

    /** Means scaled by {@code f} (SEMs scale by |f|). */
    public GroupedStats scale(double f) {
        double[] m = mean.clone();
        double[] s = sem.clone();
        for (int i = 0; i < m.length; i++) {
            m[i] *= f;
            s[i] *= Math.abs(f);
        }
        return new GroupedStats(keys, m, s, count);
    }

    /** Position of {@code key} among the keys, or −1 (−0.0 matches 0.0). */
    public int indexOf(double key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** Mean at {@code key}, or NaN when there is no such group. */
    public double meanAt(double key) {
        int i = indexOf(key);
        return i < 0 ? Double.NaN : mean[i];
    }

    /** SEM at {@code key}, or NaN when there is no such group. */
    public double semAt(double key) {
        int i = indexOf(key);
        return i < 0 ? Double.NaN : sem[i];
    }

    /** Count at {@code key}, 0 when there is no such group. */
    public int countAt(double key) {
        int i = indexOf(key);
        return i < 0 ? 0 : count[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupedStats g && Arrays.equals(keys, g.keys) && Arrays.equals(mean, g.mean)
                && Arrays.equals(sem, g.sem) && Arrays.equals(count, g.count);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys) * 31 + Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("GroupedStats[");
        for (int i = 0; i < keys.length; i++) {
            b.append(i == 0 ? "" : ", ").append(keys[i]).append(": ").append(String.format("%.3f±%.3f (n=%d)",
                    mean[i], sem[i], count[i]));
        }
        return b.append(']').toString();
    }
}
