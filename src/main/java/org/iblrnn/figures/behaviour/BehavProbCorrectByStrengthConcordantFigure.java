package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/** B7: accuracy by signed contrast on concordant vs discordant trials, RNN vs Bayesian actor. */
public final class BehavProbCorrectByStrengthConcordantFigure extends BehaviourFigureBase {

    public BehavProbCorrectByStrengthConcordantFigure() {
        super("behav_prob_correct_by_strength_concordant", "Accuracy by contrast on concordant and discordant trials",
                "Does the RNN use the block prior: accuracy vs signed contrast when the trial side agrees or disagrees"
                        + " with the block, compared to the Bayesian actor?", BEHAVIOUR);
    }

    /** Adds an agent's discordant (dashed) and concordant (solid) curves, large markers as in the original. */
    static LinePlot addConcordanceCurves(LinePlot p, AgentTrials a, String name, Color color) {
        for (boolean concordant : new boolean[] {false, true}) {
            var stats = BehaviourCurves.accuracyBySignedStrength(a, a.concordant(concordant));
            Line line = Curves.meanWithBand(stats).color(color).marker(HouseStyle.MARKER_SIZE)
                    .label(name + (concordant ? " Concordant" : " Discordant"));
            p.add(concordant ? line : line.dashed());
        }
        return p;
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Stimulus Contrast").yLabel("# Correct / # Trials");
        addConcordanceCurves(p, BehaviourTrials.rnn(ctx), "RNN", HouseStyle.RIGHT);
        addConcordanceCurves(p, BehaviourTrials.actor(ctx), "Bayesian Actor", HouseStyle.IDEAL_CORRECT);
        return p.legend().legendMarkerScale(0.1);
    }
}
