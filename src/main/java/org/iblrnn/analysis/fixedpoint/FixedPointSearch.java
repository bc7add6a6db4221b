package org.iblrnn.analysis.fixedpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.model.RecurrentNetwork;

/**
 * Finds fixed points of the full state map x ↦ F(x) (x = h, or [h, c] for an lstm) under constant inputs.
 *
 * <ol>
 *   <li>Initial states: the grid in the PCA plane (the original's), lifted to full states, then states sampled from
 *       the visited trajectory with noise (FixedPointFinder's).</li>
 *   <li>From every initial state, momentum gradient descent on the batch mean of ‖F(x) − x‖, exactly as the original
 *       (PyTorch SGD: v ← μv + g, x ← x − lr·v; the batch mean divides each point's gradient by the number of grid
 *       states).</li>
 *   <li>At the descent end point: residual, the PCA-projected Jacobian and residual, and for grid states the
 *       original's stability flags (the eigenvalues of ∂F/∂x are computed only where the residual test of the flag
 *       passes).</li>
 *   <li>Optionally Levenberg–Marquardt ({@link FixedPointRefinement}) on R(x) = F(x) − x to exact fixed points (the
 *       first-order descent usually stops at slow points), with a status per candidate.</li>
 *   <li>De-duplication as in FixedPointFinder: keep refined points with q = ½‖F(x) − x‖² &lt; tol_q, drop outliers far
 *       from the initial states, merge points closer than tol_unique keeping the smallest residual.</li>
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

    /** Searches every condition from the grid alone. */
    public FixedPointResults search(RecurrentNetwork network, StateGrid grid, PrincipalComponents pca,
                                    List<InputCondition> conditions) {
        return search(network, grid, new double[0], pca, conditions);
    }

    /**
     * Searches every condition from the same initial states.
     *
     * @param network    the network (not modified)
     * @param grid       grid initial states (full states)
     * @param sampled    further initial states, row-major k × S (e.g. {@link InitialStates#sample}); may be empty
     * @param pca        the PCA of h for projections
     * @param conditions the inputs to search, in output order
     */
    public FixedPointResults search(RecurrentNetwork network, StateGrid grid, double[] sampled, PrincipalComponents pca,
                                    List<InputCondition> conditions) {
        int s = grid.stateSize();
        int h = pca.stateSize();
        if (s != network.stateSize() || h != network.hiddenSize() || sampled.length % s != 0) {
            throw new IllegalArgumentException("fixed-point search: grid states have size " + s + ", the network's "
                    + network.stateSize() + " (hidden " + network.hiddenSize() + "), the PCA " + h
                    + ", and the sampled states array " + sampled.length + " values");
        }
        int g = grid.size();
        if (g == 0) {
            throw new IllegalArgumentException("fixed-point search: the grid has no points inside the hull; use a larger"
                    + " gridSize");
        }
        int m = g + sampled.length / s;
        double[] init = Arrays.copyOf(grid.states(), m * s);
        System.arraycopy(sampled, 0, init, g * s, sampled.length);
        int nc = conditions.size();
        Raw[] raws = new Raw[nc];
        for (int c = 0; c < nc; c++) {
            raws[c] = new Raw(m, s);
        }
        int chunks = (m + config.chunkSize() - 1) / config.chunkSize();
        IntStream.range(0, nc * chunks).parallel().forEach(task -> {
            int c = task / chunks;
            int ch = task % chunks;
            NetworkMap map = new NetworkMap(network, conditions.get(c).input());
            Worker w = new Worker(map, pca, grid.lift());
            int from = ch * config.chunkSize();
            int to = Math.min(m, from + config.chunkSize());
            for (int i = from; i < to; i++) {
                w.candidate(init, i, g, raws[c]);
            }
        });
        // the original's stability flag needs max |Re λ| only where the residual is below its quantile; the
        // eigen-decompositions (O(S³) each) are done there alone
        double[] thresholds = new double[nc];
        for (int c = 0; c < nc; c++) {
            thresholds[c] = Spectra.quantile(Arrays.copyOf(raws[c].residual, g), config.stableQuantile());
        }
        IntStream.range(0, nc).parallel().forEach(c -> {
            NetworkMap map = new NetworkMap(network, conditions.get(c).input());
            Raw r = raws[c];
            double[] x = new double[s];
            double[] f = new double[s];
            double[] jac = new double[s * s];
            for (int i = 0; i < m; i++) {
                r.maxAbsReal[i] = Double.NaN;
                r.spectralRadius[i] = Double.NaN;
                if (i < g && r.residual[i] < thresholds[c]) {
                    System.arraycopy(r.descent, i * s, x, 0, s);
                    map.jacobian(x, f, jac);
                    double[][] ev = Spectra.eigenvalues(jac, s);
                    double maxRe = 0;
                    double rho = 0;
                    for (int j = 0; j < s; j++) {
                        maxRe = Math.max(maxRe, Math.abs(ev[0][j]));
                        rho = Math.max(rho, Math.hypot(ev[0][j], ev[1][j]));
                    }
                    r.maxAbsReal[i] = maxRe;
                    r.spectralRadius[i] = rho;
                }
            }
        });
        double[] gridPcaResiduals = new double[nc * g];
        for (int c = 0; c < nc; c++) {
            System.arraycopy(raws[c].pcaResidual, 0, gridPcaResiduals, c * g, g);
        }
        double pcaThreshold = Spectra.quantile(gridPcaResiduals, config.stableQuantile());
        double[] centroid = new double[s];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < s; j++) {
                centroid[j] += init[i * s + j] / m;
            }
        }
        double meanDist = 0;
        for (int i = 0; i < m; i++) {
            meanDist += distance(init, i * s, centroid, s) / m;
        }
        List<ConditionFixedPoints> out = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            out.add(finish(network, conditions.get(c), raws[c], pca, g, m, s, thresholds[c], pcaThreshold, centroid,
                    meanDist));
        }
        return new FixedPointResults(grid, List.copyOf(out), config, pcaThreshold, sampled.clone());
    }

    private ConditionFixedPoints finish(RecurrentNetwork network, InputCondition cond, Raw r, PrincipalComponents pca,
                                        int g, int m, int s, double threshold, double pcaThreshold, double[] centroid,
                                        double meanDist) {
        boolean[] stable = new boolean[m];
        boolean[] pcaStable = new boolean[m];
        boolean[] outlier = new boolean[m];
        for (int i = 0; i < m; i++) {
            if (i < g) {
                stable[i] = r.residual[i] < threshold && r.maxAbsReal[i] < 1;
                double[] ev = eig2(r.pcaJacobian, 4 * i);
                pcaStable[i] = Math.abs(ev[0]) < 1 && Math.abs(ev[1]) < 1 && r.pcaResidual[i] < pcaThreshold;
            }
            outlier[i] = distance(r.refined, i * s, centroid, s) > config.outlierDistanceScale() * meanDist;
        }
        Integer[] order = IntStream.range(0, m).boxed()
                .filter(i -> 0.5 * r.refinedResidual[i] * r.refinedResidual[i] < config.tolQ() && !outlier[i])
                .sorted(Comparator.<Integer>comparingDouble(i -> r.refinedResidual[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        List<Integer> kept = new ArrayList<>();
        List<Integer> mult = new ArrayList<>();
        for (int i : order) {
            int dup = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kept.size(); k++) {
                double d = distance(r.refined, i * s, r.refined, kept.get(k) * s, s);
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
        double[] f = new double[s];
        double[] jac = new double[s * s];
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            double[] x = Arrays.copyOfRange(r.refined, i * s, (i + 1) * s);
            map.jacobian(x, f, jac);
            double[][] ev = Spectra.eigenvalues(jac, s);
            double rho = 0;
            int unstable = 0;
            for (int j = 0; j < s; j++) {
                double mod = Math.hypot(ev[0][j], ev[1][j]);
                rho = Math.max(rho, mod);
                if (mod > 1) {
                    unstable++;
                }
            }
            fps.add(new FixedPoint(x, pca.project(x), r.refinedResidual[i], ev[0], ev[1], rho, rho < 1, unstable,
                    map.inputJacobian(x), mult.get(k), i));
        }
        fps.sort(Comparator.comparingDouble(p -> p.pca()[0]));
        return new ConditionFixedPoints(cond, m, g, r.second, r.secondPca, r.descent, r.descentPca, r.residual,
                r.normalized, r.maxAbsReal, r.spectralRadius, r.pcaJacobian, r.pcaResidual, stable, pcaStable,
                threshold, r.refined, r.refinedResidual, r.refinedIterations, r.status, outlier, List.copyOf(fps));
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
        final RefineStatus[] status;

        Raw(int m, int h) {
            status = new RefineStatus[m];
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
        final StateLift lift;
        final FixedPointRefinement refinement;
        final int s;
        final int h;
        final double[] x;
        final double[] v;
        final double[] f;
        final double[] g;
        final double[] jac;
        final double[] p2 = new double[2];

        Worker(NetworkMap map, PrincipalComponents pca, StateLift lift) {
            this.map = map;
            this.pca = pca;
            this.lift = lift;
            this.refinement = new FixedPointRefinement(map, config.tolQ(), config.refineMaxIterations());
            this.s = map.size();
            this.h = map.hiddenSize();
            x = new double[s];
            v = new double[s];
            f = new double[s];
            g = new double[s];
            jac = new double[s * s];
        }

        /** Candidate {@code i} of the initial states {@code init}; the first {@code batch} are grid states. */
        void candidate(double[] init, int i, int batch, Raw out) {
            System.arraycopy(init, i * s, x, 0, s);
            map.apply(x, f);
            System.arraycopy(f, 0, out.second, i * s, s);
            pca.project(f, 0, p2);
            out.secondPca[2 * i] = p2[0];
            out.secondPca[2 * i + 1] = p2[1];

            Arrays.fill(v, 0.0);
            double lr = config.learningRate() / batch;
            double mu = config.momentum();
            for (int k = 0; k < config.gdSteps(); k++) {
                map.residualGradient(x, f, g, jac);
                for (int j = 0; j < s; j++) {
                    v[j] = mu * v[j] + g[j];
                    x[j] -= lr * v[j];
                }
            }
            boolean grid = i < batch;
            if (grid) {
                map.jacobian(x, f, jac);
            } else {
                map.apply(x, f);
            }
            double res = 0;
            double xn = 0;
            for (int j = 0; j < s; j++) {
                double d = f[j] - x[j];
                res += d * d;
                xn += x[j] * x[j];
            }
            res = Math.sqrt(res);
            System.arraycopy(x, 0, out.descent, i * s, s);
            pca.project(x, 0, p2);
            out.descentPca[2 * i] = p2[0];
            out.descentPca[2 * i + 1] = p2[1];
            out.residual[i] = res;
            out.normalized[i] = res / Math.sqrt(xn);
            if (grid) {
                projectJacobian(jac, out.pcaJacobian, 4 * i);
            } else {
                Arrays.fill(out.pcaJacobian, 4 * i, 4 * i + 4, Double.NaN);
            }
            double[] d = new double[h];
            for (int j = 0; j < h; j++) {
                d[j] = f[j] - x[j];
            }
            double[] pd = pca.projectDirection(d);
            out.pcaResidual[i] = Math.hypot(pd[0], pd[1]);

            if (config.refine()) {
                FixedPointRefinement.Result rr = refinement.refine(x);
                System.arraycopy(rr.state(), 0, out.refined, i * s, s);
                out.refinedResidual[i] = rr.residual();
                out.refinedIterations[i] = rr.iterations();
                out.status[i] = rr.status();
            } else {
                System.arraycopy(x, 0, out.refined, i * s, s);
                out.refinedResidual[i] = res;
                out.status[i] = RefineStatus.NOT_RUN;
            }
        }

        /**
         * C (J_hh + J_hc A) Cᵀ into out[off..off+3]: the Jacobian of the plane map p ↦ C (F(lift(p)) − mean)_h, with J
         * in blocks by h and c and A the lift's slope (just C J Cᵀ when the state is h).
         */
        private void projectJacobian(double[] j, double[] out, int off) {
            double[][] c = {pca.pc1(), pca.pc2()};
            int e = s - h;
            double[] col = new double[h];
            double[] ac = new double[e];
            for (int b = 0; b < 2; b++) {
                for (int k = 0; k < e; k++) {
                    double t = 0;
                    for (int q = 0; q < h; q++) {
                        t += lift.slope()[k * h + q] * c[b][q];
                    }
                    ac[k] = t;
                }
                for (int r = 0; r < h; r++) {
                    double t = 0;
                    for (int k = 0; k < h; k++) {
                        t += j[r * s + k] * c[b][k];
                    }
                    for (int k = 0; k < e; k++) {
                        t += j[r * s + h + k] * ac[k];
                    }
                    col[r] = t;
                }
                for (int a = 0; a < 2; a++) {
                    double t = 0;
                    for (int r = 0; r < h; r++) {
                        t += c[a][r] * col[r];
                    }
                    out[off + 2 * a + b] = t;
                }
            }
        }
    }
}
