package org.iblrnn.figures.behaviour;

import java.awt.Color;
import java.util.Arrays;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.analysis.behaviour.BlockBeliefTrace;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/** O1: the RNN's block coordinate, the scaled observer block posterior and the true block over 300 trials. */
public final class TaskBlockInferenceMultipleBlocksFigure extends BehaviourFigureBase {

    static final int TRIALS = 300;

    public TaskBlockInferenceMultipleBlocksFigure() {
        super("task_block_inference_multiple_blocks", "Block belief over many blocks",
                "Does the RNN's block belief track the true block and the ideal observer's block posterior trial by"
                        + " trial?", OBSERVERS);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        BlockBeliefTrace b = ctx.get(BehaviourTrials.BLOCK_BELIEF);
        int n = Math.min(TRIALS, b.size());
        double[] x = Curves.oneBased(n);
        return new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Number").yLabel("Block Side (Rescaled)")
                .add(Line.of(x, Arrays.copyOf(b.rnnBlockBelief(), n)).color(HouseStyle.RIGHT).marker(1).width(1)
                        .label("RNN Block Belief"))
                .add(Line.of(x, Arrays.copyOf(b.observerBlockBelief(), n)).color(Color.BLACK)
                        .label("Bayesian Observer"))
                .add(Line.of(x, Arrays.copyOf(b.blockSide(), n)).color(HouseStyle.NEUTRAL).label("Block Side"))
                .legend().legendMarkerScale(0.1);
    }
}
