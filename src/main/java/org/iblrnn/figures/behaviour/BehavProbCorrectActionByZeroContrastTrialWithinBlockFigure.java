package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** B6: the RNN's zero-contrast accuracy by trial within block (RNN-only version of B5). */
public final class BehavProbCorrectActionByZeroContrastTrialWithinBlockFigure extends BehaviourFigureBase {

    public BehavProbCorrectActionByZeroContrastTrialWithinBlockFigure() {
        super("behav_prob_correct_action_by_zero_contrast_trial_within_block",
                "RNN zero-contrast accuracy by trial within block",
                "How does the RNN's accuracy on zero-contrast trials, driven only by its block belief, evolve within a"
                        + " block?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        AgentTrials rnn = BehaviourTrials.rnn(ctx);
        var stats = BehaviourCurves.accuracyByTrialWithinBlock(rnn, rnn.zeroStrength()).withCountAbove(1);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Within Block").yLabel("# Correct / # Trials").xLim(0, 101).yLim(-0.05, 1.05)
                .add(Curves.meanWithBand(stats, 1).color(HouseStyle.RIGHT).marker(HouseStyle.MARKER_SIZE)
                        .label("Zero Contrast Trials"))
                .legend();
    }
}
