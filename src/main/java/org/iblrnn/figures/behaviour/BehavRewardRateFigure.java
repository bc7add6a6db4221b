package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** B9: net reward per trial (outcome plus time penalties) by number of observations. */
public final class BehavRewardRateFigure extends BehaviourFigureBase {

    public BehavRewardRateFigure() {
        super("behav_reward_rate", "Reward rate by number of observations",
                "Is the RNN's speed/accuracy trade-off sensible: net reward per trial after time penalties by decision"
                        + " time, versus the Bayesian observer and actor?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        double penalty = ctx.task().timeDelayPenalty();
        var rnn = BehaviourCurves.rewardRateByObservations(BehaviourTrials.rnn(ctx), AgentTrials.all(), penalty)
                .withCountAbove(1);
        var obs = BehaviourCurves.rewardRateByObservations(BehaviourTrials.observer(ctx), AgentTrials.all(), penalty)
                .withCountAbove(1);
        var actor = BehaviourCurves.rewardRateByObservations(BehaviourTrials.actor(ctx), AgentTrials.all(), penalty)
                .withCountAbove(1);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Number of Observations").yLabel("Reward Rate")
                .add(Curves.meanWithBand(rnn).color(HouseStyle.RIGHT).marker(2).label("RNN"))
                .add(Curves.meanWithBand(obs).color(Color.BLACK).dashed().marker(2).label("Bayesian Observer"))
                .add(Curves.meanWithBand(actor).color(Color.BLACK).marker(2).label("Bayesian Actor"))
                .legend().legendMarkerScale(0.1);
    }
}
