package org.iblrnn.figures.plot;

import java.nio.file.Path;

/**
 * What happened when one figure was rendered.
 *
 * @param stem    the figure's stem
 * @param ok      true when the PNG was written
 * @param message null when ok, else the failure's one-line description
 * @param seconds wall time spent on the figure
 * @param file    the PNG written (null when failed)
 * @param drawable the rendered drawable, kept for the PDF report (null when failed)
 */
public record FigureOutcome(String stem, boolean ok, String message, double seconds, Path file, Drawable drawable) {
}
