package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;

/** R8: RADD network: flow under left, equal and right stimuli (template {@link SmallModelVectorFields}; middle panel correctly titled "Equal Stimulus"). */
public final class RaddStateSpaceVectorFieldsIdealFigure extends ReducedFigureBase {

    public RaddStateSpaceVectorFieldsIdealFigure() {
        super("radd_state_space_vector_fields_ideal", "RADD network: flow under left, equal and right stimuli",
                "What 2-D flow does the RADD network implement under left, ambiguous and right input (a line attractor for the block belief)?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        return SmallModelVectorFields.of(ctx.get(ReducedProducts.RADD_SMALL_MODEL));
    }
}
