package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * C2: accuracy by trial within block of the four networks. As the original (QUIRK), every SEM band is drawn in the
 * RNN blue rather than the model's colour.
 */
public final class CompareAllRnnsProbCorrectByTrialWithinBlockFigure extends ReducedFigureBase {

    public CompareAllRnnsProbCorrectByTrialWithinBlockFigure() {
        super("compare_all_rnns_prob_correct_by_trial_within_block", "All networks: accuracy by trial within block",
                "Which 2-unit networks reproduce the RNN's accuracy dip after a block switch and its recovery?",
                COMPARISON);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Within Block").yLabel("# Correct / # Trials").xLim(0, 101).yLim(0.5, 1.05);
        for (ComparedModels m : ComparedModels.available(ctx)) {
            Groups g = SessionCurves.accuracyByTrialWithinBlock(m.session()).withCountAbove(1);
            double[] x = g.keysPlus(1);
            p.add(Line.of(x, g.mean()).sem(g.sem()).noLine().color(HouseStyle.RIGHT));
            p.add(Line.of(x, g.mean()).color(m.color()).marker(1).width(1).label(m.label()));
        }
        return p.legend().legendMarkerScale(0.1);
    }
}
