package org.iblrnn.figures.behaviour;

import java.awt.Color;
import java.util.Arrays;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.analysis.behaviour.BlockBeliefTrace;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;

/** O2: close-up of block inference across the first block switch, with each trial's mean evidence. */
public final class TaskBlockInferenceSingleBlockFigure extends BehaviourFigureBase {

    public TaskBlockInferenceSingleBlockFigure() {
        super("task_block_inference_single_block", "Block belief across the first block switch",
                "Around the first block switch, how do the RNN's and the ideal observer's block beliefs move with each"
                        + " trial's evidence?", OBSERVERS);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        BlockBeliefTrace b = ctx.get(BehaviourTrials.BLOCK_BELIEF);
        int n = b.firstSwitchWindow(ctx.task().minTrialsPerBlock());
        double[] x = Curves.oneBased(n);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Number").yLabel("Block Side (Rescaled)").yLim(-5, 5)
                .add(Line.of(x, Arrays.copyOf(b.observerBlockBelief(), n)).color(Color.BLACK)
                        .label("Bayesian Observer"))
                .add(Line.of(x, Arrays.copyOf(b.blockSide(), n)).color(HouseStyle.NEUTRAL).label("Block Side"))
                .add(Line.of(x, Arrays.copyOf(b.trialSide(), n)).noLine().marker(Marker.CROSS, 3)
                        .color(HouseStyle.NEUTRAL).label("Stimulus Side"))
                .add(Line.of(x, Arrays.copyOf(b.rnnBlockBelief(), n)).marker(Marker.PLUS, 3).width(1)
                        .color(HouseStyle.RIGHT).label("RNN Block Belief"))
                .add(Line.of(x, Arrays.copyOf(b.meanObservationDiff(), n)).dashed().marker(Marker.PLUS, 2).width(1)
                        .color(HouseStyle.RIGHT).label(Notation.TRIAL_MEAN_OBSERVATION_DIFFERENCE))
                .legend().legendMarkerScale(0.1);
    }
}
