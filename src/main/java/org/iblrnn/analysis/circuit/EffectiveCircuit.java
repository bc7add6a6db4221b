package org.iblrnn.analysis.circuit;

/**
 * Functional populations of hidden units and the recurrent weights between them (figures M1, M2): units are
 * clustered by their activity correlations (Euclidean distances between rows of the correlation matrix, complete
 * linkage, tree cut at half the largest distance, as the original), and the correlation and recurrent weight
 * matrices are reordered by cluster.
 *
 * @param correlations        H × H Pearson correlations of the units' activity, symmetrised; a constant unit has
 *                            correlation 0 with every other unit and 1 with itself
 * @param labels              cluster label (1..K, 1 = largest) per unit, in the original unit order
 * @param order               unit order for display: by label, then dendrogram leaf order
 * @param weights             the recurrent weights (H × H, W[i][j] = weight from unit j to unit i), original
 *                            order: W_hh for a tanh RNN, the {@link EffectiveWeights} of a gated core
 * @param orderedCorrelations correlations with rows and columns in {@code order}
 * @param orderedWeights      the weights with rows and columns in {@code order}
 * @param clusterSizes        size of cluster k + 1 at index k (decreasing)
 */
public record EffectiveCircuit(double[][] correlations, int[] labels, int[] order, double[][] weights,
                               double[][] orderedCorrelations, double[][] orderedWeights, int[] clusterSizes) {

    /** The cut height as a fraction of the largest pairwise distance (the original's 0.5). */
    public static final double CUT_FRACTION = 0.5;

    /**
     * @param hidden row-major [rows × h] hidden states (input, not modified)
     * @param whh    h × h recurrent (or effective) weights (input, not modified)
     */
    public static EffectiveCircuit of(double[] hidden, int h, double[][] whh) {
        if (whh.length != h) {
            throw new IllegalArgumentException("recurrent matrix has " + whh.length + " rows but the states have "
                    + h + " units");
        }
        double[][] corr = Correlations.pearson(hidden, h);
        double[][] dist = HierarchicalClustering.euclideanRowDistances(corr);
        double max = 0.0;
        for (double[] row : dist) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        HierarchicalClustering tree = HierarchicalClustering.of(dist, Linkage.COMPLETE);
        int[] labels = tree.cut(CUT_FRACTION * max);
        int[] leaf = tree.leafOrder();
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l);
        }
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l - 1]++;
        }
        int[] order = new int[h];
        int p = 0;
        for (int label = 1; label <= k; label++) {
            for (int u : leaf) {
                if (labels[u] == label) {
                    order[p++] = u;
                }
            }
        }
        double[][] w = new double[h][];
        for (int i = 0; i < h; i++) {
            w[i] = whh[i].clone();
        }
        return new EffectiveCircuit(corr, labels, order, w, permute(corr, order), permute(w, order), sizes);
    }

    /** {@code m[order[i]][order[j]]}. */
    public static double[][] permute(double[][] m, int[] order) {
        double[][] out = new double[order.length][order.length];
        for (int i = 0; i < order.length; i++) {
            for (int j = 0; j < order.length; j++) {
                out[i][j] = m[order[i]][order[j]];
            }
        }
        return out;
    }

    /**
     * The weights from cluster {@code from} to cluster {@code to} (labels, 1-based), read from the unpermuted
     * matrix with the unpermuted labels — the original applied these masks to the reordered matrix, which mixed up
     * the panels of M2.
     */
    public double[] weightsBetween(int to, int from) {
        int n = labels.length;
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (labels[i] == to && labels[j] == from) {
                    count++;
                }
            }
        }
        double[] out = new double[count];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (labels[i] == to && labels[j] == from) {
                    out[c++] = weights[i][j];
                }
            }
        }
        return out;
    }

    /** Mean weight within the two largest clusters (pooled over 1→1 and 2→2); NaN with fewer than two clusters. */
    public double meanWithin() {
        if (clusterSizes.length < 2) {
            return Double.NaN;
        }
        return pooledMean(weightsBetween(1, 1), weightsBetween(2, 2));
    }

    /** Mean weight between the two largest clusters (pooled over 1→2 and 2→1); NaN with fewer than two clusters. */
    public double meanBetween() {
        if (clusterSizes.length < 2) {
            return Double.NaN;
        }
        return pooledMean(weightsBetween(1, 2), weightsBetween(2, 1));
    }

    private static double pooledMean(double[] a, double[] b) {
        double s = 0.0;
        for (double v : a) {
            s += v;
        }
        for (double v : b) {
            s += v;
        }
        return s / (a.length + b.length);
    }
}
