package org.iblrnn.analysis.fixedpoint;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.twod.Vector2D;
import org.hipparchus.geometry.euclidean.twod.hull.ConvexHull2D;
import org.hipparchus.geometry.euclidean.twod.hull.MonotoneChain;
import org.iblrnn.analysis.statespace.PrincipalComponents;

/**
 * Initial states for the fixed-point search and the ideal vector fields: a g × g grid over the
 * PCA ranges (numpy meshgrid order: x varies fastest), restricted to the convex hull of the visited PCA states
 * (boundary points count as inside), mapped back to hidden space on the PCA plane through the mean, and lifted to
 * full network states by {@link StateLift} (the identity for rnn and gru; an lstm's cell state from its regression
 * on h).
 *
 * @param gridSize   g, points per axis
 * @param pcaPoints  kept grid points, row-major size × 2
 * @param states     their full states, row-major size × S
 * @param stateSize  S (H for rnn and gru, 2H for lstm)
 * @param hull       the hull's vertices, row-major k × 2 (counter-clockwise)
 * @param lift       how plane points became full states
 */
public record StateGrid(int gridSize, double[] pcaPoints, double[] states, int stateSize, double[] hull,
                        StateLift lift) {

    /** A grid of a network whose state is h (the identity lift). */
    public StateGrid(int gridSize, double[] pcaPoints, double[] states, int stateSize, double[] hull) {
        this(gridSize, pcaPoints, states, stateSize, hull, StateLift.identity(stateSize));
    }

    /** Number of kept points. */
    public int size() {
        return pcaPoints.length / 2;
    }

    /** A copy of state {@code i}. */
    public double[] state(int i) {
        double[] out = new double[stateSize];
        System.arraycopy(states, i * stateSize, out, 0, stateSize);
        return out;
    }

    /**
     * Samples the grid of a network whose state is h (rnn, gru).
     *
     * @param pca      the PCA whose scores define the hull and ranges
     * @param gridSize points per axis (≥ 2)
     */
    public static StateGrid sample(PrincipalComponents pca, int gridSize) {
        return sample(pca, gridSize, StateLift.identity(pca.stateSize()));
    }

    /**
     * Samples the grid and lifts its points to full states.
     *
     * @param pca      the PCA (of h) whose scores define the hull and ranges
     * @param gridSize points per axis (≥ 2)
     * @param lift     from h to the full state; its hidden size must be the PCA's
     */
    public static StateGrid sample(PrincipalComponents pca, int gridSize, StateLift lift) {
        if (lift.hiddenSize() != pca.stateSize()) {
            throw new IllegalArgumentException("state grid: the PCA has " + pca.stateSize() + " dimensions but the lift "
                    + "takes " + lift.hiddenSize());
        }
        if (gridSize < 2) {
            throw new IllegalArgumentException("state grid: gridSize must be ≥ 2 but was " + gridSize);
        }
        int n = pca.rows();
        List<Vector2D> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pts.add(new Vector2D(pca.x(i), pca.y(i)));
        }
        ConvexHull2D hull = new MonotoneChain(false).generate(pts);
        Vector2D[] v = hull.getVertices();
        double[] hv = new double[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            hv[2 * i] = v[i].getX();
            hv[2 * i + 1] = v[i].getY();
        }
        double[] xs = linspace(pca.xRange()[0], pca.xRange()[1], gridSize);
        double[] ys = linspace(pca.yRange()[0], pca.yRange()[1], gridSize);
        double scale = Math.max(pca.xRange()[1] - pca.xRange()[0], pca.yRange()[1] - pca.yRange()[0]);
        double eps = 1e-12 * scale * scale;
        List<double[]> kept = new ArrayList<>();
        for (double y : ys) {
            for (double x : xs) {
                if (inside(hv, x, y, eps)) {
                    kept.add(new double[]{x, y});
                }
            }
        }
        int s = lift.stateSize();
        double[] pp = new double[2 * kept.size()];
        double[] st = new double[s * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            pp[2 * i] = kept.get(i)[0];
            pp[2 * i + 1] = kept.get(i)[1];
            lift.lift(pca.inverse(pp[2 * i], pp[2 * i + 1]), 0, st, i * s);
        }
        return new StateGrid(gridSize, pp, st, s, hv, lift);
    }

    /** Whether (x, y) lies in the convex polygon (any orientation; on the boundary counts as inside). */
    static boolean inside(double[] hv, double x, double y, double eps) {
        int k = hv.length / 2;
        if (k < 3) {
            return false;
        }
        boolean anyPos = false;
        boolean anyNeg = false;
        for (int i = 0; i < k; i++) {
            int j = (i + 1) % k;
            double ex = hv[2 * j] - hv[2 * i];
            double ey = hv[2 * j + 1] - hv[2 * i + 1];
            double cross = ex * (y - hv[2 * i + 1]) - ey * (x - hv[2 * i]);
            if (cross > eps) {
                anyPos = true;
            } else if (cross < -eps) {
                anyNeg = true;
            }
            if (anyPos && anyNeg) {
                return false;
            }
        }
        return true;
    }

    /** numpy's linspace(a, b, n) (last point exactly b). */
    static double[] linspace(double a, double b, int n) {
        double[] out = new double[n];
        double step = (b - a) / (n - 1);
        for (int i = 0; i < n; i++) {
            out[i] = a + i * step;
        }
        out[n - 1] = b;
        return out;
    }
}
