package org.iblrnn.analysis.fixedpoint;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.statespace.StateSpaceProducts;

/** The memoised fixed-point products (grid, search, basins) with {@link FixedPointConfig#defaults()}. */
public final class FixedPointProducts {

    /** Grid of initial states inside the hull of the visited PCA states. */
    public static final Product<StateGrid> GRID = Product.of("state_grid",
            ctx -> StateGrid.sample(ctx.get(StateSpaceProducts.PCA), FixedPointConfig.defaults().gridSize()));

    /** Fixed points under the six input conditions. */
    public static final Product<FixedPointResults> FIXED_POINTS = Product.of("fixed_points",
            ctx -> new FixedPointSearch(FixedPointConfig.defaults()).search(ctx.network(), ctx.get(GRID),
                    ctx.get(StateSpaceProducts.PCA), List.of(InputCondition.values())));

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
