package org.iblrnn.figures.behaviour;

import java.awt.Color;
import java.util.Arrays;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.ScatterPlot;
import org.iblrnn.task.SessionTable;

/**
 * T3: the observation on the trial's correct side against the other side's observation at the same step. Fixes the
 * original's BUG of pairing samples from different rows; blank steps (both observations forced to 0) are left out.
 */
public final class TaskStimuliByCorrectTrialSideFigure extends BehaviourFigureBase {

    private static final Color MEAN_LINE = HouseStyle.TAB_BLUE;

    public TaskStimuliByCorrectTrialSideFigure() {
        super("task_stimuli_by_correct_trial_side", "Correct-side vs incorrect-side observations",
                "How does the observation on the correct side relate to the simultaneous one on the other side?", TASK);
    }

    /** {x = correct-side observation, y = other-side observation} of every observation step. */
    static double[][] pairs(SessionTable s) {
        double[] x = new double[s.rows()];
        double[] y = new double[s.rows()];
        int m = 0;
        for (int r = 0; r < s.rows(); r++) {
            if (s.isBlank()[r]) {
                continue;
            }
            boolean right = s.trialSide()[r] > 0;
            x[m] = right ? s.rightStimulus()[r] : s.leftStimulus()[r];
            y[m++] = right ? s.leftStimulus()[r] : s.rightStimulus()[r];
        }
        return new double[][] {Arrays.copyOf(x, m), Arrays.copyOf(y, m)};
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        double[][] p = pairs(ctx.rnnSession());
        ScatterPlot plot = new ScatterPlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Correct Side Stimuli").yLabel("Incorrect Side Stimuli")
                .vLine(0, Color.BLACK, HouseStyle.solid(1.5f)).hLine(0, Color.BLACK, HouseStyle.solid(1.5f))
                .add(p[0], p[1], HouseStyle.NEUTRAL, HouseStyle.MARKER_SIZE, 0.5, null);
        if (p[0].length > 0) {
            plot.vLine(Arrays.stream(p[0]).average().orElseThrow(), MEAN_LINE, HouseStyle.solid(1.5f))
                    .hLine(Arrays.stream(p[1]).average().orElseThrow(), MEAN_LINE, HouseStyle.solid(1.5f));
        }
        return plot;
    }
}
