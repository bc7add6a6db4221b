package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.analysis.reduced.SmallModel;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/**
 * R5: the RADD network's block coordinate — the log-odds of a logistic block classifier on its two units — at trial
 * ends, by trial within block and block side.
 */
public final class RaddStateSpaceProjectionOnRightBlockVectorByTrialWithinBlockFigure extends ReducedFigureBase {

    public RaddStateSpaceProjectionOnRightBlockVectorByTrialWithinBlockFigure() {
        super("radd_state_space_projection_on_right_block_vector_by_trial_within_block",
                "RADD network: block coordinate by trial within block",
                "Does the RADD network's block belief build up within a block like the RNN's block coordinate?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SmallModel m = ctx.get(ReducedProducts.RADD_SMALL_MODEL);
        SessionTable t = m.session();
        boolean[] end = t.trialEnd();
        int[] side = t.blockSide();
        int[] idx = t.trialIndex();
        double[] v = m.magnAlongBlock();
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial within Block").yLabel("Magnitude Along Block Readout");
        for (int s : new int[]{-1, 1}) {
            Groups g = Groups.of(t.rows(), r -> end[r] && side[r] == s, r -> idx[r], r -> v[r]).withCountAbove(1);
            p.add(Line.of(g.keys(), g.mean()).sem(g.sem()).color(HouseStyle.side(s))
                    .label("RADD RNN " + HouseStyle.sideName(s) + " Block"));
        }
        return p.legend();
    }
}
