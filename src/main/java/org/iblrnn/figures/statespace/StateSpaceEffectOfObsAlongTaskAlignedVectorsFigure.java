package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.ObservationEffects;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;

/** S5: one observation's movement along the stimulus and block directions, regressed on d = right − left. */
public final class StateSpaceEffectOfObsAlongTaskAlignedVectorsFigure extends StateSpaceFigureBase {

    /** The original's colour normalisation: [−4, 0, 4] ↦ [0, 0.5, 1], clipped. */
    static final double COLOR_LIMIT = 4;

    public StateSpaceEffectOfObsAlongTaskAlignedVectorsFigure() {
        super("state_space_effect_of_obs_along_task_aligned_vectors", "Effect of one observation",
                "How does a single observation move the state along the stimulus and block directions?",
                "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        ObservationEffects e = ctx.get(StateSpaceProducts.OBSERVATION_EFFECTS);
        String xl = Notation.OBSERVATION_DIFFERENCE;
        Grid g = new Grid(1, 2).size(8, 3);
        g.set(0, 0, MovementPanels.regression(e.evidence(), e.stimulusMove(),
                Drawing.orangeBlue(e.stimulusMove(), -COLOR_LIMIT, COLOR_LIMIT), e.stimulusFit(), xl,
                "Movement Along Stimulus Readout", ctx.random("regplot:obs:stimulus")));
        g.set(0, 1, MovementPanels.regression(e.evidence(), e.blockMove(),
                Drawing.orangeBlue(e.blockMove(), -COLOR_LIMIT, COLOR_LIMIT), e.blockFit(), xl,
                "Movement Along Block Readout", ctx.random("regplot:obs:block")));
        return g;
    }
}
