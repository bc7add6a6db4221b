package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.FeedbackEffects;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Kde;
import org.iblrnn.figures.plot.LegendLocation;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/** S7: densities of the feedback step's movement by chosen side and feedback. */
public final class StateSpaceEffectOfFeedbackAlongTaskAlignedVectorsBySideFigure extends StateSpaceFigureBase {

    public StateSpaceEffectOfFeedbackAlongTaskAlignedVectorsBySideFigure() {
        super("state_space_effect_of_feedback_along_task_aligned_vectors_by_side", "Effect of feedback by side",
                "After an action, how does the state move along each direction depending on the chosen side and the feedback?",
                "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        FeedbackEffects e = ctx.get(StateSpaceProducts.FEEDBACK_EFFECTS);
        LinePlot stim = new LinePlot().xLabel("Movement Along Stimulus Readout");
        LinePlot block = new LinePlot().xLabel("Movement Along Block Readout");
        for (FeedbackEffects.Group grp : e.groups()) {
            String label = Drawing.side(grp.actionSide()) + " Action, Feedback: " + (grp.feedback() > 0 ? "1.0" : "\u22121.0");
            add(stim, grp.stimulusMove(), grp, label);
            add(block, grp.blockMove(), grp, label);
        }
        return new Grid(1, 2).size(8, 3).set(0, 0, stim.legend(LegendLocation.UPPER_RIGHT))
                .set(0, 1, block.legend(LegendLocation.UPPER_RIGHT));
    }

    private static void add(LinePlot p, double[] values, FeedbackEffects.Group grp, String label) {
        Kde kde = Kde.of(values, 200);
        if (kde == null) {
            return;
        }
        Line line = Line.of(kde.x(), kde.density()).color(HouseStyle.side(grp.actionSide())).width(1f).label(label);
        p.add(grp.feedback() > 0 ? line : line.dashed());
    }
}
