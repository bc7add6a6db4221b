package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.FeedbackEffects;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;

/**
 * S6: the movement on the step that receives the feedback, z_{t+1} − z_t, regressed on the feedback ±1 (the original
 * used z_t − z_{t−1}, the decision step: BUG fixed). Point colours apply the OrangeBlue map to the raw movement
 * (values ≤ 0 darkest orange, ≥ 1 darkest blue), as in the original.
 */
public final class StateSpaceEffectOfFeedbackAlongTaskAlignedVectorsFigure extends StateSpaceFigureBase {

    public StateSpaceEffectOfFeedbackAlongTaskAlignedVectorsFigure() {
        super("state_space_effect_of_feedback_along_task_aligned_vectors", "Effect of feedback",
                "How does feedback (±1) move the state along the stimulus and block directions?", "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        FeedbackEffects e = ctx.get(StateSpaceProducts.FEEDBACK_EFFECTS);
        Grid g = new Grid(1, 2).size(8, 3);
        g.set(0, 0, MovementPanels.regression(e.feedback(), e.stimulusMove(), Drawing.orangeBlue(e.stimulusMove(), 0, 1),
                e.stimulusFit(), "Feedback r", "Movement Along Stimulus Readout", ctx.random("regplot:feedback:stimulus")));
        g.set(0, 1, MovementPanels.regression(e.feedback(), e.blockMove(), Drawing.orangeBlue(e.blockMove(), 0, 1),
                e.blockFit(), "Feedback r", "Movement Along Block Readout", ctx.random("regplot:feedback:block")));
        return g;
    }
}
