package org.iblrnn.figures.reduced;

import java.util.SplittableRandom;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/** R4: how one observation moves the RADD network's two units (its stimulus and block coordinates). */
public final class RaddStateSpaceEffectOfObsAlongTaskAlignedVectorsFigure extends ReducedFigureBase {

    /** The original's colour normalisation of the movements (two-slope norm on [−4, 4]). */
    static final double COLOR_LIMIT = 4;

    public RaddStateSpaceEffectOfObsAlongTaskAlignedVectorsFigure() {
        super("radd_state_space_effect_of_obs_along_task_aligned_vectors",
                "RADD network: effect of one observation on its stimulus and block units",
                "Does one observation move the RADD state along the stimulus and block coordinates like it moves the "
                        + "RNN's task-aligned state (block much less than stimulus)?", RADD);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable t = ctx.get(ReducedProducts.RADD_SESSION);
        double[] l = t.leftStimulus();
        double[] r = t.rightStimulus();
        double[] h = t.hiddenStates();
        int n = 0;
        for (int i = 1; i < t.rows(); i++) {
            if (l[i] != 0 && r[i] != 0) {
                n++;
            }
        }
        double[] d = new double[n];
        double[][] move = new double[2][n];
        int k = 0;
        for (int i = 1; i < t.rows(); i++) {
            if (l[i] != 0 && r[i] != 0) {
                d[k] = r[i] - l[i];
                move[0][k] = h[2 * i] - h[2 * (i - 1)];
                move[1][k] = h[2 * i + 1] - h[2 * (i - 1) + 1];
                k++;
            }
        }
        SplittableRandom rng = ctx.random("radd_observation_effect_bootstrap");
        String[] yLabels = {"Movement Along Stimulus Readout", "Movement Along Block Readout"};
        // shared y limits, but each panel keeps its own y label (Grid.shareY would hide the right one)
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] m : move) {
            for (double v : m) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : 1;
        Grid g = new Grid(1, 2).size(8, 3).shareX();
        for (int c = 0; c < 2; c++) {
            LinePlot p = RegressionPanel.of(d, move[c], COLOR_LIMIT, rng).yLabel(yLabels[c])
                    .xLabel(Notation.OBSERVATION_DIFFERENCE).legend();
            if (n > 0) {
                p.yLim(lo - pad, hi + pad);
            }
            g.set(0, c, p);
        }
        return g;
    }
}
