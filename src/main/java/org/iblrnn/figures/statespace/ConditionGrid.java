package org.iblrnn.figures.statespace;

import java.util.Locale;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.ColorBar;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.PlotBase;

/** The 2 × 3 layout of the six input conditions with one shared colour bar (fixed-point and vector-field figures). */
final class ConditionGrid {

    private ConditionGrid() {
    }

    /** An 8 × 6 inch grid, shared axes, and the bar. */
    static Grid grid(ColorBar bar) {
        return new Grid(2, 3).size(8, 6).shareX().shareY().colorBar(bar);
    }

    /** Puts a panel for condition {@code c} (row-major by enum order) with PCA axes and boundaries. */
    static <T extends PlotBase<T>> void put(Grid g, AnalysisContext ctx, InputCondition c, T panel, String title,
                                            boolean labels) {
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        Drawing.pcaAxes(panel, pca, true).title(title, 8);
        Drawing.boundaries(panel, ctx, labels);
        g.set(c.ordinal() / 3, c.ordinal() % 3, panel);
    }

    /**
     * "o^{L} = 1.2, o^{R} = 0.2, r = −0.05": the constant left and right observations and feedback of the condition
     * (the feedback printed as −0.05 rather than its float16 value).
     */
    static String title(InputCondition c) {
        return "o^{L} = " + fmt(c.left()) + ", o^{R} = " + fmt(c.right()) + ", r = " + fmt(c.feedback());
    }

    static String fmt(double v) {
        double r = Math.round(v * 100) / 100.0;
        String s = r == Math.rint(r) ? String.format(Locale.ROOT, "%.1f", r) : String.format(Locale.ROOT, "%s", r);
        return s.replace('-', '\u2212');
    }
}
