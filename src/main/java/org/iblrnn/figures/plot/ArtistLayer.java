package org.iblrnn.figures.plot;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** Draws a panel's artists (sorted by z-order) and then its legend, as one JFreeChart annotation. */
final class ArtistLayer extends AbstractXYAnnotation {

    private final transient List<Artist> artists;
    private final transient Legend legend;

    ArtistLayer(List<Artist> artists, Legend legend) {
        this.artists = artists;
        this.legend = legend;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        Transform t = new Transform(dataArea, domainAxis, rangeAxis);
        Shape oldClip = g2.getClip();
        for (Artist a : artists) {
            Graphics2D g = (Graphics2D) g2.create();
            try {
                if (zClip(a)) {
                    g.clip(dataArea);
                }
                a.draw(g, t);
            } finally {
                g.dispose();
            }
        }
        g2.setClip(oldClip);
        if (legend != null) {
            Graphics2D g = (Graphics2D) g2.create();
            try {
                legend.draw(g, t, artists);
            } finally {
                g.dispose();
            }
        }
    }

    private static boolean zClip(Artist a) {
        return !(a instanceof Artists.Text text) || text.clip();
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
