package org.iblrnn.figures.plot;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Marker shapes (matplotlib 'o', 's', 'D', '^', '+', 'x'); size is the diameter in points. */
public enum Marker {
    NONE, CIRCLE, SQUARE, DIAMOND, TRIANGLE, PLUS, CROSS;

    /** Paints the marker centred at (x, y) using the current paint. */
    void paint(Graphics2D g, double x, double y, double size) {
        double r = size / 2;
        switch (this) {
            case NONE -> {
            }
            case CIRCLE -> g.fill(new Ellipse2D.Double(x - r, y - r, size, size));
            case SQUARE -> g.fill(new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r));
            case DIAMOND -> {
                Path2D p = new Path2D.Double();
                p.moveTo(x, y - r);
                p.lineTo(x + r * 0.8, y);
                p.lineTo(x, y + r);
                p.lineTo(x - r * 0.8, y);
                p.closePath();
                g.fill(p);
            }
            case TRIANGLE -> {
                Path2D p = new Path2D.Double();
                p.moveTo(x, y - r);
                p.lineTo(x + r, y + r * 0.8);
                p.lineTo(x - r, y + r * 0.8);
                p.closePath();
                g.fill(p);
            }
            case PLUS -> {
                g.setStroke(HouseStyle.solid((float) Math.max(0.5, size / 6)));
                g.draw(new Line2D.Double(x - r, y, x + r, y));
                g.draw(new Line2D.Double(x, y - r, x, y + r));
            }
            case CROSS -> {
                g.setStroke(HouseStyle.solid((float) Math.max(0.5, size / 6)));
                g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
                g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
            }
        }
    }
}
