package org.iblrnn.figures.plot;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matplotlib-style legend: rounded translucent white box with a light grey edge, one row per label with a handle
 * drawn in the artist's own line and marker style, duplicate labels removed (first kept, like the original's
 * delete_redundant_legend_groups). Sizes are in points and measured before placing.
 */
final class Legend {

    /** Candidate spots in matplotlib's order of preference for {@link LegendLocation#BEST}. */
    static final List<LegendLocation> CANDIDATES = List.of(LegendLocation.UPPER_RIGHT, LegendLocation.UPPER_LEFT,
            LegendLocation.LOWER_LEFT, LegendLocation.LOWER_RIGHT, LegendLocation.CENTER_RIGHT,
            LegendLocation.CENTER_LEFT, LegendLocation.LOWER_CENTER, LegendLocation.UPPER_CENTER,
            LegendLocation.CENTER);
    /** Vertical gap between rows, ems (matplotlib labelspacing). */
    private static final double ROW_SPACING = 0.5;
    /** Horizontal gap between columns, ems (matplotlib columnspacing). */
    private static final double COLUMN_SPACING = 2.0;

    private final LegendLocation location;
    private final double markerScale;
    private final float fontSize;
    private final List<LegendEntry> entries;
    private final List<RichText.Block> texts = new ArrayList<>();
    private final int columns;
    private final int rows;
    private final double[] columnWidths;
    private final double[] rowHeights;
    private final double width;
    private final double height;

    /** A legend of one column. */
    Legend(LegendLocation location, double markerScale, float fontSize, List<LegendEntry> entries) {
        this(location, markerScale, fontSize, entries, 1);
    }

    /** A legend whose entries fill {@code columns} columns top to bottom, left to right (matplotlib ncols). */
    private Legend(LegendLocation location, double markerScale, float fontSize, List<LegendEntry> entries,
            int columns) {
        this.location = location;
        this.markerScale = markerScale;
        this.fontSize = fontSize;
        this.entries = entries;
        this.columns = Math.max(1, Math.min(columns, entries.size()));
        this.rows = (entries.size() + this.columns - 1) / this.columns;
        this.columnWidths = new double[this.columns];
        this.rowHeights = new double[rows];
        for (int i = 0; i < entries.size(); i++) {
            RichText.Block b = RichText.layout(entries.get(i).label(), fontSize);
            texts.add(b);
            int c = i / rows;
            int r = i % rows;
            columnWidths[c] = Math.max(columnWidths[c], handleLength() + 0.8 * fontSize + b.width());
            LegendEntry e = entries.get(i);
            rowHeights[r] = Math.max(rowHeights[r], Math.max(b.height(), e.markerSize() > 0 ? glyphSize(e) : 0));
        }
        double w = 2 * pad() + (this.columns - 1) * COLUMN_SPACING * fontSize;
        for (double cw : columnWidths) {
            w += cw;
        }
        double h = 2 * pad() + (rows - 1) * ROW_SPACING * fontSize;
        for (double rh : rowHeights) {
            h += rh;
        }
        this.width = w;
        this.height = h;
    }

    /** The same legend laid out in {@code n} columns. */
    Legend withColumns(int n) {
        return new Legend(location, markerScale, fontSize, entries, n);
    }

    /** The most columns (up to one per entry) whose width stays within {@code maxWidth}; at least one. */
    Legend widestWithin(double maxWidth) {
        for (int n = entries.size(); n > 1; n--) {
            Legend l = withColumns(n);
            if (l.width() <= maxWidth) {
                return l;
            }
        }
        return withColumns(1);
    }

    static List<LegendEntry> entries(List<Artist> artists) {
        Map<String, LegendEntry> byLabel = new LinkedHashMap<>();
        for (Artist a : artists) {
            for (LegendEntry e : a.legendEntries()) {
                byLabel.putIfAbsent(e.label(), e);
            }
        }
        return new ArrayList<>(byLabel.values());
    }

    LegendLocation location() {
        return location;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private double pad() {
        return 0.4 * fontSize;
    }

    private double handleLength() {
        return 2.0 * fontSize;
    }

    /** Diameter of an entry's marker in the legend: the plotted size scaled, but never below what can be seen. */
    private double glyphSize(LegendEntry e) {
        return Math.max(e.markerSize() * markerScale, Math.min(e.markerSize(), 0.5 * fontSize));
    }

    /** The box at a fixed location inside the data area {@code a} (not BEST). */
    Rectangle2D at(LegendLocation loc, Rectangle2D a) {
        double inset = 0.5 * fontSize;
        double left = a.getMinX() + inset;
        double right = a.getMaxX() - inset - width;
        double cx = a.getCenterX() - width / 2;
        double top = a.getMinY() + inset;
        double bottom = a.getMaxY() - inset - height;
        double cy = a.getCenterY() - height / 2;
        return switch (loc) {
            case UPPER_RIGHT, BEST -> new Rectangle2D.Double(right, top, width, height);
            case UPPER_LEFT -> new Rectangle2D.Double(left, top, width, height);
            case LOWER_LEFT -> new Rectangle2D.Double(left, bottom, width, height);
            case LOWER_RIGHT -> new Rectangle2D.Double(right, bottom, width, height);
            case CENTER_LEFT -> new Rectangle2D.Double(left, cy, width, height);
            case CENTER_RIGHT -> new Rectangle2D.Double(right, cy, width, height);
            case LOWER_CENTER -> new Rectangle2D.Double(cx, bottom, width, height);
            case UPPER_CENTER -> new Rectangle2D.Double(cx, top, width, height);
            case CENTER -> new Rectangle2D.Double(cx, cy, width, height);
        };
    }

    /**
     * The legend's own location if it covers none of the items of {@code f}, else the first of matplotlib's candidate
     * spots inside the data area that covers none; null when every spot covers something (the legend then goes
     * outside the axes) or the legend does not fit inside.
     */
    Rectangle2D best(Rectangle2D a, Footprint f) {
        if (width > a.getWidth() - fontSize || height > a.getHeight() - fontSize) {
            return null;
        }
        List<LegendLocation> order = new ArrayList<>();
        if (location != LegendLocation.BEST) {
            order.add(location);
        }
        order.addAll(CANDIDATES);
        for (LegendLocation c : order) {
            Rectangle2D r = at(c, a);
            if (f.count(r) == 0) {
                return r;
            }
        }
        return null;
    }

    void draw(Graphics2D g0, Rectangle2D box) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            Composite old = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
            RoundRectangle2D frame = new RoundRectangle2D.Double(box.getX(), box.getY(), width, height,
                    0.4 * fontSize, 0.4 * fontSize);
            g.setColor(Color.WHITE);
            g.fill(frame);
            g.setColor(new Color(0xcccccc));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(frame);
            g.setComposite(old);
            double x = box.getX() + pad();
            for (int c = 0; c < columns; c++) {
                double y = box.getY() + pad();
                for (int r = 0; r < rows && c * rows + r < entries.size(); r++) {
                    int i = c * rows + r;
                    LegendEntry e = entries.get(i);
                    double cy = y + rowHeights[r] / 2;
                    drawHandle(g, e, x, cy);
                    RichText.draw(g, texts.get(i), e.label(), Color.BLACK, x + handleLength() + 0.8 * fontSize, cy,
                            TextAnchor.CENTER_LEFT, 0);
                    y += rowHeights[r] + ROW_SPACING * fontSize;
                }
                x += columnWidths[c] + COLUMN_SPACING * fontSize;
            }
        } finally {
            g.dispose();
        }
    }

    private void drawHandle(Graphics2D g, LegendEntry e, double hx, double cy) {
        Graphics2D gh = (Graphics2D) g.create();
        try {
            Artists.applyAlpha(gh, e.alpha());
            gh.setColor(e.color());
            if (e.patch()) {
                gh.fill(new Rectangle2D.Double(hx, cy - 0.35 * fontSize, handleLength(), 0.7 * fontSize));
                return;
            }
            if (e.lineStroke() != null) {
                gh.setStroke(e.lineStroke());
                gh.draw(new Line2D.Double(hx, cy, hx + handleLength(), cy));
            }
            if (e.markerSize() > 0 && e.marker() != Marker.NONE) {
                e.marker().paint(gh, hx + handleLength() / 2, cy, glyphSize(e));
            }
        } finally {
            gh.dispose();
        }
    }
}
