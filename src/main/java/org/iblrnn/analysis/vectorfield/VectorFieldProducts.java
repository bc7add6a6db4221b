package org.iblrnn.analysis.vectorfield;

import java.util.List;
import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;
import org.iblrnn.analysis.statespace.StateSpaceProducts;

/** The memoised vector-field products. */
public final class VectorFieldProducts {

    /** Model-evaluated fields on the fixed-point grid, one per condition (VF1). */
    public static final Product<List<IdealVectorField>> IDEAL = Product.of("ideal_vector_fields",
            ctx -> IdealVectorField.of(ctx.get(FixedPointProducts.FIXED_POINTS)));

    /** Empirical fields from the RNN session, one per condition (VF2); subsampling streams "vector-field:<key>". */
    public static final Product<List<RealVectorField>> REAL = Product.of("real_vector_fields",
            ctx -> RealVectorField.of(ctx.rnnSession(), ctx.get(StateSpaceProducts.PCA),
                    c -> ctx.random("vector-field:" + c.key())));

    private VectorFieldProducts() {
    }
}
