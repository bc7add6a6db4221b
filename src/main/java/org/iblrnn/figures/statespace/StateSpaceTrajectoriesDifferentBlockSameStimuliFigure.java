package org.iblrnn.figures.statespace;

import java.util.Arrays;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.analysis.statespace.TaskAlignedCoordinates;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/**
 * S3: two trials with nearly identical observations started from opposite block beliefs. Trials are identified by
 * their trial-end rows (the original grouped by a float16 trial counter that merges trials beyond 2048: BUG fixed).
 */
public final class StateSpaceTrajectoriesDifferentBlockSameStimuliFigure extends StateSpaceFigureBase {

    /** Candidates taken from each end of the block-belief ranking. */
    static final int CANDIDATES = 20;

    public StateSpaceTrajectoriesDifferentBlockSameStimuliFigure() {
        super("state_space_trajectories_different_block_same_stimuli",
                "Same observations, different block belief",
                "Given nearly identical observations, do trajectories differ according to the block belief at trial start?",
                "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        TrialView t = s.trials();
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        TaskAlignedCoordinates z = ctx.get(StateSpaceProducts.TASK_ALIGNED);
        int n = t.size();
        if (n < 2 * CANDIDATES) {
            throw new IllegalStateException("state_space_trajectories_different_block_same_stimuli needs at least "
                    + 2 * CANDIDATES + " trials but the session has " + n);
        }
        int[] start = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            start[i] = t.endRow()[i] - t.stepsInTrial()[i] + 1;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(z.magnAlongBlock()[start[a] + 1], z.magnAlongBlock()[start[b] + 1]));
        int bestLeft = -1;
        int bestRight = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int r = n - CANDIDATES; r < n; r++) {
            for (int l = 0; l < CANDIDATES; l++) {
                int ir = order[r];
                int il = order[l];
                int common = Math.min(t.stepsInTrial()[ir], t.stepsInTrial()[il]);
                if (common < 3) {
                    continue;
                }
                double d = 0;
                for (int k = 2; k < common; k++) {
                    double a = s.rightStimulus()[start[ir] + k] - s.leftStimulus()[start[ir] + k];
                    double b = s.rightStimulus()[start[il] + k] - s.leftStimulus()[start[il] + k];
                    d += (a - b) * (a - b);
                }
                d = Math.sqrt(d);
                if (d < best) {
                    best = d;
                    bestLeft = il;
                    bestRight = ir;
                }
            }
        }
        LinePlot p = Drawing.pcaAxes(new LinePlot(), pca, false).size(4, 3);
        if (bestLeft >= 0) {
            p.add(path(pca, start[bestLeft] + 1, t.endRow()[bestLeft]).color(HouseStyle.LEFT));
            p.add(path(pca, start[bestRight] + 1, t.endRow()[bestRight]).color(HouseStyle.RIGHT));
        }
        Drawing.boundaries(p, ctx, true);
        return p;
    }

    private static Line path(PrincipalComponents pca, int from, int to) {
        int len = to - from + 1;
        double[] x = new double[len];
        double[] y = new double[len];
        for (int k = 0; k < len; k++) {
            x[k] = pca.x(from + k);
            y[k] = pca.y(from + k);
        }
        return Line.of(x, y).marker(2).width(1f);
    }
}
