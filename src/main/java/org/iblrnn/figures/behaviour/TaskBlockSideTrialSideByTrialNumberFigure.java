package org.iblrnn.figures.behaviour;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.ScatterPlot;
import org.iblrnn.task.TrialView;

/** T1: the first 150 trials' sides over coloured block backgrounds. */
public final class TaskBlockSideTrialSideByTrialNumberFigure extends BehaviourFigureBase {

    /** Trials shown (the original's code uses 150). */
    static final int TRIALS = 150;

    public TaskBlockSideTrialSideByTrialNumberFigure() {
        super("task_block_side_trial_side_by_trial_number", "Block side and trial side by trial number",
                "What does the block/trial structure of a session look like (blocks of biased stimulus sides)?", TASK);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        TrialView t = ctx.rnnSession().trials();
        int n = Math.min(TRIALS, t.size());
        double[] x = Curves.oneBased(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = t.side()[i] > 0 ? 1 : 0;
        }
        List<double[]> runs = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && t.blockSide()[j] == t.blockSide()[i]) {
                j++;
            }
            runs.add(new double[] {i + 1, j + 1});
            colors.add(HouseStyle.side(t.blockSide()[i]));
            i = j;
        }
        double[] x0 = new double[runs.size()];
        double[] x1 = new double[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            x0[k] = runs.get(k)[0];
            x1[k] = runs.get(k)[1];
        }
        // the scatter goes first and the translucent spans over it, as in the original (tinted dots)
        return new ScatterPlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Trial Number").yLabel("Stimulus Side")
                .add(x, y, Color.BLACK, 1.5, 1.0, null)
                .add(new VerticalSpans(x0, x1, colors.toArray(new Color[0]), 0.5f))
                .yTicks(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, new String[] {"Left", "", "", "", "", "Right"});
    }
}
