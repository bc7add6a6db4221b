package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;

/** D2: Traditionally distilled 2-unit network: flow under left, equal and right stimuli (template {@link SmallModelVectorFields}; middle panel correctly titled "Equal Stimulus"). */
public final class TraditionallyDistilledStateSpaceVectorFieldsIdealFigure extends ReducedFigureBase {

    public TraditionallyDistilledStateSpaceVectorFieldsIdealFigure() {
        super("traditionally_distilled_state_space_vector_fields_ideal", "Traditionally distilled 2-unit network: flow under left, equal and right stimuli",
                "What dynamics does a 2-unit RNN distilled from the RNN's output probabilities learn?", SMALL);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        return SmallModelVectorFields.of(ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED_SMALL_MODEL));
    }
}
