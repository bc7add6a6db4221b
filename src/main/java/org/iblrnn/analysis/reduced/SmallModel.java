package org.iblrnn.analysis.reduced;

import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.analysis.fixedpoint.FixedPointConfig;
import org.iblrnn.analysis.fixedpoint.FixedPointResults;
import org.iblrnn.analysis.fixedpoint.FixedPointSearch;
import org.iblrnn.analysis.fixedpoint.InitialStates;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.fixedpoint.SessionStates;
import org.iblrnn.analysis.fixedpoint.StateGrid;
import org.iblrnn.analysis.fixedpoint.StateLift;
import org.iblrnn.analysis.statespace.LogisticFit;
import org.iblrnn.analysis.statespace.LogisticRegression;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.TrainTestSplit;
import org.iblrnn.analysis.vectorfield.IdealVectorField;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.SessionTable;

/**
 * A 2-unit network analysed in its own 2-D state space: the RADD network, the traditionally
 * distilled network and the task-trained 2-unit network are small enough that no projection is needed, so the
 * "PCA" is the identity and the fixed-point search, grid and vector fields of the 50-unit analysis
 * ({@link FixedPointSearch}, {@link StateGrid}, {@link IdealVectorField}) run directly on the units. A 2-unit lstm
 * (distilled from, or trained like, an lstm) has the 4-dimensional state [h, c]: its plane is h, grid points get the
 * cell state regressed on h over its session ({@link StateLift}), and fixed points are those of the full state.
 *
 * @param name          "radd", "traditionally_distilled" or "two_unit_task_trained"
 * @param network       the 2-unit network
 * @param session       its closed-loop session
 * @param space         the identity projection: scores = the units, ranges = each unit's min/max over the session
 * @param trialReadout  the right-action readout row, unnormalised (2)
 * @param blockFit      logistic regression without intercept of the block side on the 2 units (67 % of rows)
 * @param blockAccuracy its accuracy on the held-out 33 %
 * @param magnAlongTrial h·w_right per session row
 * @param magnAlongBlock h·β per row: the classifier's log-odds of a right block (as the original)
 * @param fixedPoints   the search under the six input conditions ({@link #FIXED_POINT_STEPS} descent steps)
 * @param fields        one ideal vector field per condition, in {@link InputCondition} order
 */
public record SmallModel(String name, RecurrentNetwork network, SessionTable session, PrincipalComponents space,
                         double[] trialReadout, LogisticFit blockFit, double blockAccuracy, double[] magnAlongTrial,
                         double[] magnAlongBlock, FixedPointResults fixedPoints, List<IdealVectorField> fields) {

    /** The original's descent length for the small models (100; the 50-unit model gets 500). */
    public static final int FIXED_POINT_STEPS = 100;

    /** The field of one condition. */
    public IdealVectorField field(InputCondition c) {
        for (IdealVectorField f : fields) {
            if (f.condition() == c) {
                return f;
            }
        }
        throw new IllegalArgumentException("small model " + name + " has no vector field for " + c.key());
    }

    /**
     * Analyses a 2-unit network.
     *
     * @param name    label for messages and metrics
     * @param network the network (state size 2; not modified)
     * @param session its session (state size 2)
     * @param rng     draws the block classifier's train/test split, then (from a split of it) the fixed-point
     *                initial states sampled from the session
     */
    public static SmallModel analyse(String name, RecurrentNetwork network, SessionTable session,
                                     SplittableRandom rng) {
        if (network.hiddenSize() != 2 || session.stateSize() != 2) {
            throw new IllegalArgumentException("small model " + name + ": needs a 2-unit network and session but the "
                    + "network has " + network.hiddenSize() + " units and the session states " + session.stateSize());
        }
        int n = session.rows();
        if (n < 3) {
            throw new IllegalArgumentException("small model " + name + ": session has " + n + " rows; need at least 3");
        }
        double[] h = session.hiddenStates();
        for (double v : h) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("small model " + name + ": its session has non-finite states");
            }
        }
        PrincipalComponents space = identity(h, n, rightReadout(network));
        double[] w = rightReadout(network);
        double[] y = new double[n];
        int[] block = session.blockSide();
        for (int i = 0; i < n; i++) {
            y[i] = (1 + block[i]) / 2.0;
        }
        TrainTestSplit split = TrainTestSplit.of(n, Radd.TEST_FRACTION, rng);
        LogisticFit fit = LogisticRegression.fit(h, 2, y, split.train());
        int hits = 0;
        for (int r : split.test()) {
            hits += ((fit.probability(h, r) > 0.5 ? 1.0 : 0.0) == y[r]) ? 1 : 0;
        }
        double accuracy = (double) hits / split.test().length;
        double[] beta = fit.coefficients();
        double[] mt = new double[n];
        double[] mb = new double[n];
        for (int i = 0; i < n; i++) {
            mt[i] = h[2 * i] * w[0] + h[2 * i + 1] * w[1];
            mb[i] = h[2 * i] * beta[0] + h[2 * i + 1] * beta[1];
        }
        FixedPointConfig cfg = FixedPointConfig.defaults().withGdSteps(FIXED_POINT_STEPS);
        double[] full = SessionStates.of(network, session);
        StateGrid grid = StateGrid.sample(space, cfg.gridSize(),
                StateLift.fit(full, network.hiddenSize(), network.stateSize()));
        double[] sampled = InitialStates.sample(full, network.stateSize(), cfg.sampledStates(),
                cfg.sampleNoiseScale(), rng.split());
        FixedPointResults fps = new FixedPointSearch(cfg).search(network, grid, sampled, space,
                List.of(InputCondition.values()));
        return new SmallModel(name, network, session, space, w, fit, accuracy, mt, mb, fps, IdealVectorField.of(fps));
    }

    /** The identity "PCA" of 2-D states: mean 0, components e₁ and e₂, ranges = per-unit min/max. */
    static PrincipalComponents identity(double[] h, int n, double[] rightReadout) {
        double[] xr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] mean = new double[2];
        for (int i = 0; i < n; i++) {
            xr[0] = Math.min(xr[0], h[2 * i]);
            xr[1] = Math.max(xr[1], h[2 * i]);
            yr[0] = Math.min(yr[0], h[2 * i + 1]);
            yr[1] = Math.max(yr[1], h[2 * i + 1]);
            mean[0] += h[2 * i] / n;
            mean[1] += h[2 * i + 1] / n;
        }
        double[] var = new double[2];
        for (int i = 0; i < n; i++) {
            var[0] += (h[2 * i] - mean[0]) * (h[2 * i] - mean[0]) / (n - 1);
            var[1] += (h[2 * i + 1] - mean[1]) * (h[2 * i + 1] - mean[1]) / (n - 1);
        }
        double total = var[0] + var[1];
        double[] cumulative = total > 0 ? new double[]{var[0] / total, 1.0} : new double[]{Double.NaN, Double.NaN};
        double wn = Math.hypot(rightReadout[0], rightReadout[1]);
        double[] unit = wn > 0 ? new double[]{rightReadout[0] / wn, rightReadout[1] / wn} : new double[]{1, 0};
        return new PrincipalComponents(new double[2], new double[]{1, 0}, new double[]{0, 1}, var, cumulative, h, n,
                xr, yr, unit, unit.clone(), false, 1.0);
    }

    static double[] rightReadout(RecurrentNetwork net) {
        int w = net.layout().readoutWeight() + net.hiddenSize();
        return new double[]{net.params()[w], net.params()[w + 1]};
    }
}
