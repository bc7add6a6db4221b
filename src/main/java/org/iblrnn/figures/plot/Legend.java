package org.iblrnn.figures.plot;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matplotlib-style legend drawn inside the data area: rounded translucent white box with a light grey edge,
 * handles 2 em long, duplicate labels removed (first kept, like the original's delete_redundant_legend_groups).
 */
final class Legend {

    private final LegendLocation location;
    private final double markerScale;
    private final float fontSize;

    Legend(LegendLocation location, double markerScale, float fontSize) {
        this.location = location;
        this.markerScale = markerScale;
        this.fontSize = fontSize;
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

    void draw(Graphics2D g, Transform t, List<Artist> artists) {
        List<LegendEntry> entries = entries(artists);
        if (entries.isEmpty()) {
            return;
        }
        g.setFont(HouseStyle.font(fontSize));
        FontMetrics fm = g.getFontMetrics();
        double em = fontSize;
        double pad = 0.4 * em;
        double handleLen = 2.0 * em;
        double handleGap = 0.8 * em;
        double rowGap = 0.5 * em;
        double textH = fm.getAscent() + fm.getDescent();
        double maxText = 0;
        for (LegendEntry e : entries) {
            maxText = Math.max(maxText, fm.getStringBounds(e.label(), g).getWidth());
        }
        double w = 2 * pad + handleLen + handleGap + maxText;
        double h = 2 * pad + entries.size() * textH + (entries.size() - 1) * rowGap;
        Rectangle2D area = t.dataArea();
        double inset = 0.5 * em;
        Rectangle2D box = place(location, area, w, h, inset, t, artists);

        Composite old = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
        RoundRectangle2D frame = new RoundRectangle2D.Double(box.getX(), box.getY(), w, h, 0.4 * em, 0.4 * em);
        g.setColor(Color.WHITE);
        g.fill(frame);
        g.setColor(new Color(0xcccccc));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(frame);
        g.setComposite(old);

        double y = box.getY() + pad;
        for (LegendEntry e : entries) {
            double cy = y + textH / 2;
            double hx = box.getX() + pad;
            Graphics2D gh = (Graphics2D) g.create();
            Artists.applyAlpha(gh, e.alpha());
            gh.setColor(e.color());
            if (e.patch()) {
                gh.fill(new Rectangle2D.Double(hx, cy - 0.35 * em, handleLen, 0.7 * em));
            } else {
                if (e.lineStroke() != null) {
                    gh.setStroke(e.lineStroke());
                    gh.draw(new Line2D.Double(hx, cy, hx + handleLen, cy));
                }
                if (e.markerSize() > 0) {
                    Marker.CIRCLE.paint(gh, hx + handleLen / 2, cy, Math.max(0.8, e.markerSize() * markerScale));
                }
            }
            gh.dispose();
            g.setColor(Color.BLACK);
            g.drawString(e.label(), (float) (hx + handleLen + handleGap), (float) (cy + (fm.getAscent()
                    - fm.getDescent()) / 2.0));
            y += textH + rowGap;
        }
    }

    private static Rectangle2D place(LegendLocation loc, Rectangle2D a, double w, double h, double inset,
            Transform t, List<Artist> artists) {
        if (loc != LegendLocation.BEST) {
            return at(loc, a, w, h, inset);
        }
        List<double[]> pts = new ArrayList<>();
        for (Artist art : artists) {
            for (double[] p : art.samplePoints()) {
                pts.add(new double[] {t.x(p[0]), t.y(p[1])});
            }
        }
        Rectangle2D best = null;
        int bestCount = Integer.MAX_VALUE;
        for (LegendLocation c : LegendLocation.values()) {
            if (c == LegendLocation.BEST) {
                continue;
            }
            Rectangle2D r = at(c, a, w, h, inset);
            int count = 0;
            for (double[] p : pts) {
                if (r.contains(p[0], p[1])) {
                    count++;
                }
            }
            if (count < bestCount) {
                bestCount = count;
                best = r;
            }
        }
        return best;
    }

    private static Rectangle2D at(LegendLocation loc, Rectangle2D a, double w, double h, double inset) {
        double left = a.getMinX() + inset;
        double right = a.getMaxX() - inset - w;
        double cx = a.getCenterX() - w / 2;
        double top = a.getMinY() + inset;
        double bottom = a.getMaxY() - inset - h;
        double cy = a.getCenterY() - h / 2;
        return switch (loc) {
            case UPPER_RIGHT, BEST -> new Rectangle2D.Double(right, top, w, h);
            case UPPER_LEFT -> new Rectangle2D.Double(left, top, w, h);
            case LOWER_LEFT -> new Rectangle2D.Double(left, bottom, w, h);
            case LOWER_RIGHT -> new Rectangle2D.Double(right, bottom, w, h);
            case CENTER_LEFT -> new Rectangle2D.Double(left, cy, w, h);
            case CENTER_RIGHT -> new Rectangle2D.Double(right, cy, w, h);
            case LOWER_CENTER -> new Rectangle2D.Double(cx, bottom, w, h);
            case UPPER_CENTER -> new Rectangle2D.Double(cx, top, w, h);
            case CENTER -> new Rectangle2D.Double(cx, cy, w, h);
        };
    }
}
