package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** C1: concordant (solid) and discordant (dashed) accuracy by signed contrast of the four networks. */
public final class CompareAllRnnsProbCorrectByStrengthConcordantFigure extends ReducedFigureBase {

    public CompareAllRnnsProbCorrectByStrengthConcordantFigure() {
        super("compare_all_rnns_prob_correct_by_strength_concordant",
                "All networks: accuracy by contrast and concordance",
                "Which 2-unit network (RADD, traditionally distilled, task-trained) uses the block prior like the "
                        + "task-trained RNN?", COMPARISON);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Stimulus Contrast").yLabel("# Correct / # Trials");
        for (ComparedModels m : ComparedModels.available(ctx)) {
            SessionCurves.addConcordance(p, m.session(), m.label(), false, m.color(), 2);
        }
        return p.legend().legendMarkerScale(0.1);
    }
}
