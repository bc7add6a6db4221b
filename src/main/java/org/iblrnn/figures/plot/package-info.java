/**
 * A small matplotlib-like figure toolkit on JFreeChart and Java2D.
 *
 * <p>Every plot kind is a fluent builder that is also a {@link org.iblrnn.figures.plot.Drawable}: it draws itself
 * into any {@link java.awt.Graphics2D}, so the same code produces 300 dpi PNG files ({@link
 * org.iblrnn.figures.plot.PngWriter}) and vector PDF pages ({@code org.iblrnn.report.PdfReport}). JFreeChart supplies
 * the axes, tick labels, titles and clipping; the plotted content (lines, bands, markers, arrows, cells, bars) is drawn
 * by {@link org.iblrnn.figures.plot.Artist}s in data coordinates so that z-order, transparency and NaN gaps behave as
 * in matplotlib. All lengths are in typographic points (1/72 inch); the PNG writer scales to the requested dpi.
 */
package org.iblrnn.figures.plot;
