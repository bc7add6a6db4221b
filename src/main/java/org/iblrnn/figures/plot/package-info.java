/**
 * A small matplotlib-like figure toolkit on Java2D alone.
 *
 * <p>Every plot kind is a fluent builder that is also a {@link org.iblrnn.figures.plot.Drawable}: it draws itself
 * into any {@link java.awt.Graphics2D}, so the same code produces 300 dpi PNG files ({@link
 * org.iblrnn.figures.plot.PngWriter}) and vector PDF pages ({@code org.iblrnn.report.PdfReport}). Drawing is measure
 * then place: {@link org.iblrnn.figures.plot.PanelLayout} measures every tick label, axis label, title, colour bar
 * and legend with one font render context, gives them the margins they need and only then draws, so no text is cut
 * off or written over another; a {@link org.iblrnn.figures.plot.Grid} aligns its panels by those margins. The
 * plotted content (lines, bands, markers, arrows, cells, bars) is drawn by {@link org.iblrnn.figures.plot.Artist}s in
 * data coordinates, clipped to the axes, so that z-order, transparency and NaN gaps behave as in matplotlib. All text
 * goes through {@link org.iblrnn.figures.plot.RichText}, which sets {@code _{}} subscripts and {@code ^{}}
 * superscripts and reports every box to a {@link org.iblrnn.figures.plot.TextLog} when one is attached. All lengths
 * are in typographic points (1/72 inch); the PNG writer scales to the requested dpi.
 */
package org.iblrnn.figures.plot;
