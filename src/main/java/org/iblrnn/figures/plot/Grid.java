package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A rows × cols figure of panels (matplotlib subplots) with optional shared x/y limits (inner tick labels and axis
 * labels hidden, as sharex/sharey do), a suptitle and one colour bar spanning all rows on the right. Every panel's
 * texts are measured first; columns and rows then get the margins their widest panel needs and all data areas the
 * same size, so that frames line up and no text reaches into a neighbour. Empty cells stay blank.
 */
public final class Grid implements Drawable {

    /** Layout passes at most; a grid usually settles in three. */
    private static final int MAX_PASSES = 6;
    /** Gap below the suptitle, points. */
    private static final double SUPTITLE_GAP = 6;

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

    private PanelOverrides overrides(int r, int c, double[] xs, double[] ys, Margins min) {
        return new PanelOverrides(shareX ? xs : null, shareY ? ys : null, shareX && r < lastRow(c),
                shareY && c > 0, min, true);
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            double pad = PlotBase.FIGURE_PAD;
            Rectangle2D inner = new Rectangle2D.Double(area.getX() + pad, area.getY() + pad,
                    area.getWidth() - 2 * pad, area.getHeight() - 2 * pad);
            double top = inner.getY();
            if (suptitle != null) {
                String text = RichText.wrap(suptitle, HouseStyle.SUPTITLE_SIZE, inner.getWidth());
                RichText.draw(g, text, HouseStyle.SUPTITLE_SIZE, Color.BLACK, inner.getCenterX(), top,
                        TextAnchor.TOP_CENTER, 0);
                top += RichText.height(text, HouseStyle.SUPTITLE_SIZE) + SUPTITLE_GAP;
            }
            double barWidth = colorBar == null ? 0 : colorBar.requiredWidth(inner.getMaxY() - top);
            PanelLayout[][] layouts = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                Rectangle2D region = new Rectangle2D.Double(inner.getX(), top, inner.getWidth() - barWidth,
                        inner.getMaxY() - top);
                layouts = layOut(region);
                if (colorBar == null) {
                    break;
                }
                double[] span = dataSpan(layouts);
                double need = colorBar.requiredWidth(span[1] - span[0]);
                if (need <= barWidth + 0.25) {
                    break;
                }
                barWidth = need;
            }
            double right = Double.NEGATIVE_INFINITY;
            for (PanelLayout[] row : layouts) {
                for (PanelLayout l : row) {
                    if (l != null) {
                        l.paint(g);
                        right = Math.max(right, l.data().getMaxX());
                    }
                }
            }
            if (colorBar != null && right > Double.NEGATIVE_INFINITY) {
                double[] span = dataSpan(layouts);
                colorBar.draw(g, inner.getMaxX() - barWidth + ColorBar.GAP, span[0], span[1]);
            }
        } finally {
            g.dispose();
        }
    }

    /** {top, bottom} of all data areas together. */
    private static double[] dataSpan(PanelLayout[][] layouts) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PanelLayout[] row : layouts) {
            for (PanelLayout l : row) {
                if (l != null) {
                    lo = Math.min(lo, l.data().getMinY());
                    hi = Math.max(hi, l.data().getMaxY());
                }
            }
        }
        return new double[] {lo, hi};
    }

    /**
     * Lays the panels out in {@code region}: each panel reports the margins its texts need, every column takes the
     * widest left/right and every row the tallest top/bottom margins, and the cells are then sized so that all data
     * areas are equal and aligned (matplotlib's constrained layout). Repeated because ticks depend on axis lengths.
     */
    private PanelLayout[][] layOut(Rectangle2D region) {
        double[] xs = shareX ? sharedLimits(true) : null;
        double[] ys = shareY ? sharedLimits(false) : null;
        double[] left = new double[cols];
        double[] right = new double[cols];
        double[] top = new double[rows];
        double[] bottom = new double[rows];
        PanelLayout[][] out = new PanelLayout[rows][cols];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            double[] edgesX = edges(region.getX(), region.getWidth(), left, right, pass == 0);
            double[] edgesY = edges(region.getY(), region.getHeight(), top, bottom, pass == 0);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (panels[r][c] == null) {
                        continue;
                    }
                    Rectangle2D cell = new Rectangle2D.Double(edgesX[c], edgesY[r], edgesX[c + 1] - edgesX[c],
                            edgesY[r + 1] - edgesY[r]);
                    Margins min = pass == 0 ? Margins.ZERO : new Margins(left[c], right[c], top[r], bottom[r]);
                    out[r][c] = PanelLayout.of(panels[r][c], cell, overrides(r, c, xs, ys, min));
                }
            }
            // margins from this pass's needs; from the third pass on they only grow, so the loop settles
            boolean monotone = pass >= 2;
            double[] nl = monotone ? left.clone() : new double[cols];
            double[] nr = monotone ? right.clone() : new double[cols];
            double[] nt = monotone ? top.clone() : new double[rows];
            double[] nb = monotone ? bottom.clone() : new double[rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (out[r][c] != null) {
                        Margins n = out[r][c].need();
                        nl[c] = Math.max(nl[c], n.left());
                        nr[c] = Math.max(nr[c], n.right());
                        nt[r] = Math.max(nt[r], n.top());
                        nb[r] = Math.max(nb[r], n.bottom());
                    }
                }
            }
            if (colorBar != null) {
                double[] span = dataSpan(out);
                double[] over = colorBar.overhang(span[1] - span[0]);
                nt[0] = Math.max(nt[0], over[0] + PanelLayout.PAD);
                nb[rows - 1] = Math.max(nb[rows - 1], over[1] + PanelLayout.PAD);
            }
            boolean settled = pass > 0 && same(nl, left) && same(nr, right) && same(nt, top) && same(nb, bottom);
            left = nl;
            right = nr;
            top = nt;
            bottom = nb;
            if (settled) {
                break;
            }
        }
        return out;
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 0.25) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cell edges along one direction: equal cells when {@code equal}, else cells whose inner (data) parts are equal
     * after the given margins.
     */
    private static double[] edges(double start, double length, double[] before, double[] after, boolean equal) {
        int n = before.length;
        double[] e = new double[n + 1];
        double margins = 0;
        for (int i = 0; i < n; i++) {
            margins += before[i] + after[i];
        }
        double inner = Math.max(10, (length - margins) / n);
        e[0] = start;
        for (int i = 0; i < n; i++) {
            e[i + 1] = e[i] + (equal ? length / n : before[i] + inner + after[i]);
        }
        return e;
    }
}
