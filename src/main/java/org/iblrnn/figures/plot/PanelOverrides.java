package org.iblrnn.figures.plot;

/**
 * How a {@link Grid} adjusts a panel it lays out: shared limits, hidden inner tick labels, and minimum margins so
 * that the data areas of a row or column line up. Null fields mean "the panel's own choice".
 */
record PanelOverrides(double[] xLim, double[] yLim, boolean hideX, boolean hideY, Margins minMargins,
        boolean drawColorBar) {

    static final PanelOverrides NONE = new PanelOverrides(null, null, false, false, Margins.ZERO, true);
}
