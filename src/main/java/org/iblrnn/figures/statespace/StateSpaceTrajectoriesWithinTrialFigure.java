package org.iblrnn.figures.statespace;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/** S1: PCA trajectories of the first nine trials of block 2, coloured by step. */
public final class StateSpaceTrajectoriesWithinTrialFigure extends StateSpaceFigureBase {

    /** The block shown, as in the original. */
    static final int BLOCK = 2;
    static final int TRIALS = 9;

    public StateSpaceTrajectoriesWithinTrialFigure() {
        super("state_space_trajectories_within_trial", "Trajectories within single trials",
                "How does the hidden state move during single trials (evidence accumulation along the stimulus direction)?",
                "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        TrialView t = s.trials();
        List<int[]> trials = new ArrayList<>();
        for (int i = 0; i < t.size() && trials.size() < TRIALS; i++) {
            if (t.sessionIndex()[i] == 0 && t.blockIndex()[i] == BLOCK) {
                int end = t.endRow()[i];
                trials.add(new int[]{end - t.stepsInTrial()[i] + 1, end, i});
            }
        }
        if (trials.size() < TRIALS) {
            throw new IllegalStateException("state_space_trajectories_within_trial needs " + TRIALS
                    + " trials in block " + BLOCK + " of session 0 but found " + trials.size()
                    + "; analyse a session with more blocks");
        }
        int lMax = trials.stream().mapToInt(a -> a[1] - a[0] + 1).max().orElse(1);
        Grid g = new Grid(3, 3).size(4, 4).shareX().shareY();
        for (int k = 0; k < TRIALS; k++) {
            int[] tr = trials.get(k);
            int len = tr[1] - tr[0] + 1;
            double[] x = new double[len];
            double[] y = new double[len];
            Color[] c = new Color[len];
            for (int j = 0; j < len; j++) {
                x[j] = pca.x(tr[0] + j);
                y[j] = pca.y(tr[0] + j);
                c[j] = ColorMap.JET.at((double) Math.min(j + 1, len - 1) / lMax);
            }
            int i = tr[2];
            String title = Drawing.side(t.side()[i]) + " Trial, " + (t.correct()[i] ? "Correct" : "Incorrect")
                    + " Action";
            LinePlot p = Drawing.pcaAxes(new LinePlot(), pca, true).title(title, 6);
            p.add(Line.of(x, y).marker(1).width(1f).pointColors(c));
            Drawing.boundaries(p, ctx, true);
            g.set(k / 3, k % 3, p);
        }
        return g;
    }
}
