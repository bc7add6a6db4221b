package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/**
 * R2: accuracy by trial within block of the RADD network, with the 50-unit RNN and the Bayesian actor for
 * reference. Fixes the original's BUG, which plotted the 50-unit RNN's session under the label "RADD RNN"; the
 * Bayesian observer (defined only on the RNN's own session) is not drawn.
 */
public final class RaddBehavProbCorrectByTrialWithinBlockFigure extends ReducedFigureBase {

    public RaddBehavProbCorrectByTrialWithinBlockFigure() {
        super("radd_behav_prob_correct_by_trial_within_block", "RADD network: accuracy by trial within block",
                "Does the RADD network show the RNN's accuracy dip after a block switch and its recovery?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Within Block").yLabel("# Correct / # Trials").xLim(0, 101).yLim(0.5, 1.05);
        add(p, ctx.rnnSession(), "RNN (" + ctx.network().hiddenSize() + " Units)", HouseStyle.NEUTRAL, false);
        add(p, ctx.get(ReducedProducts.RADD_SESSION), "RADD RNN", HouseStyle.RIGHT, false);
        add(p, BehaviourProducts.actorSession(ctx, "bayesian_actor"), "Bayesian Actor", HouseStyle.IDEAL_CORRECT, true);
        return p.legend().legendMarkerScale(0.1);
    }

    private static void add(LinePlot p, SessionTable t, String label, java.awt.Color color, boolean blackBand) {
        Groups g = SessionCurves.accuracyByTrialWithinBlock(t).withCountAbove(1);
        double[] x = g.keysPlus(1);
        if (blackBand) {
            p.add(Line.of(x, g.mean()).sem(g.sem()).noLine().color(java.awt.Color.BLACK));
            p.add(Line.of(x, g.mean()).color(color).marker(1).width(1).label(label));
        } else {
            p.add(Line.of(x, g.mean()).sem(g.sem()).color(color).marker(1).width(1).label(label));
        }
    }
}
