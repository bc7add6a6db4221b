package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.statespace.BlockReadout;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.ScatterPlot;
import org.iblrnn.task.SessionTable;

/** S4: trial-end states coloured by the block classifier's P(right block). */
public final class StateSpaceTrialsByClassifierFigure extends StateSpaceFigureBase {

    /** Only the first trials of each block, as in the original. */
    static final int MAX_TRIAL_INDEX = 50;

    public StateSpaceTrialsByClassifierFigure() {
        super("state_space_trials_by_classifier", "Trial-end states by block classifier",
                "Is the block side linearly decodable from the hidden state, and how are trial-end states organised?",
                "State space");
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        BlockReadout br = ctx.get(StateSpaceProducts.BLOCK_READOUT);
        int n = 0;
        for (int r = 0; r < s.rows(); r++) {
            if (s.trialEnd()[r] && s.trialIndex()[r] < MAX_TRIAL_INDEX) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] p = new double[n];
        int k = 0;
        for (int r = 0; r < s.rows(); r++) {
            if (s.trialEnd()[r] && s.trialIndex()[r] < MAX_TRIAL_INDEX) {
                x[k] = pca.x(r);
                y[k] = pca.y(r);
                p[k++] = (1 + br.classifierBlockSide()[r]) / 2;
            }
        }
        ScatterPlot plot = Drawing.pcaAxes(new ScatterPlot(), pca, true).size(4, 3)
                .addByValue(x, y, p, ColorMap.ORANGE_BLUE, 0, 1, 1, 0.4)
                .colorBar(new ColorBar(ColorMap.ORANGE_BLUE, 0, 1).label("Classifier Block Side (Left=0, Right=1)"));
        Drawing.boundaries(plot, ctx, true);
        return plot;
    }
}
