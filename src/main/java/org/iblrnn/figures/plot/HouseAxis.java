package org.iblrnn.figures.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** A JFreeChart number axis in house style whose ticks are exactly the given values and labels. */
final class HouseAxis extends NumberAxis {

    private final double[] tickValues;
    private final String[] tickLabels;

    HouseAxis(String label, double lo, double hi, double[] tickValues, String[] tickLabels, boolean inverted,
            boolean showTickLabels) {
        super(label);
        this.tickValues = tickValues.clone();
        this.tickLabels = tickLabels.clone();
        setAutoRange(false);
        setRange(lo, hi);
        setInverted(inverted);
        setLabelFont(HouseStyle.font(HouseStyle.FONT_SIZE));
        setLabelPaint(Color.BLACK);
        setLabelInsets(new RectangleInsets(3.5, 3.5, 3.5, 3.5));
        setTickLabelFont(HouseStyle.font(HouseStyle.FONT_SIZE));
        setTickLabelPaint(Color.BLACK);
        setTickLabelInsets(new RectangleInsets(HouseStyle.TICK_PAD, HouseStyle.TICK_PAD, HouseStyle.TICK_PAD,
                HouseStyle.TICK_PAD));
        setTickLabelsVisible(showTickLabels);
        setTickMarksVisible(true);
        setTickMarkInsideLength(0f);
        setTickMarkOutsideLength(HouseStyle.TICK_LENGTH);
        setTickMarkStroke(new BasicStroke(HouseStyle.AXES_LINE_WIDTH));
        setTickMarkPaint(Color.BLACK);
        setMinorTickMarksVisible(false);
        setAxisLineVisible(false);
    }

    @Override
    public List<ValueTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        TextAnchor anchor = vertical
                ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
                : (edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
        double lo = Math.min(getLowerBound(), getUpperBound());
        double hi = Math.max(getLowerBound(), getUpperBound());
        double eps = (hi - lo) * 1e-9;
        for (int i = 0; i < tickValues.length; i++) {
            if (tickValues[i] >= lo - eps && tickValues[i] <= hi + eps) {
                ticks.add(new NumberTick(tickValues[i], tickLabels[i], anchor, TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
