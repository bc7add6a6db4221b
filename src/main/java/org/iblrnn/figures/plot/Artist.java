package org.iblrnn.figures.plot;

import java.awt.Graphics2D;
import java.util.List;

/**
 * One piece of plotted content drawn in data coordinates (a line, a band, a set of markers, arrows, cells...).
 * Artists are drawn in the order they were added (later on top), clipped to the data area, and contribute their
 * data extent to automatic limits and their legend entries to the panel's legend. Implement this to add a custom
 * element to any plot via {@link PlotBase#add(Artist)}.
 */
public interface Artist {

    /** Paints the artist; {@code t} maps data to Java2D coordinates. */
    void draw(Graphics2D g, Transform t);

    /** Data extent for automatic limits; {@link Bounds#EMPTY} when it should not affect limits. */
    Bounds bounds();

    /** Legend entries contributed by this artist (empty when unlabelled). */
    default List<LegendEntry> legendEntries() {
        return List.of();
    }

    /**
     * Drawing order as in matplotlib: 1 for patches, bands and collections, 2 for lines (default), 3 for text.
     * Artists with equal z-order keep insertion order.
     */
    default int zOrder() {
        return 2;
    }

    /** Representative data points, used to place a legend where it hides the least data. */
    default double[][] samplePoints() {
        return new double[0][];
    }

    /**
     * Adds what a legend must not cover to {@code f}, in Java2D coordinates: by default the {@link #samplePoints}.
     * Lines add their segments, filled artists their shapes.
     */
    default void footprint(Transform t, Footprint f) {
        for (double[] p : samplePoints()) {
            f.point(t.x(p[0]), t.y(p[1]));
        }
    }
}
