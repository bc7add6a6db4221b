package org.iblrnn.figures.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Anything that can paint itself into a rectangle of a {@link Graphics2D}. Because PNG and PDF both go through
 * Graphics2D, one implementation serves raster files and vector report pages. Coordinates are in points (1/72 inch);
 * the preferred size is in inches, as in matplotlib's {@code figsize}.
 */
public interface Drawable {

    /** Paints into {@code area} (points). Must not leave changes to {@code g}'s transform, clip, paint or stroke. */
    void draw(Graphics2D g, Rectangle2D area);

    /** Preferred width in inches. */
    double widthInches();

    /** Preferred height in inches. */
    double heightInches();
}
