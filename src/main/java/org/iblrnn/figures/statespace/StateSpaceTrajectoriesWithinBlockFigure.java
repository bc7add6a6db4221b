package org.iblrnn.figures.statespace;

import java.awt.Color;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.TrialView;

/** S2: trial-end states of the session's last two blocks, joined in order and coloured by trial. */
public final class StateSpaceTrajectoriesWithinBlockFigure extends StateSpaceFigureBase {

    public StateSpaceTrajectoriesWithinBlockFigure() {
        super("state_space_trajectories_within_block", "Trial-end states across a block",
                "How do trial-end states drift over a block (accumulation of block belief)?", "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        TrialView t = ctx.rnnSession().trials();
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        int maxBlock = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.sessionIndex()[i] == 0) {
                maxBlock = Math.max(maxBlock, t.blockIndex()[i]);
            }
        }
        if (maxBlock < 1) {
            throw new IllegalStateException("state_space_trajectories_within_block needs two blocks in session 0 but "
                    + "found " + (maxBlock + 1));
        }
        int[][] rows = new int[2][];
        int[] sides = new int[2];
        for (int b = 0; b < 2; b++) {
            int block = maxBlock - 1 + b;
            int n = 0;
            for (int i = 0; i < t.size(); i++) {
                if (t.sessionIndex()[i] == 0 && t.blockIndex()[i] == block) {
                    n++;
                }
            }
            rows[b] = new int[n];
            int k = 0;
            for (int i = 0; i < t.size(); i++) {
                if (t.sessionIndex()[i] == 0 && t.blockIndex()[i] == block) {
                    rows[b][k++] = t.endRow()[i];
                    sides[b] = t.blockSide()[i];
                }
            }
        }
        int bMax = Math.max(rows[0].length, rows[1].length);
        Grid g = new Grid(1, 2).size(8, 3).shareY();
        for (int b = 0; b < 2; b++) {
            int n = rows[b].length;
            double[] x = new double[n];
            double[] y = new double[n];
            Color[] c = new Color[n];
            for (int k = 0; k < n; k++) {
                x[k] = pca.x(rows[b][k]);
                y[k] = pca.y(rows[b][k]);
                c[k] = ColorMap.JET.at((double) k / bMax);
            }
            LinePlot p = Drawing.pcaAxes(new LinePlot(), pca, true).title(Drawing.side(sides[b]) + " Block");
            p.add(Line.of(x, y).marker(2).width(1f).pointColors(c));
            Drawing.boundaries(p, ctx, true);
            g.set(0, b, p);
        }
        return g;
    }
}
