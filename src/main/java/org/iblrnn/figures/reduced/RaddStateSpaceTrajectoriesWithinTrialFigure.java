package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/**
 * R7: the RNN's state during the first nine trials of block 2 (the last block if there are fewer), in the
 * task-aligned coordinates that RADD models — as the original, only the RNN's projection is drawn. Limits are the
 * coordinates' own ranges over the session (the original used the PCA ranges with equal axes).
 */
public final class RaddStateSpaceTrajectoriesWithinTrialFigure extends ReducedFigureBase {

    /** The block the original shows. */
    static final int BLOCK = 2;
    /** Trials shown (a 3 × 3 grid). */
    static final int TRIALS = 9;

    public RaddStateSpaceTrajectoriesWithinTrialFigure() {
        super("radd_state_space_trajectories_within_trial", "Within-trial trajectories in task-aligned coordinates",
                "Within single trials, does the state move mostly along the stimulus coordinate at a block-coordinate "
                        + "offset?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable t = ctx.rnnSession();
        double[][] z = ctx.get(ReducedProducts.TASK_ALIGNED);
        double[] x = new double[z.length];
        double[] y = new double[z.length];
        double[] lim = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int r = 0; r < z.length; r++) {
            x[r] = z[r][0];
            y[r] = z[r][1];
            lim[0] = Math.min(lim[0], x[r]);
            lim[1] = Math.max(lim[1], x[r]);
            lim[2] = Math.min(lim[2], y[r]);
            lim[3] = Math.max(lim[3], y[r]);
        }
        int[] blocks = TaskAlignedTrajectories.blocks(t);
        int block = blocks.length > BLOCK ? blocks[BLOCK] : blocks[blocks.length - 1];
        int[][] rows = new int[TRIALS][];
        int max = 0;
        for (int i = 0; i < TRIALS; i++) {
            rows[i] = TaskAlignedTrajectories.trialRows(t, block, i);
            max = Math.max(max, rows[i].length);
        }
        Grid g = new Grid(3, 3).size(5, 5).shareX().shareY();
        for (int i = 0; i < TRIALS; i++) {
            LinePlot p = new LinePlot().xLim(lim[0], lim[1]).yLim(lim[2], lim[3]);
            if (rows[i].length > 0) {
                p.add(TaskAlignedTrajectories.path(rows[i], x, y, 1, 1, max, 1));
            }
            if (i == 7) {
                p.xLabel("Stimulus Coordinate");
            }
            if (i == 3) {
                p.yLabel("Block Coordinate");
            }
            g.set(i / 3, i % 3, p);
        }
        return g;
    }
}
