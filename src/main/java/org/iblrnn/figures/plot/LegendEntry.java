package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Stroke;

/**
 * One row of a legend: a label and the handle that represents it, drawn in the artist's own style. A handle is a
 * line segment (when {@code lineStroke} is non-null) with an optional marker of {@code markerSize} points in the
 * middle, or a filled patch ({@code patch} true, e.g. histograms and bars).
 *
 * @param label      text shown next to the handle (markup as in {@link RichText})
 * @param color      colour of the handle
 * @param lineStroke stroke of the line sample, or null for none
 * @param markerSize marker diameter in points, 0 for none
 * @param patch      true to draw a filled rectangle instead of line/marker
 * @param alpha      opacity of the handle
 * @param marker     shape of the marker (used when markerSize > 0)
 */
public record LegendEntry(String label, Color color, Stroke lineStroke, double markerSize, boolean patch,
        double alpha, Marker marker) {

    /** An entry with a circle marker. */
    public LegendEntry(String label, Color color, Stroke lineStroke, double markerSize, boolean patch, double alpha) {
        this(label, color, lineStroke, markerSize, patch, alpha, Marker.CIRCLE);
    }

    /** A line (and optional circle marker) handle. */
    public static LegendEntry line(String label, Color color, Stroke stroke, double markerSize) {
        return new LegendEntry(label, color, stroke, markerSize, false, 1.0);
    }

    /** A marker-only circle handle. */
    public static LegendEntry marker(String label, Color color, double markerSize, double alpha) {
        return marker(label, color, Marker.CIRCLE, markerSize, alpha);
    }

    /** A marker-only handle of the given shape. */
    public static LegendEntry marker(String label, Color color, Marker marker, double markerSize, double alpha) {
        return new LegendEntry(label, color, null, markerSize, false, alpha, marker);
    }

    /** A filled patch handle. */
    public static LegendEntry patch(String label, Color color, double alpha) {
        return new LegendEntry(label, color, null, 0, true, alpha);
    }
}
