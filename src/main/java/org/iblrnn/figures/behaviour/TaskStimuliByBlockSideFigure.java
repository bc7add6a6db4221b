package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.Histogram;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LegendLocation;
import org.iblrnn.task.SessionTable;

/** T2: histograms of left and right observations within left and right blocks (all steps, blanks included). */
public final class TaskStimuliByBlockSideFigure extends BehaviourFigureBase {

    public TaskStimuliByBlockSideFigure() {
        super("task_stimuli_by_block_side", "Observations by block side",
                "How are observations distributed on each side within left vs right blocks?", TASK);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        int first = s.rows() > 0 ? s.blockSide()[0] : -1;
        int[] order = {first, -first};
        Grid g = new Grid(2, 1).size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN);
        for (int p = 0; p < 2; p++) {
            int side = order[p];
            int m = 0;
            for (int b : s.blockSide()) {
                if (b == side) {
                    m++;
                }
            }
            double[] left = new double[m];
            double[] right = new double[m];
            int j = 0;
            for (int r = 0; r < s.rows(); r++) {
                if (s.blockSide()[r] == side) {
                    left[j] = s.leftStimulus()[r];
                    right[j++] = s.rightStimulus()[r];
                }
            }
            Histogram h = new Histogram().bins(50).title(HouseStyle.sideName(side) + " Block")
                    .add(left, HouseStyle.LEFT, 0.5, "Left Stimulus")
                    .add(right, HouseStyle.RIGHT, 0.5, "Right Stimulus")
                    .legend(LegendLocation.UPPER_RIGHT);
            if (p == 1) {
                h.xLabel("Stimulus Value");
            }
            g.set(p, 0, h);
        }
        return g;
    }
}
