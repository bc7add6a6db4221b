package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** B1: chronometric curves of the RNN and the Bayesian actor. */
public final class BehavDtsPerTrialByStrengthFigure extends BehaviourFigureBase {

    public BehavDtsPerTrialByStrengthFigure() {
        super("behav_dts_per_trial_by_strength", "Steps per trial by signed contrast",
                "How many RNN steps does a trial take as a function of signed contrast, compared to the Bayesian"
                        + " actor?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        var rnn = BehaviourCurves.stepsBySignedStrength(BehaviourTrials.rnn(ctx), AgentTrials.all());
        var actor = BehaviourCurves.stepsBySignedStrength(BehaviourTrials.actor(ctx), AgentTrials.all());
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Stimulus Contrast").yLabel(Notation.STEPS_PER_TRIAL)
                .add(Curves.meanWithBand(rnn).color(HouseStyle.NEUTRAL).marker(2).width(1).label("RNN"))
                .add(Curves.meanWithBand(actor).color(Color.BLACK).marker(2).width(1).label("Bayesian Actor"))
                .legend().legendMarkerScale(0.1);
    }
}
