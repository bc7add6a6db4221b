package org.iblrnn.figures.plot;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Maps data coordinates of one panel to Java2D coordinates (points) inside its data area. Handed to every
 * {@link Artist} at draw time.
 */
public final class Transform {

    private final Rectangle2D dataArea;
    private final ValueAxis xAxis;
    private final ValueAxis yAxis;

    Transform(Rectangle2D dataArea, ValueAxis xAxis, ValueAxis yAxis) {
        this.dataArea = dataArea;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** The panel's data area (the inside of the frame) in Java2D coordinates. */
    public Rectangle2D dataArea() {
        return dataArea;
    }

    /** Java2D x of data x. */
    public double x(double x) {
        return xAxis.valueToJava2D(x, dataArea, RectangleEdge.BOTTOM);
    }

    /** Java2D y of data y. */
    public double y(double y) {
        return yAxis.valueToJava2D(y, dataArea, RectangleEdge.LEFT);
    }

    /** Java2D point of a data point. */
    public Point2D point(double x, double y) {
        return new Point2D.Double(x(x), y(y));
    }

    /** Points per data unit along x (negative when the axis is inverted). */
    public double xScale() {
        return x(1) - x(0);
    }

    /** Points per data unit along y (negative for a normal, upward y axis). */
    public double yScale() {
        return y(1) - y(0);
    }

    /** The current x limits. */
    public double[] xLimits() {
        return new double[] {xAxis.getLowerBound(), xAxis.getUpperBound()};
    }

    /** The current y limits. */
    public double[] yLimits() {
        return new double[] {yAxis.getLowerBound(), yAxis.getUpperBound()};
    }
}
