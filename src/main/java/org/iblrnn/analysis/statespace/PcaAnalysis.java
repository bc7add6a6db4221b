package org.iblrnn.analysis.statespace;

import org.iblrnn.math.RowChunks;
import org.iblrnn.math.SampleCovariance;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Principal components of hidden states: centre by column means, eigen-decompose
 * the H × H sample covariance, sort by variance, orient the components (see {@link PrincipalComponents}).
 */
public final class PcaAnalysis {

    private PcaAnalysis() {
    }

    /**
     * Fits the PCA.
     *
     * @param states       row-major rows × h states (input, not modified)
     * @param h            state size (≥ 2)
     * @param rightReadout the readout weight row of the right action (length h; input, not modified)
     * @return the components, scores and spectrum
     */
    public static PrincipalComponents fit(double[] states, int h, double[] rightReadout) {
        if (h < 2 || states.length % h != 0 || states.length / h < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 states of size ≥ 2 but got an array of "
                    + states.length + " values for state size " + h);
        }
        if (rightReadout.length != h) {
            throw new IllegalArgumentException("PCA: readout row has length " + rightReadout.length + " but states have "
                    + h + " units");
        }
        int n = states.length / h;
        double[] mean = SampleCovariance.mean(states, n, h);
        DMatrixRMaj c = SampleCovariance.covariance(states, n, h, mean);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h, true, true);
        if (!eig.decompose(c)) {
            throw new IllegalStateException("PCA: eigen-decomposition of the " + h + "×" + h
                    + " covariance failed (non-finite hidden states?)");
        }
        Integer[] order = new Integer[h];
        double[] values = new double[h];
        for (int i = 0; i < h; i++) {
            order[i] = i;
            values[i] = eig.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] variance = new double[h];
        double total = 0;
        for (int i = 0; i < h; i++) {
            variance[i] = Math.max(0.0, values[order[i]]);
            total += variance[i];
        }
        double[] cumulative = new double[h];
        double acc = 0;
        for (int i = 0; i < h; i++) {
            acc += variance[i];
            cumulative[i] = total > 0 ? acc / total : Double.NaN;
        }
        double[] pc1 = unit(eig.getEigenVector(order[0]).getData().clone());
        double[] pc2 = unit(eig.getEigenVector(order[1]).getData().clone());
        orientByLargestScore(states, n, h, mean, pc1);
        orientByLargestScore(states, n, h, mean, pc2);

        double[] w = rightReadout.clone();
        double wn = norm(w);
        if (wn == 0) {
            throw new IllegalArgumentException("PCA: the right-action readout row is all zeros; cannot orient PC1");
        }
        for (int j = 0; j < h; j++) {
            w[j] /= wn;
        }
        double[] t = unit(pointProjection(w, mean, pc1, pc2));
        boolean flipped = !(t[0] > 0);
        if (flipped) {
            for (int j = 0; j < h; j++) {
                pc1[j] = -pc1[j];
            }
            t = unit(pointProjection(w, mean, pc1, pc2));
        }
        double inPlaneA = 0;
        double inPlaneB = 0;
        for (int j = 0; j < h; j++) {
            inPlaneA += pc1[j] * w[j];
            inPlaneB += pc2[j] * w[j];
        }
        double fraction = Math.hypot(inPlaneA, inPlaneB);

        double[] scores = new double[2 * n];
        double[] mm = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        java.util.stream.IntStream.range(0, RowChunks.count(n)).parallel().forEach(ch -> {
            for (int r = RowChunks.start(ch); r < RowChunks.end(ch, n); r++) {
                double a = 0;
                double b = 0;
                for (int j = 0; j < h; j++) {
                    double d = states[r * h + j] - mean[j];
                    a += pc1[j] * d;
                    b += pc2[j] * d;
                }
                scores[2 * r] = a;
                scores[2 * r + 1] = b;
            }
        });
        for (int r = 0; r < n; r++) {
            mm[0] = Math.min(mm[0], scores[2 * r]);
            mm[1] = Math.max(mm[1], scores[2 * r]);
            mm[2] = Math.min(mm[2], scores[2 * r + 1]);
            mm[3] = Math.max(mm[3], scores[2 * r + 1]);
        }
        return new PrincipalComponents(mean, pc1, pc2, variance, cumulative, scores, n, new double[]{mm[0], mm[1]},
                new double[]{mm[2], mm[3]}, w, t, flipped, fraction);
    }

    /** Negates v if the sample with the largest |score| on it scores negative (first such sample on ties). */
    private static void orientByLargestScore(double[] states, int n, int h, double[] mean, double[] v) {
        double best = -1;
        double bestScore = 0;
        for (int r = 0; r < n; r++) {
            double s = 0;
            for (int j = 0; j < h; j++) {
                s += v[j] * (states[r * h + j] - mean[j]);
            }
            if (Math.abs(s) > best) {
                best = Math.abs(s);
                bestScore = s;
            }
        }
        if (bestScore < 0) {
            for (int j = 0; j < h; j++) {
                v[j] = -v[j];
            }
        }
    }

    private static double[] pointProjection(double[] w, double[] mean, double[] pc1, double[] pc2) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < w.length; j++) {
            a += pc1[j] * (w[j] - mean[j]);
            b += pc2[j] * (w[j] - mean[j]);
        }
        return new double[]{a, b};
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static double[] unit(double[] v) {
        double n = norm(v);
        if (n > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= n;
            }
        }
        return v;
    }
}
