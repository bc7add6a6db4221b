package org.iblrnn.analysis.fixedpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.model.RecurrentNetwork;

/**
 * Finds fixed points of the network under constant inputs.
 *
 * <ol>
 *   <li>From every grid state, momentum gradient descent on the batch mean of ‖F(h) − h‖, exactly as the original
 *       (PyTorch SGD: v ← μv + g, h ← h − lr·v; the batch mean divides each point's gradient by the batch size).</li>
 *   <li>At the descent end point: residual, ∂F/∂h and its eigenvalues, the PCA-projected Jacobian C J Cᵀ, and the
 *       original's stability flags.</li>
 *   <li>Optionally Levenberg–Marquardt on R(h) = F(h) − h with the analytic Jacobian (J − I), to reach exact fixed
 *       points (the first-order descent usually stops at slow points).</li>
 *   <li>De-duplication as in FixedPointFinder: keep refined points meeting the tolerance, drop outliers far from the
 *       grid, merge points closer than the unique tolerance keeping the smallest residual.</li>
 * </ol>
 * Stateless; candidates run in fixed chunks on a parallel stream and write disjoint slices, so results do not depend
 * on the thread count.
 */
public final class FixedPointSearch {

    private final FixedPointConfig config;

    public FixedPointSearch(FixedPointConfig config) {
        this.config = config;
    }

    public FixedPointConfig config() {
        return config;
    }

    /**
     * Searches every condition from the same grid.
     *
     * @param network    the network (not modified)
     * @param grid       initial states
     * @param pca        the PCA for projections
     * @param conditions the inputs to search, in output order
     */
    public FixedPointResults search(RecurrentNetwork network, StateGrid grid, PrincipalComponents pca,
                                    List<InputCondition> conditions) {
        int h = grid.stateSize();
        if (h != network.hiddenSize() || pca.stateSize() != h) {
            throw new IllegalArgumentException("fixed-point search: grid states have size " + h + ", the network "
                    + network.hiddenSize() + ", the PCA " + pca.stateSize());
        }
        int m = grid.size();
        if (m == 0) {
            throw new IllegalArgumentException("fixed-point search: the grid has no points inside the hull; use a larger"
                    + " gridSize");
        }
        int nc = conditions.size();
        Raw[] raws = new Raw[nc];
        for (int c = 0; c < nc; c++) {
            raws[c] = new Raw(m, h);
        }
        int chunks = (m + config.chunkSize() - 1) / config.chunkSize();
        IntStream.range(0, nc * chunks).parallel().forEach(task -> {
            int c = task / chunks;
            int ch = task % chunks;
            NetworkMap map = new NetworkMap(network, conditions.get(c).input());
            Worker w = new Worker(map, pca, h);
            int from = ch * config.chunkSize();
            int to = Math.min(m, from + config.chunkSize());
            for (int i = from; i < to; i++) {
                w.candidate(grid, i, m, raws[c]);
            }
        });
        double[] allPcaResiduals = new double[nc * m];
        for (int c = 0; c < nc; c++) {
            System.arraycopy(raws[c].pcaResidual, 0, allPcaResiduals, c * m, m);
        }
        double pcaThreshold = Spectra.quantile(allPcaResiduals, config.stableQuantile());
        double[] centroid = new double[h];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < h; j++) {
                centroid[j] += grid.states()[i * h + j] / m;
            }
        }
        double meanDist = 0;
        for (int i = 0; i < m; i++) {
            meanDist += distance(grid.states(), i * h, centroid, h) / m;
        }
        List<ConditionFixedPoints> out = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            out.add(finish(network, conditions.get(c), raws[c], pca, m, h, pcaThreshold, centroid, meanDist));
        }
        return new FixedPointResults(grid, List.copyOf(out), config, pcaThreshold);
    }

    private ConditionFixedPoints finish(RecurrentNetwork network, InputCondition cond, Raw r, PrincipalComponents pca,
                                        int m, int h, double pcaThreshold, double[] centroid, double meanDist) {
        double threshold = Spectra.quantile(r.residual, config.stableQuantile());
        boolean[] stable = new boolean[m];
        boolean[] pcaStable = new boolean[m];
        boolean[] outlier = new boolean[m];
        for (int i = 0; i < m; i++) {
            stable[i] = r.maxAbsReal[i] < 1 && r.residual[i] < threshold;
            double[] ev = eig2(r.pcaJacobian, 4 * i);
            pcaStable[i] = Math.abs(ev[0]) < 1 && Math.abs(ev[1]) < 1 && r.pcaResidual[i] < pcaThreshold;
            outlier[i] = distance(r.refined, i * h, centroid, h) > config.outlierDistanceScale() * meanDist;
        }
        Integer[] order = IntStream.range(0, m).boxed()
                .filter(i -> r.refinedResidual[i] < config.fixedPointTolerance() && !outlier[i])
                .sorted(Comparator.<Integer>comparingDouble(i -> r.refinedResidual[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        List<Integer> kept = new ArrayList<>();
        List<Integer> mult = new ArrayList<>();
        for (int i : order) {
            int dup = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kept.size(); k++) {
                double d = distance(r.refined, i * h, r.refined, kept.get(k) * h, h);
                if (d < config.uniqueTolerance() && d < best) {
                    best = d;
                    dup = k;
                }
            }
            if (dup >= 0) {
                mult.set(dup, mult.get(dup) + 1);
            } else {
                kept.add(i);
                mult.add(1);
            }
        }
        NetworkMap map = new NetworkMap(network, cond.input());
        List<FixedPoint> fps = new ArrayList<>();
        double[] f = new double[h];
        double[] jac = new double[h * h];
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            double[] s = Arrays.copyOfRange(r.refined, i * h, (i + 1) * h);
            map.jacobian(s, f, jac);
            double[][] ev = Spectra.eigenvalues(jac, h);
            double rho = 0;
            int unstable = 0;
            for (int j = 0; j < h; j++) {
                double mod = Math.hypot(ev[0][j], ev[1][j]);
                rho = Math.max(rho, mod);
                if (mod > 1) {
                    unstable++;
                }
            }
            fps.add(new FixedPoint(s, pca.project(s), r.refinedResidual[i], ev[0], ev[1], rho, rho < 1, unstable,
                    map.inputJacobian(s), mult.get(k), i));
        }
        fps.sort(Comparator.comparingDouble(p -> p.pca()[0]));
        return new ConditionFixedPoints(cond, m, r.second, r.secondPca, r.descent, r.descentPca, r.residual,
                r.normalized, r.maxAbsReal, r.spectralRadius, r.pcaJacobian, r.pcaResidual, stable, pcaStable,
                threshold, r.refined, r.refinedResidual, r.refinedIterations, outlier, List.copyOf(fps));
    }

    /** Real parts of the eigenvalues of the 2 × 2 matrix at a[off..off+3] (equal parts for a complex pair). */
    static double[] eig2(double[] a, int off) {
        double tr = a[off] + a[off + 3];
        double det = a[off] * a[off + 3] - a[off + 1] * a[off + 2];
        double disc = tr * tr / 4 - det;
        if (disc >= 0) {
            double s = Math.sqrt(disc);
            return new double[]{tr / 2 + s, tr / 2 - s};
        }
        return new double[]{tr / 2, tr / 2};
    }

    private static double distance(double[] a, int off, double[] b, int h) {
        return distance(a, off, b, 0, h);
    }

    private static double distance(double[] a, int offA, double[] b, int offB, int h) {
        double s = 0;
        for (int j = 0; j < h; j++) {
            double d = a[offA + j] - b[offB + j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** Per-condition output arrays, written in disjoint slices by the workers. */
    private static final class Raw {
        final double[] second;
        final double[] secondPca;
        final double[] descent;
        final double[] descentPca;
        final double[] residual;
        final double[] normalized;
        final double[] maxAbsReal;
        final double[] spectralRadius;
        final double[] pcaJacobian;
        final double[] pcaResidual;
        final double[] refined;
        final double[] refinedResidual;
        final int[] refinedIterations;

        Raw(int m, int h) {
            second = new double[m * h];
            secondPca = new double[2 * m];
            descent = new double[m * h];
            descentPca = new double[2 * m];
            residual = new double[m];
            normalized = new double[m];
            maxAbsReal = new double[m];
            spectralRadius = new double[m];
            pcaJacobian = new double[4 * m];
            pcaResidual = new double[m];
            refined = new double[m * h];
            refinedResidual = new double[m];
            refinedIterations = new int[m];
        }
    }

    /** Thread-confined scratch and the per-candidate pipeline. */
    private final class Worker {
        final NetworkMap map;
        final PrincipalComponents pca;
        final int h;
        final double[] x;
        final double[] v;
        final double[] f;
        final double[] g;
        final double[] jac;
        final double[] p2 = new double[2];

        Worker(NetworkMap map, PrincipalComponents pca, int h) {
            this.map = map;
            this.pca = pca;
            this.h = h;
            x = new double[h];
            v = new double[h];
            f = new double[h];
            g = new double[h];
            jac = new double[h * h];
        }

        void candidate(StateGrid grid, int i, int batch, Raw out) {
            System.arraycopy(grid.states(), i * h, x, 0, h);
            map.apply(x, f);
            System.arraycopy(f, 0, out.second, i * h, h);
            pca.project(f, 0, p2);
            out.secondPca[2 * i] = p2[0];
            out.secondPca[2 * i + 1] = p2[1];

            Arrays.fill(v, 0.0);
            double lr = config.learningRate() / batch;
            double mu = config.momentum();
            for (int s = 0; s < config.gdSteps(); s++) {
                map.residualGradient(x, f, g, jac);
                for (int j = 0; j < h; j++) {
                    v[j] = mu * v[j] + g[j];
                    x[j] -= lr * v[j];
                }
            }
            map.jacobian(x, f, jac);
            double res = 0;
            double xn = 0;
            for (int j = 0; j < h; j++) {
                double d = f[j] - x[j];
                res += d * d;
                xn += x[j] * x[j];
            }
            res = Math.sqrt(res);
            System.arraycopy(x, 0, out.descent, i * h, h);
            pca.project(x, 0, p2);
            out.descentPca[2 * i] = p2[0];
            out.descentPca[2 * i + 1] = p2[1];
            out.residual[i] = res;
            out.normalized[i] = res / Math.sqrt(xn);
            double[][] ev = Spectra.eigenvalues(jac, h);
            double maxRe = 0;
            double rho = 0;
            for (int j = 0; j < h; j++) {
                maxRe = Math.max(maxRe, Math.abs(ev[0][j]));
                rho = Math.max(rho, Math.hypot(ev[0][j], ev[1][j]));
            }
            out.maxAbsReal[i] = maxRe;
            out.spectralRadius[i] = rho;
            projectJacobian(jac, out.pcaJacobian, 4 * i);
            double[] d = new double[h];
            for (int j = 0; j < h; j++) {
                d[j] = f[j] - x[j];
            }
            double[] pd = pca.projectDirection(d);
            out.pcaResidual[i] = Math.hypot(pd[0], pd[1]);

            if (config.refine()) {
                out.refinedIterations[i] = levenbergMarquardt(x);
            }
            map.apply(x, f);
            double rr = 0;
            for (int j = 0; j < h; j++) {
                double e = f[j] - x[j];
                rr += e * e;
            }
            System.arraycopy(x, 0, out.refined, i * h, h);
            out.refinedResidual[i] = Math.sqrt(rr);
        }

        /** C J Cᵀ into out[off..off+3]. */
        private void projectJacobian(double[] j, double[] out, int off) {
            double[][] c = {pca.pc1(), pca.pc2()};
            double[] jc = new double[h];
            for (int b = 0; b < 2; b++) {
                for (int r = 0; r < h; r++) {
                    double s = 0;
                    for (int k = 0; k < h; k++) {
                        s += j[r * h + k] * c[b][k];
                    }
                    jc[r] = s;
                }
                for (int a = 0; a < 2; a++) {
                    double s = 0;
                    for (int r = 0; r < h; r++) {
                        s += c[a][r] * jc[r];
                    }
                    out[off + 2 * a + b] = s;
                }
            }
        }

        /**
         * Levenberg–Marquardt on R(h) = F(h) − h from {@code x} (modified in place to the result).
         *
         * @return iterations taken
         */
        private int levenbergMarquardt(double[] xs) {
            DMatrixRMaj a = new DMatrixRMaj(h, h);
            DMatrixRMaj rhs = new DMatrixRMaj(h, 1);
            DMatrixRMaj step = new DMatrixRMaj(h, 1);
            LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(h);
            double[] jr = new double[h * h];
            double[] r = new double[h];
            double[] trial = new double[h];
            double[] ft = new double[h];
            double cost = residualAndJacobian(xs, r, jr);
            double lambda = -1;
            int it = 0;
            while (it < config.refineMaxIterations() && Math.sqrt(2 * cost) >= config.fixedPointTolerance()) {
                it++;
                double maxDiag = 0;
                for (int p = 0; p < h; p++) {
                    for (int q = p; q < h; q++) {
                        double s = 0;
                        for (int k = 0; k < h; k++) {
                            s += jr[k * h + p] * jr[k * h + q];
                        }
                        a.set(p, q, s);
                        a.set(q, p, s);
                    }
                    maxDiag = Math.max(maxDiag, a.get(p, p));
                    double s = 0;
                    for (int k = 0; k < h; k++) {
                        s += jr[k * h + p] * r[k];
                    }
                    rhs.set(p, 0, -s);
                }
                if (lambda < 0) {
                    lambda = 1e-3 * Math.max(maxDiag, 1e-12);
                }
                boolean accepted = false;
                while (!accepted && lambda < 1e12 * Math.max(maxDiag, 1e-12)) {
                    DMatrixRMaj damped = a.copy();
                    for (int p = 0; p < h; p++) {
                        damped.add(p, p, lambda);
                    }
                    if (!chol.setA(damped)) {
                        lambda *= 10;
                        continue;
                    }
                    chol.solve(rhs, step);
                    for (int p = 0; p < h; p++) {
                        trial[p] = xs[p] + step.get(p, 0);
                    }
                    map.apply(trial, ft);
                    double c2 = 0;
                    for (int p = 0; p < h; p++) {
                        double e = ft[p] - trial[p];
                        c2 += e * e;
                    }
                    c2 *= 0.5;
                    if (c2 < cost) {
                        accepted = true;
                        System.arraycopy(trial, 0, xs, 0, h);
                        lambda = Math.max(lambda / 3, 1e-15 * Math.max(maxDiag, 1e-12));
                    } else {
                        lambda *= 4;
                    }
                }
                if (!accepted) {
                    break;
                }
                cost = residualAndJacobian(xs, r, jr);
            }
            return it;
        }

        /** r = F(x) − x, jr = ∂F/∂h − I; returns ½‖r‖². */
        private double residualAndJacobian(double[] xs, double[] r, double[] jr) {
            map.jacobian(xs, f, jr);
            double c = 0;
            for (int p = 0; p < h; p++) {
                r[p] = f[p] - xs[p];
                c += r[p] * r[p];
                jr[p * h + p] -= 1.0;
            }
            return 0.5 * c;
        }
    }
}
