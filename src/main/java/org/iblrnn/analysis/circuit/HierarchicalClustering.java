package org.iblrnn.analysis.circuit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative hierarchical clustering over a distance matrix, and the flat clusters obtained by cutting the tree
 * at a height (scipy's {@code fcluster(..., criterion='distance')}: two items share a cluster iff they are joined at
 * a height ≤ the threshold). Naive O(n³), meant for tens of hidden units. Ties are broken by the lowest cluster
 * ids, so results are deterministic.
 */
public final class HierarchicalClustering {

    /**
     * One merge, as a row of scipy's linkage matrix.
     *
     * @param left   id of the first merged cluster (items are 0..n−1, the merge k creates id n + k)
     * @param right  id of the second
     * @param height linkage distance at which they merged
     * @param size   number of items in the new cluster
     */
    public record Merge(int left, int right, double height, int size) {
    }

    private final int n;
    private final List<Merge> merges;

    private HierarchicalClustering(int n, List<Merge> merges) {
        this.n = n;
        this.merges = List.copyOf(merges);
    }

    /**
     * Builds the tree.
     *
     * @param distances symmetric n × n matrix (input, not modified); NaN is not allowed
     */
    public static HierarchicalClustering of(double[][] distances, Linkage linkage) {
        int n = distances.length;
        if (n < 1) {
            throw new IllegalArgumentException("hierarchical clustering needs at least one item");
        }
        for (int i = 0; i < n; i++) {
            if (distances[i].length != n) {
                throw new IllegalArgumentException("distance matrix row " + i + " has " + distances[i].length
                        + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                if (Double.isNaN(distances[i][j])) {
                    throw new IllegalArgumentException("distance matrix has NaN at (" + i + ", " + j + ")");
                }
            }
        }
        // active clusters: id, members; d between active clusters by index in the active list
        List<int[]> members = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new int[]{i});
            ids.add(i);
        }
        double[][] d = new double[n][];
        for (int i = 0; i < n; i++) {
            d[i] = distances[i].clone();
        }
        List<double[]> dist = new ArrayList<>(Arrays.asList(d));
        List<Merge> merges = new ArrayList<>();
        int next = n;
        while (members.size() > 1) {
            int m = members.size();
            int bi = -1;
            int bj = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    double v = dist.get(i)[j];
                    if (v < best || bi < 0) {
                        best = v;
                        bi = i;
                        bj = j;
                    }
                }
            }
            int[] a = members.get(bi);
            int[] b = members.get(bj);
            int[] merged = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, merged, a.length, b.length);
            int idA = ids.get(bi);
            int idB = ids.get(bj);
            merges.add(new Merge(Math.min(idA, idB), Math.max(idA, idB), best, merged.length));
            // distances from the merged cluster to every other active cluster
            double[] row = new double[m];
            for (int k = 0; k < m; k++) {
                if (k == bi || k == bj) {
                    continue;
                }
                double da = dist.get(bi)[k];
                double db = dist.get(bj)[k];
                row[k] = switch (linkage) {
                    case COMPLETE -> Math.max(da, db);
                    case SINGLE -> Math.min(da, db);
                    case AVERAGE -> (da * a.length + db * b.length) / (a.length + b.length);
                };
            }
            // replace bi by the merged cluster, drop bj
            members.set(bi, merged);
            ids.set(bi, next++);
            for (int k = 0; k < m; k++) {
                dist.get(k)[bi] = row[k];
            }
            row[bi] = 0.0;
            dist.set(bi, row);
            members.remove(bj);
            ids.remove(bj);
            dist.remove(bj);
            for (int k = 0; k < dist.size(); k++) {
                double[] r = dist.get(k);
                double[] shorter = new double[r.length - 1];
                System.arraycopy(r, 0, shorter, 0, bj);
                System.arraycopy(r, bj + 1, shorter, bj, r.length - bj - 1);
                dist.set(k, shorter);
            }
        }
        return new HierarchicalClustering(n, merges);
    }

    /** Number of items. */
    public int size() {
        return n;
    }

    /** The n − 1 merges in order of increasing step. */
    public List<Merge> merges() {
        return merges;
    }

    /** Items in dendrogram leaf order (left subtree before right). */
    public int[] leafOrder() {
        if (n == 1) {
            return new int[]{0};
        }
        int[] out = new int[n];
        int[] pos = {0};
        visit(n + merges.size() - 1, out, pos);
        return out;
    }

    private void visit(int id, int[] out, int[] pos) {
        if (id < n) {
            out[pos[0]++] = id;
            return;
        }
        Merge m = merges.get(id - n);
        visit(m.left(), out, pos);
        visit(m.right(), out, pos);
    }

    /**
     * Flat clusters: items joined at a height ≤ {@code threshold} share a label. Labels are 1..K, numbered by
     * decreasing cluster size (ties: the cluster whose first item in leaf order comes first gets the lower label).
     */
    public int[] cut(double threshold) {
        int[] parent = new int[2 * n];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < merges.size(); k++) {
            Merge m = merges.get(k);
            if (m.height() <= threshold) {
                parent[find(parent, m.left())] = n + k;
                parent[find(parent, m.right())] = n + k;
            }
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = find(parent, i);
        }
        int[] order = leafOrder();
        List<Integer> roots = new ArrayList<>();
        int[] count = new int[2 * n];
        int[] firstPos = new int[2 * n];
        Arrays.fill(firstPos, Integer.MAX_VALUE);
        for (int p = 0; p < n; p++) {
            int r = root[order[p]];
            if (count[r]++ == 0) {
                roots.add(r);
                firstPos[r] = p;
            }
        }
        roots.sort((x, y) -> count[x] != count[y] ? Integer.compare(count[y], count[x])
                : Integer.compare(firstPos[x], firstPos[y]));
        int[] labelOf = new int[2 * n];
        for (int k = 0; k < roots.size(); k++) {
            labelOf[roots.get(k)] = k + 1;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = labelOf[root[i]];
        }
        return labels;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Euclidean distances between the rows of a matrix (scipy's {@code pdist}, square form). */
    public static double[][] euclideanRowDistances(double[][] rows) {
        int n = rows.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0.0;
                for (int k = 0; k < rows[i].length; k++) {
                    double v = rows[i][k] - rows[j][k];
                    s += v * v;
                }
                d[i][j] = Math.sqrt(s);
                d[j][i] = d[i][j];
            }
        }
        return d;
    }
}
