package org.iblrnn.figures.plot;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Maps data coordinates of one panel to Java2D coordinates (points) inside its data area. Handed to every
 * {@link Artist} at draw time.
 */
public final class Transform {

    private final Rectangle2D dataArea;
    private final double xAtLeft;
    private final double xAtRight;
    private final double yAtBottom;
    private final double yAtTop;

    /**
     * @param dataArea  the inside of the frame
     * @param xAtLeft   data x at the left edge (greater than {@code xAtRight} when x is inverted)
     * @param xAtRight  data x at the right edge
     * @param yAtBottom data y at the bottom edge (greater than {@code yAtTop} when y is inverted)
     * @param yAtTop    data y at the top edge
     */
    Transform(Rectangle2D dataArea, double xAtLeft, double xAtRight, double yAtBottom, double yAtTop) {
        this.dataArea = dataArea;
        this.xAtLeft = xAtLeft;
        this.xAtRight = xAtRight;
        this.yAtBottom = yAtBottom;
        this.yAtTop = yAtTop;
    }

    /** The panel's data area (the inside of the frame) in Java2D coordinates. */
    public Rectangle2D dataArea() {
        return dataArea;
    }

    /** Java2D x of data x. */
    public double x(double x) {
        return dataArea.getMinX() + (x - xAtLeft) / (xAtRight - xAtLeft) * dataArea.getWidth();
    }

    /** Java2D y of data y. */
    public double y(double y) {
        return dataArea.getMaxY() - (y - yAtBottom) / (yAtTop - yAtBottom) * dataArea.getHeight();
    }

    /** Java2D point of a data point. */
    public Point2D point(double x, double y) {
        return new Point2D.Double(x(x), y(y));
    }

    /** The current x limits {lower, upper}. */
    public double[] xLimits() {
        return new double[] {Math.min(xAtLeft, xAtRight), Math.max(xAtLeft, xAtRight)};
    }

    /** The current y limits {lower, upper}. */
    public double[] yLimits() {
        return new double[] {Math.min(yAtBottom, yAtTop), Math.max(yAtBottom, yAtTop)};
    }
}
