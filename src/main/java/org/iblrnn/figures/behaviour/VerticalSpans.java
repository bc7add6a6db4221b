package org.iblrnn.figures.behaviour;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.iblrnn.figures.plot.Artist;
import org.iblrnn.figures.plot.Bounds;
import org.iblrnn.figures.plot.Transform;

/**
 * Vertical bands [x0, x1] spanning the full height of the axes (matplotlib axvspan), e.g. block backgrounds. Adjacent
 * equal-coloured spans should be merged by the caller to avoid seams. Affects only the x limits.
 */
record VerticalSpans(double[] x0, double[] x1, Color[] colors, float alpha) implements Artist {

    @Override
    public void draw(Graphics2D g, Transform t) {
        Composite old = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        Rectangle2D area = t.dataArea();
        for (int i = 0; i < x0.length; i++) {
            double a = t.x(x0[i]);
            double b = t.x(x1[i]);
            g.setColor(colors[i]);
            g.fill(new Rectangle2D.Double(Math.min(a, b), area.getMinY(), Math.abs(b - a), area.getHeight()));
        }
        g.setComposite(old);
    }

    @Override
    public Bounds bounds() {
        Bounds b = Bounds.EMPTY;
        for (int i = 0; i < x0.length; i++) {
            b = b.union(new Bounds(Math.min(x0[i], x1[i]), Math.max(x0[i], x1[i]), Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY));
        }
        return b;
    }

    @Override
    public int zOrder() {
        return 1;
    }
}
