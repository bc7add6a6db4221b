package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** B3: accuracy by number of observations before deciding (RNN, observer at the RNN's decision, actor). */
public final class BehavProbCorrectActionByDtsWithinTrialFigure extends BehaviourFigureBase {

    public BehavProbCorrectActionByDtsWithinTrialFigure() {
        super("behav_prob_correct_action_by_dts_within_trial", "Accuracy by number of observations",
                "How accurate are decisions as a function of how many observations were made before deciding,"
                        + " versus the Bayesian observer and actor?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        var rnn = BehaviourCurves.accuracyByObservations(BehaviourTrials.rnn(ctx), AgentTrials.all()).withCountAbove(1);
        var obs = BehaviourCurves.accuracyByObservations(BehaviourTrials.observer(ctx), AgentTrials.all())
                .withCountAbove(1);
        var actor = BehaviourCurves.accuracyByObservations(BehaviourTrials.actor(ctx), AgentTrials.all())
                .withCountAbove(1);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Number of Observations Within Trial").yLabel("# Correct / # Trials")
                .xLim(0, ctx.task().maxObsPerTrial() + 1).yLim(-0.05, 1.05)
                .add(Curves.meanWithBand(rnn).color(HouseStyle.RIGHT).marker(2).width(1).label("RNN"))
                .add(Curves.bandOnly(obs, 0, java.awt.Color.BLACK))
                .add(Curves.mean(obs, 0).color(HouseStyle.IDEAL_CORRECT).dashed().marker(2).width(1)
                        .label("Bayesian Observer"))
                .add(Curves.meanWithBand(actor).color(HouseStyle.IDEAL_CORRECT).marker(2).width(1)
                        .label("Bayesian Actor"))
                .legend().legendMarkerScale(0.1);
    }
}
