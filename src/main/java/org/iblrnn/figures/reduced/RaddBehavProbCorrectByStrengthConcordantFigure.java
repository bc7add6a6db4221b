package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** R1: the RADD network's accuracy by signed contrast on concordant and discordant trials vs the Bayesian actor. */
public final class RaddBehavProbCorrectByStrengthConcordantFigure extends ReducedFigureBase {

    public RaddBehavProbCorrectByStrengthConcordantFigure() {
        super("radd_behav_prob_correct_by_strength_concordant", "RADD network: accuracy by contrast and concordance",
                "Does the 2-unit RADD network reproduce the RNN's use of the block prior (concordant vs discordant "
                        + "accuracy)?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Stimulus Contrast").yLabel("# Correct / # Trials");
        SessionCurves.addConcordance(p, ctx.get(ReducedProducts.RADD_SESSION), "RADD RNN", true, HouseStyle.RIGHT,
                HouseStyle.MARKER_SIZE);
        SessionCurves.addConcordance(p, BehaviourProducts.actorSession(ctx, "bayesian_actor"), "Bayesian Actor", true,
                HouseStyle.IDEAL_CORRECT, HouseStyle.MARKER_SIZE);
        return p.legend().legendMarkerScale(0.1);
    }
}
