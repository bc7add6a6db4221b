package org.iblrnn.figures.statespace;

import org.iblrnn.agents.ObserverResult;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.analysis.statespace.ScalingParameters;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.analysis.statespace.TaskAlignedCoordinates;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LegendLocation;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/** O4: the block coordinate by trial within block against the scaled Bayesian block posterior. */
public final class StateSpaceProjectionOnRightBlockVectorByTrialWithinBlockFigure extends StateSpaceFigureBase {

    public StateSpaceProjectionOnRightBlockVectorByTrialWithinBlockFigure() {
        super("state_space_projection_on_right_block_vector_by_trial_within_block",
                "Block coordinate by trial within block",
                "Does the RNN's block coordinate evolve within a block like the scaled Bayesian block posterior?",
                "Observer comparison");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        TaskAlignedCoordinates z = ctx.get(StateSpaceProducts.TASK_ALIGNED);
        ObserverResult obs = ctx.get(BehaviourProducts.OBSERVER);
        double scale = ctx.get(StateSpaceProducts.SCALING).block();
        LinePlot p = new LinePlot().size(4, 3).xLabel("Trial within Block").yLabel("Magnitude Along Block Readout");
        for (int side : new int[]{-1, 1}) {
            int[] rows = Drawing.rowsWhere(s.rows(), r -> s.trialEnd()[r] && s.blockSide()[r] == side);
            ObserverCurves c = ObserverCurves.of(rows, s.trialIndex(), z.magnAlongBlock(), obs.blockPosteriorRight(),
                    scale);
            double[][] a = c.rnn();
            double[][] b = c.observer();
            // QUIRK (kept): the RNN's band is black and the observer's band has the block colour
            p.add(Line.of(a[0], a[1]).style(Line.Style.NONE).color(HouseStyle.IDEAL).sem(a[2]));
            p.add(Line.of(a[0], a[1]).color(HouseStyle.side(side)).label("RNN " + Drawing.side(side) + " Block"));
            p.add(Line.of(b[0], b[1]).style(Line.Style.NONE).color(HouseStyle.side(side)).sem(b[2]));
            p.add(Line.of(b[0], b[1]).color(HouseStyle.IDEAL).marker(1).width(1f)
                    .label(String.format(java.util.Locale.ROOT, "Bayesian Observer (Scaling: %.2f)", scale)));
        }
        return p.legend(LegendLocation.BEST);
    }
}
