package org.iblrnn.figures.plot;

/**
 * Which point of a text's box sits at the given position: the text's logical box (font ascent to descent, all
 * lines) split into thirds, as matplotlib's horizontal/vertical alignment pairs.
 */
public enum TextAnchor {
    TOP_LEFT(0, 0), TOP_CENTER(0.5, 0), TOP_RIGHT(1, 0),
    CENTER_LEFT(0, 0.5), CENTER(0.5, 0.5), CENTER_RIGHT(1, 0.5),
    BOTTOM_LEFT(0, 1), BOTTOM_CENTER(0.5, 1), BOTTOM_RIGHT(1, 1);

    private final double fx;
    private final double fy;

    TextAnchor(double fx, double fy) {
        this.fx = fx;
        this.fy = fy;
    }

    /** Horizontal position of the anchor in the box: 0 left, 0.5 centre, 1 right. */
    double fx() {
        return fx;
    }

    /** Vertical position of the anchor in the box: 0 top, 0.5 middle, 1 bottom. */
    double fy() {
        return fy;
    }
}
