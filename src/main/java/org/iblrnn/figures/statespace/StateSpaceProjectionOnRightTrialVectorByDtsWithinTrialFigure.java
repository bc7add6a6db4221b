package org.iblrnn.figures.statespace;

import org.iblrnn.agents.ObserverResult;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.analysis.statespace.TaskAlignedCoordinates;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LegendLocation;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/**
 * O5: the stimulus coordinate by step within trial against the scaled Bayesian stimulus posterior. The scale is fitted
 * to the trial coordinate (the original fitted it to the block coordinate: BUG fixed).
 */
public final class StateSpaceProjectionOnRightTrialVectorByDtsWithinTrialFigure extends StateSpaceFigureBase {

    public StateSpaceProjectionOnRightTrialVectorByDtsWithinTrialFigure() {
        super("state_space_projection_on_right_trial_vector_by_dts_within_trial",
                "Stimulus coordinate by step within trial",
                "Does the RNN's stimulus coordinate within a trial resemble the scaled Bayesian stimulus posterior?",
                "Observer comparison");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        TaskAlignedCoordinates z = ctx.get(StateSpaceProducts.TASK_ALIGNED);
        ObserverResult obs = ctx.get(BehaviourProducts.OBSERVER);
        double scale = ctx.get(StateSpaceProducts.SCALING).stimulus();
        LinePlot p = new LinePlot().size(4, 3).xLabel("RNN Step In Trial").yLabel("Magnitude Along Trial Vector");
        for (int side : new int[]{-1, 1}) {
            int[] rows = Drawing.rowsWhere(s.rows(),
                    r -> s.leftStimulus()[r] != 0 && s.rightStimulus()[r] != 0 && s.trialSide()[r] == side);
            ObserverCurves c = ObserverCurves.of(rows, s.rnnStepIndex(), z.magnAlongTrial(),
                    obs.stimulusPosteriorRight(), scale);
            double[][] a = c.rnn();
            double[][] b = c.observer();
            p.add(Line.of(a[0], a[1]).color(HouseStyle.side(side)).marker(2).sem(a[2])
                    .label("RNN " + Drawing.side(side) + " Trials"));
            p.add(Line.of(b[0], b[1]).color(HouseStyle.IDEAL).marker(2).width(1f).sem(b[2])
                    .label(String.format(java.util.Locale.ROOT, "Bayesian Observer (Scaling: %.2f)", scale)));
        }
        return p.legend(LegendLocation.BEST);
    }
}
