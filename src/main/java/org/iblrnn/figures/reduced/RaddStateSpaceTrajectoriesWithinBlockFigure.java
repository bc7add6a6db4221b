package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.analysis.statespace.LinearFit;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.PlotBase;
import org.iblrnn.task.SessionTable;

/**
 * R6: trial-end states of the last two blocks in task-aligned coordinates — the RNN's projection (dashed, scaled per
 * coordinate by least squares onto the RADD states) and the teacher-forced RADD states (solid), coloured by trial.
 */
public final class RaddStateSpaceTrajectoriesWithinBlockFigure extends ReducedFigureBase {

    public RaddStateSpaceTrajectoriesWithinBlockFigure() {
        super("radd_state_space_trajectories_within_block", "RADD vs projected RNN: trial-end states within blocks",
                "Does the teacher-forced RADD trajectory follow the RNN's task-aligned trajectory trial by trial?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable t = ctx.rnnSession();
        double[][] z = ctx.get(ReducedProducts.TASK_ALIGNED);
        double[][] zh = ctx.get(ReducedProducts.RADD_STATES);
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        int n = z.length;
        double[][] cols = new double[4][n];
        for (int r = 0; r < n; r++) {
            cols[0][r] = z[r][0];
            cols[1][r] = z[r][1];
            cols[2][r] = zh[r][0];
            cols[3][r] = zh[r][1];
        }
        double a0 = LinearFit.throughOrigin(cols[0], cols[2]);
        double a1 = LinearFit.throughOrigin(cols[1], cols[3]);
        int[] blocks = TaskAlignedTrajectories.blocks(t);
        int first = Math.max(0, blocks.length - 2);
        int[][] rows = new int[blocks.length - first][];
        int max = 0;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = TaskAlignedTrajectories.trialEndRows(t, blocks[first + i]);
            max = Math.max(max, rows[i].length);
        }
        Grid g = new Grid(1, 2).size(8, 3).shareY();
        for (int i = 0; i < rows.length; i++) {
            int side = rows[i].length > 0 ? t.blockSide()[rows[i][0]] : 1;
            LinePlot p = new LinePlot().title(HouseStyle.sideName(side) + " Block")
                    .xLabel("Magnitude Along Stimulus Vector").yLabel("Magnitude Along Block Vector")
                    .xLim(pca.xRange()[0], pca.xRange()[1]).yLim(pca.yRange()[0], pca.yRange()[1])
                    .aspect(PlotBase.Aspect.EQUAL_DATALIM);
            p.add(TaskAlignedTrajectories.path(rows[i], cols[0], cols[1], a0, a1, max, 2).dashed()
                    .label("Projected RNN"));
            p.add(TaskAlignedTrajectories.path(rows[i], cols[2], cols[3], 1, 1, max, 2).label("Reduced Dim RNN"));
            g.set(0, i, p.legend().legendMarkerScale(0.1));
        }
        return g;
    }
}
