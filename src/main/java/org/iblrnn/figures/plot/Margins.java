package org.iblrnn.figures.plot;

/** Space in points between a panel's cell edges and its data area, per side. */
record Margins(double left, double right, double top, double bottom) {

    static final Margins ZERO = new Margins(0, 0, 0, 0);

    /** The larger of the two on every side. */
    Margins max(Margins o) {
        return new Margins(Math.max(left, o.left), Math.max(right, o.right), Math.max(top, o.top),
                Math.max(bottom, o.bottom));
    }
}
