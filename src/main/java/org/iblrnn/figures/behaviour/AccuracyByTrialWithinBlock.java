package org.iblrnn.figures.behaviour;

import java.awt.Color;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** Shared drawing of B4 and B5: accuracy by trial within block for the RNN, observer and actor. */
final class AccuracyByTrialWithinBlock {

    private AccuracyByTrialWithinBlock() {
    }

    /** {@code subset} picks the trials of each agent (e.g. zero strength). */
    static LinePlot plot(AgentTrials rnn, AgentTrials observer, AgentTrials actor,
                         Function<AgentTrials, IntPredicate> subset) {
        var r = BehaviourCurves.accuracyByTrialWithinBlock(rnn, subset.apply(rnn)).withCountAbove(1);
        var o = BehaviourCurves.accuracyByTrialWithinBlock(observer, subset.apply(observer)).withCountAbove(0);
        var a = BehaviourCurves.accuracyByTrialWithinBlock(actor, subset.apply(actor)).withCountAbove(1);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Within Block").xLim(0, 101)
                .add(Curves.meanWithBand(r, 1).color(HouseStyle.RIGHT).marker(1).width(1).label("RNN"))
                .add(Curves.bandOnly(o, 1, Color.BLACK))
                .add(Curves.mean(o, 1).color(HouseStyle.IDEAL_CORRECT).dashed().marker(1).width(1)
                        .label("Bayesian Observer"))
                .add(Curves.bandOnly(a, 1, Color.BLACK))
                .add(Curves.mean(a, 1).color(HouseStyle.IDEAL_CORRECT).marker(1).width(1)
                        .label("Bayesian Actor"))
                .legend().legendMarkerScale(0.1);
    }
}
