package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** B10: psychometric curves P(right) by signed contrast in left and right blocks (RNN, observer, actor). */
public final class BehavRightActionBySignedContrastFigure extends BehaviourFigureBase {

    public BehavRightActionBySignedContrastFigure() {
        super("behav_right_action_by_signed_contrast", "P(right) by signed contrast and block side",
                "Do the psychometric curves P(right choice) vs signed contrast shift with the block side, as the"
                        + " Bayesian observer's and actor's do?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        AgentTrials rnn = BehaviourTrials.rnn(ctx);
        AgentTrials obs = BehaviourTrials.observer(ctx);
        AgentTrials actor = BehaviourTrials.actor(ctx);
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Trial Strength").yLabel("# Right / # Trials").yLim(-0.05, 1.05);
        int first = rnn.size() > 0 ? rnn.trials().blockSide()[0] : -1;
        int[] sides = {first, -first};
        // RNN curves first so that the legend reads Left/Right Block, Observer, Actor as in the original
        for (int side : sides) {
            p.add(Curves.meanWithBand(BehaviourCurves.rightChoiceBySignedStrength(rnn, rnn.blockSide(side)))
                    .color(HouseStyle.side(side)).marker(2).label(HouseStyle.sideName(side) + " Block"));
        }
        for (int side : sides) {
            p.add(Curves.meanWithBand(BehaviourCurves.rightChoiceBySignedStrength(obs, obs.blockSide(side)))
                    .color(Color.BLACK).dashed().marker(2).label("Bayesian Observer"));
        }
        for (int side : sides) {
            p.add(Curves.meanWithBand(BehaviourCurves.rightChoiceBySignedStrength(actor, actor.blockSide(side)))
                    .color(Color.BLACK).marker(2).label("Bayesian Actor"));
        }
        return p.legend().legendMarkerScale(0.1);
    }
}
