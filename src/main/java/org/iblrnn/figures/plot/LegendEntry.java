package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Stroke;

/**
 * One row of a legend: a label and the handle that represents it. A handle is a line segment (when
 * {@code lineStroke} is non-null), a marker of {@code markerSize} points (when > 0), or a filled patch
 * ({@code patch} true, e.g. histograms and bars).
 *
 * @param label      text shown next to the handle
 * @param color      colour of the handle
 * @param lineStroke stroke of the line sample, or null for none
 * @param markerSize marker diameter in points, 0 for none
 * @param patch      true to draw a filled rectangle instead of line/marker
 * @param alpha      opacity of the handle
 */
public record LegendEntry(String label, Color color, Stroke lineStroke, double markerSize, boolean patch,
        double alpha) {

    /** A line (and optional marker) handle. */
    public static LegendEntry line(String label, Color color, Stroke stroke, double markerSize) {
        return new LegendEntry(label, color, stroke, markerSize, false, 1.0);
    }

    /** A marker-only handle. */
    public static LegendEntry marker(String label, Color color, double markerSize, double alpha) {
        return new LegendEntry(label, color, null, markerSize, false, alpha);
    }

    /** A filled patch handle. */
    public static LegendEntry patch(String label, Color color, double alpha) {
        return new LegendEntry(label, color, null, 0, true, alpha);
    }
}
