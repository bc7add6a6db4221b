package org.iblrnn.analysis.similarity;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Classical (Torgerson) multidimensional scaling: points whose Euclidean distances approximate a given distance
 * matrix D. Double-centre B = −½ J D⁽²⁾ J (J = I − 11ᵀ/m, D⁽²⁾ the squared distances), take the leading eigenpairs of
 * B and scale each eigenvector by √λ. For Euclidean distances among points in ≤ d dimensions the embedding reproduces
 * them exactly (up to rotation and reflection); otherwise it is the best rank-d fit of B, and negative eigenvalues
 * say how far D is from Euclidean. Each axis's sign is fixed so that its largest-magnitude coordinate is positive,
 * which makes the picture reproducible.
 */
public final class ClassicalMds {

    private ClassicalMds() {
    }

    /**
     * The embedding.
     *
     * @param coordinates m rows of {@code dims} coordinates
     * @param eigenvalues every eigenvalue of B, largest first (the first {@code dims} give the axes' spread)
     */
    public record Embedding(double[][] coordinates, double[] eigenvalues) {

        /** Fraction of the positive eigenvalue mass captured by the first {@code dims} axes. */
        public double positiveMassExplained(int dims) {
            double pos = 0;
            double kept = 0;
            for (int i = 0; i < eigenvalues.length; i++) {
                if (eigenvalues[i] > 0) {
                    pos += eigenvalues[i];
                    if (i < dims) {
                        kept += eigenvalues[i];
                    }
                }
            }
            return pos > 0 ? kept / pos : Double.NaN;
        }
    }

    /**
     * @param distances symmetric m × m, zero diagonal, finite, non-negative (input, not modified)
     * @param dims      embedding dimensions (≥ 1); axes with a non-positive eigenvalue get coordinate 0
     */
    public static Embedding embed(double[][] distances, int dims) {
        int m = distances.length;
        if (dims < 1) {
            throw new IllegalArgumentException("MDS needs at least 1 dimension but got " + dims);
        }
        for (int i = 0; i < m; i++) {
            if (distances[i].length != m) {
                throw new IllegalArgumentException("MDS needs a square distance matrix but row " + i + " has "
                        + distances[i].length + " entries for " + m + " rows");
            }
            for (int j = 0; j < m; j++) {
                double d = distances[i][j];
                if (!Double.isFinite(d) || d < 0 || (i == j && d != 0) || Math.abs(d - distances[j][i]) > 1e-12) {
                    throw new IllegalArgumentException("MDS: distance [" + i + "][" + j + "] = " + d
                            + "; distances must be finite, non-negative, symmetric and 0 on the diagonal");
                }
            }
        }
        double[][] coords = new double[m][dims];
        if (m == 0) {
            return new Embedding(coords, new double[0]);
        }
        double[][] sq = new double[m][m];
        double[] rowMean = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sq[i][j] = distances[i][j] * distances[i][j];
                rowMean[i] += sq[i][j] / m;
            }
            total += rowMean[i] / m;
        }
        DMatrixRMaj b = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                // rowMean doubles as the column mean because D is symmetric
                b.set(i, j, -0.5 * (sq[i][j] - rowMean[i] - rowMean[j] + total));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(b)) {
            throw new IllegalStateException("MDS: eigen-decomposition of the " + m + " × " + m + " matrix failed");
        }
        Integer[] order = new Integer[m];
        double[] values = new double[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
            values[i] = eig.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[] sorted = new double[m];
        for (int i = 0; i < m; i++) {
            sorted[i] = values[order[i]];
        }
        for (int a = 0; a < Math.min(dims, m); a++) {
            double lambda = sorted[a];
            if (!(lambda > 0)) {
                continue;
            }
            DMatrixRMaj v = eig.getEigenVector(order[a]);
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += v.get(i) * v.get(i);
            }
            double scale = Math.sqrt(lambda / norm);
            int largest = 0;
            for (int i = 1; i < m; i++) {
                if (Math.abs(v.get(i)) > Math.abs(v.get(largest)) + 1e-12) {
                    largest = i;
                }
            }
            double sign = v.get(largest) < 0 ? -1 : 1;
            for (int i = 0; i < m; i++) {
                coords[i][a] = sign * scale * v.get(i);
            }
        }
        return new Embedding(coords, sorted);
    }
}
