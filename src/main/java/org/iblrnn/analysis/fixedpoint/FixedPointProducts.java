package org.iblrnn.analysis.fixedpoint;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.slf4j.LoggerFactory;

/**
 * The memoised fixed-point products (session states, lift, initial states, search, basins) with
 * {@link FixedPointConfig#defaults()}.
 */
public final class FixedPointProducts {

    /** The analysis session's full states (h, and c for an lstm), row-major rows × S. */
    public static final Product<double[]> SESSION_STATES = Product.of("session_states",
            ctx -> SessionStates.of(ctx.network(), ctx.rnnSession()));

    /** From h to the full state: the identity, or an lstm's cell state regressed on h over the session. */
    public static final Product<StateLift> LIFT = Product.of("state_lift", ctx -> {
        StateLift lift = StateLift.fit(ctx.get(SESSION_STATES), ctx.network().hiddenSize(), ctx.network().stateSize());
        if (!lift.isIdentity()) {
            LoggerFactory.getLogger(FixedPointProducts.class).info("Cell state regressed on h for grid points: "
                    + "R² = {}", String.format(java.util.Locale.ROOT, "%.4f", lift.rSquared()));
        }
        return lift;
    });

    /** Grid of initial states inside the hull of the visited PCA states, lifted to full states. */
    public static final Product<StateGrid> GRID = Product.of("state_grid",
            ctx -> StateGrid.sample(ctx.get(StateSpaceProducts.PCA), FixedPointConfig.defaults().gridSize(),
                    ctx.get(LIFT)));

    /** Initial states sampled from the session with noise (stream "fixed-point-initial-states"). */
    public static final Product<double[]> SAMPLED_STATES = Product.of("fixed_point_initial_states",
            ctx -> InitialStates.sample(ctx.get(SESSION_STATES), ctx.network().stateSize(),
                    FixedPointConfig.defaults().sampledStates(), FixedPointConfig.defaults().sampleNoiseScale(),
                    ctx.random("fixed-point-initial-states")));

    /** Fixed points under the six input conditions. */
    public static final Product<FixedPointResults> FIXED_POINTS = Product.of("fixed_points",
            ctx -> new FixedPointSearch(FixedPointConfig.defaults()).search(ctx.network(), ctx.get(GRID),
                    ctx.get(SAMPLED_STATES), ctx.get(StateSpaceProducts.PCA), List.of(InputCondition.values())));

    /** Lyapunov basins, one per condition. */
    public static final Product<List<Basin>> BASINS = Product.of("fixed_point_basins",
            ctx -> BasinAnalysis.compute(ctx.network(), ctx.get(FIXED_POINTS)));

    private FixedPointProducts() {
    }

    /** Convenience for code holding a context. */
    public static FixedPointResults fixedPoints(AnalysisContext ctx) {
        return ctx.get(FIXED_POINTS);
    }
}
