package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.analysis.behaviour.TrialOutcomeFractions;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/** B11: stacked fractions of correct, incorrect and timed-out RNN trials per signed contrast, with ideal accuracy. */
public final class BehavTrialOutcomeByTrialStrengthFigure extends BehaviourFigureBase {

    public BehavTrialOutcomeByTrialStrengthFigure() {
        super("behav_trial_outcome_by_trial_strength", "Trial outcomes by signed contrast",
                "What fraction of trials end correct, incorrect or timed out per signed contrast, versus the Bayesian"
                        + " observer's and actor's accuracy?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        TrialOutcomeFractions f = TrialOutcomeFractions.of(BehaviourTrials.rnn(ctx));
        var actor = BehaviourCurves.accuracyBySignedStrength(BehaviourTrials.actor(ctx), AgentTrials.all());
        var obs = BehaviourCurves.accuracyBySignedStrength(BehaviourTrials.observer(ctx), AgentTrials.all());
        StackedBars bars = new StackedBars(f.signedStrengths(),
                new double[][] {f.correct(), f.incorrect(), f.timeout()},
                new Color[] {HouseStyle.CORRECT, HouseStyle.INCORRECT, HouseStyle.TIMEOUT},
                new String[] {"RNN Correct Action", "RNN Incorrect Action", "RNN Timeout"}, 0.35);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Stimulus Contrast").yLabel("Trial Outcome (%)").yLim(-0.05, 1.05)
                .add(bars)
                .add(Line.of(actor.keys(), actor.mean()).color(HouseStyle.IDEAL_CORRECT)
                        .label("Bayesian Actor Correct Actions"))
                .add(Line.of(obs.keys(), obs.mean()).color(HouseStyle.IDEAL_CORRECT).dashed()
                        .label("Bayesian Observer Correct Actions"))
                .hLine(0.5, Color.BLACK, HouseStyle.solid(1.5f))
                .text(0, 0.45, "Chance")
                .legend().legendMarkerScale(0.1);
    }
}
