package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.analysis.behaviour.PostSwitchRecovery;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;

/** B8: slope and intercept of accuracy over a block's first 10 trials, by the previous block's duration. */
public final class BehavProbCorrectSlopeInterceptByPrevBlockDurationFigure extends BehaviourFigureBase {

    static final int FIRST_TRIALS = 10;

    public BehavProbCorrectSlopeInterceptByPrevBlockDurationFigure() {
        super("behav_prob_correct_slope_intercept_by_prev_block_duration",
                "Post-switch accuracy slope and intercept by previous block duration",
                "Does the length of the previous block change how fast accuracy recovers at the start of the next"
                        + " block?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        PostSwitchRecovery r = PostSwitchRecovery.of(BehaviourTrials.rnn(ctx), FIRST_TRIALS);
        // titles shortened from the original's, which overflow a 4-inch figure
        LinePlot slope = new LinePlot().title("Slope of P(Correct) (First 10 Trials)", 8)
                .yLabel("Slope")
                .add(Curves.meanWithBand(r.slopes()).color(HouseStyle.NEUTRAL).marker(2));
        LinePlot intercept = new LinePlot().title("Intercept of P(Correct) (First 10 Trials)", 8)
                .yLabel("Intercept").xLabel("Previous Block Duration")
                .add(Curves.meanWithBand(r.intercepts()).color(HouseStyle.NEUTRAL).marker(2));
        return new Grid(2, 1).size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN).shareX()
                .set(0, 0, slope).set(1, 0, intercept);
    }
}
