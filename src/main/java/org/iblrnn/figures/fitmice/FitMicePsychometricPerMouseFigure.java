package org.iblrnn.figures.fitmice;

import java.util.List;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;
import org.iblrnn.fitmice.ModelResult;
import org.iblrnn.fitmice.group.FitMiceResults;

/**
 * One page of mice: for each mouse its held-out P(right) by contrast and block (points) and the predictions of the
 * model that fits it best (lines). Mice go onto pages of {@link #PER_PAGE} in input order.
 */
final class FitMicePsychometricPerMouseFigure extends FitMiceFigureBase {

    static final int PER_PAGE = 12;
    static final int COLUMNS = 4;

    private final int page;

    FitMicePsychometricPerMouseFigure(int page, int pages) {
        super("fit_mice_psychometric_per_mouse_" + (page + 1),
                "Psychometric curves by block, each mouse and its best model (" + (page + 1) + "/" + pages + ")",
                "Does the model that predicts a mouse best also reproduce its psychometric curves in each block?");
        this.page = page;
    }

    static int pages(int mice) {
        return (mice + PER_PAGE - 1) / PER_PAGE;
    }

    @Override
    public Drawable render(FitMiceResults data) {
        List<String> mice = data.mice();
        int from = page * PER_PAGE;
        int to = Math.min(mice.size(), from + PER_PAGE);
        int rows = (to - from + COLUMNS - 1) / COLUMNS;
        Grid grid = new Grid(rows, COLUMNS).shareX().shareY().size(3.0 * COLUMNS, 2.6 * rows);
        for (int i = from; i < to; i++) {
            String mouse = mice.get(i);
            String best = data.bestFor(mouse);
            ModelResult r = data.result(mouse, best);
            double[][] m = BlockCurves.mouse(r);
            double[][] q = BlockCurves.model(r);
            LinePlot p = BlockCurves.panel().title(mouse + ": " + ModelLabels.label(best), HouseStyle.FONT_SIZE - 1);
            for (int b = 0; b < BlockCurves.BLOCKS.length; b++) {
                p.add(Line.of(BlockCurves.positions(), m[b]).color(BlockCurves.color(b)).noLine()
                        .marker(Marker.CIRCLE, 3));
                p.add(Line.of(BlockCurves.positions(), q[b]).color(BlockCurves.color(b)).width(1.0f));
            }
            grid.set((i - from) / COLUMNS, (i - from) % COLUMNS, p);
        }
        return grid;
    }
}
