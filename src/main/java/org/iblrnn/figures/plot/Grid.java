package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * A rows × cols figure of panels (matplotlib subplots) with optional shared x/y limits (inner tick labels and axis
 * labels hidden, as sharex/sharey do), a suptitle and one colour bar spanning all rows on the right. Panels are laid
 * out in equal cells and their axis spaces are equalised so that frames line up. Empty cells stay blank.
 */
public final class Grid implements Drawable {

    /** Minimum gap left of / below each panel as a fraction of its cell (cf. matplotlib wspace/hspace). */
    private static final double MIN_GAP = 0.1;

    private final int rows;
    private final int cols;
    private final PlotBase<?>[][] panels;
    private boolean shareX;
    private boolean shareY;
    private String suptitle;
    private ColorBar colorBar;
    private double width = HouseStyle.DEFAULT_WIDTH_IN;
    private double height = HouseStyle.DEFAULT_HEIGHT_IN;

    /** An empty grid of the given shape. */
    public Grid(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("Grid needs at least 1 row and 1 column but got " + rows + " x "
                    + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.panels = new PlotBase<?>[rows][cols];
    }

    /** Puts a panel at (row, col), counted from the top left. */
    public Grid set(int row, int col, PlotBase<?> panel) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IllegalArgumentException("Grid.set(" + row + ", " + col + ") is outside the " + rows + " x "
                    + cols + " grid");
        }
        panels[row][col] = panel;
        return this;
    }

    /** All panels share x limits; x tick labels and x labels appear on the bottom row only. */
    public Grid shareX() {
        this.shareX = true;
        return this;
    }

    /** All panels share y limits; y tick labels and y labels appear on the left column only. */
    public Grid shareY() {
        this.shareY = true;
        return this;
    }

    /** A title over the whole figure. */
    public Grid suptitle(String text) {
        this.suptitle = text;
        return this;
    }

    /** One colour bar at the right spanning all rows. */
    public Grid colorBar(ColorBar bar) {
        this.colorBar = bar;
        return this;
    }

    /** Figure size in inches. */
    public Grid size(double widthInches, double heightInches) {
        if (!(widthInches > 0) || !(heightInches > 0)) {
            throw new IllegalArgumentException("Grid size needs positive inches but got " + widthInches + " x "
                    + heightInches);
        }
        this.width = widthInches;
        this.height = heightInches;
        return this;
    }

    @Override
    public double widthInches() {
        return width;
    }

    @Override
    public double heightInches() {
        return height;
    }

    /** Union of the panels' limits along one axis; a fixed limit on any panel wins; keeps inversion. */
    private double[] sharedLimits(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean inverted = false;
        boolean first = true;
        for (PlotBase<?>[] row : panels) {
            for (PlotBase<?> p : row) {
                if (p == null) {
                    continue;
                }
                double[] lim = p.limits(PanelOverrides.NONE);
                double a = x ? lim[0] : lim[2];
                double b = x ? lim[1] : lim[3];
                if (x ? p.hasFixedXLim() : p.hasFixedYLim()) {
                    return new double[] {a, b};
                }
                if (first) {
                    inverted = a > b;
                    first = false;
                }
                lo = Math.min(lo, Math.min(a, b));
                hi = Math.max(hi, Math.max(a, b));
            }
        }
        if (first) {
            return null;
        }
        return inverted ? new double[] {hi, lo} : new double[] {lo, hi};
    }

    private int lastRow(int col) {
        for (int r = rows - 1; r >= 0; r--) {
            if (panels[r][col] != null) {
                return r;
            }
        }
        return rows - 1;
    }

    private PanelOverrides overrides(int r, int c, double[] xs, double[] ys, Double left, Double bottom) {
        boolean rowHasTitle = false;
        for (PlotBase<?> p : panels[r]) {
            rowHasTitle |= p != null && p.titleOrNull() != null;
        }
        return new PanelOverrides(shareX ? xs : null, shareY ? ys : null, shareX && r < lastRow(c),
                shareY && c > 0, left, bottom, rowHasTitle, true);
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            double top = area.getY();
            if (suptitle != null) {
                g.setFont(HouseStyle.font(HouseStyle.SUPTITLE_SIZE));
                g.setColor(Color.BLACK);
                TextUtils.drawAlignedString(suptitle, g, (float) area.getCenterX(), (float) (area.getY() + 4),
                        TextAnchor.TOP_CENTER);
                top += HouseStyle.SUPTITLE_SIZE * 1.2 + 8;
            }
            double right = area.getMaxX();
            if (colorBar != null) {
                right -= colorBar.requiredWidth(g);
            }
            double cw = (right - area.getX()) / cols;
            double ch = (area.getMaxY() - top) / rows;
            double[] xs = shareX ? sharedLimits(true) : null;
            double[] ys = shareY ? sharedLimits(false) : null;
            // axis space each column needs on the left and each row at the bottom, so that every data area gets
            // the same size while inner panels with hidden labels sit closer together (matplotlib's wspace/hspace)
            double[] left = new double[cols];
            double[] bottom = new double[rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (panels[r][c] != null) {
                        Rectangle2D cell = new Rectangle2D.Double(area.getX() + c * cw, top + r * ch, cw, ch);
                        double[] s = panels[r][c].axisSpace(g, cell, overrides(r, c, xs, ys, null, null));
                        left[c] = Math.max(left[c], Math.max(s[0], MIN_GAP * cw));
                        bottom[r] = Math.max(bottom[r], Math.max(s[1], MIN_GAP * ch));
                    }
                }
            }
            double sumLeft = 0;
            for (double v : left) {
                sumLeft += v;
            }
            double sumBottom = 0;
            for (double v : bottom) {
                sumBottom += v;
            }
            double baseW = (right - area.getX() - sumLeft) / cols;
            double baseH = (area.getMaxY() - top - sumBottom) / rows;
            double barTop = Double.NaN;
            double barBottom = Double.NaN;
            double y = top;
            for (int r = 0; r < rows; r++) {
                double x = area.getX();
                double h = baseH + bottom[r];
                for (int c = 0; c < cols; c++) {
                    double w = baseW + left[c];
                    if (panels[r][c] != null) {
                        Rectangle2D cell = new Rectangle2D.Double(x, y, w, h);
                        Rectangle2D data = panels[r][c].render(g, cell,
                                overrides(r, c, xs, ys, left[c], bottom[r]));
                        barTop = Double.isNaN(barTop) ? data.getMinY() : Math.min(barTop, data.getMinY());
                        barBottom = Double.isNaN(barBottom) ? data.getMaxY() : Math.max(barBottom, data.getMaxY());
                    }
                    x += w;
                }
                y += h;
            }
            if (colorBar != null && !Double.isNaN(barTop)) {
                colorBar.draw(g, right + ColorBar.GAP, barTop, barBottom);
            }
        } finally {
            g.dispose();
        }
    }
}
