package org.iblrnn.figures.plot;

/**
 * How a {@link Grid} adjusts a panel it lays out: shared limits, hidden inner tick labels, fixed axis spaces so that
 * the data areas of a row/column line up, and a placeholder title so rows with and without titles align.
 * Null fields mean "the panel's own choice".
 */
record PanelOverrides(double[] xLim, double[] yLim, boolean hideX, boolean hideY, Double fixedLeft,
        Double fixedBottom, boolean placeholderTitle, boolean drawColorBar) {

    static final PanelOverrides NONE = new PanelOverrides(null, null, false, false, null, null, false, true);
}
