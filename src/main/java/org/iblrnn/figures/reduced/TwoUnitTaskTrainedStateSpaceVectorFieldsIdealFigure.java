package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;

/** D1: Task-trained 2-unit network: flow under left, equal and right stimuli (template {@link SmallModelVectorFields}; middle panel correctly titled "Equal Stimulus"). */
public final class TwoUnitTaskTrainedStateSpaceVectorFieldsIdealFigure extends ReducedFigureBase {

    public TwoUnitTaskTrainedStateSpaceVectorFieldsIdealFigure() {
        super("two_unit_task_trained_state_space_vector_fields_ideal", "Task-trained 2-unit network: flow under left, equal and right stimuli",
                "What dynamics does a 2-unit RNN trained directly on the task learn, compared with the RADD network?", SMALL);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        return SmallModelVectorFields.of(ctx.get(ReducedProducts.TWO_UNIT_SMALL_MODEL));
    }
}
