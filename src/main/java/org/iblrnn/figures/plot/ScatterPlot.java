package org.iblrnn.figures.plot;

import java.awt.Color;
import java.util.Arrays;

/**
 * Scatter plots: groups of markers coloured by category (one {@link #add} per category, with a legend label) or by
 * a value through a colour map (with {@link PlotBase#colorBar}).
 */
public final class ScatterPlot extends PlotBase<ScatterPlot> {

    @Override
    protected ScatterPlot self() {
        return this;
    }

    /** One category of points, all in {@code color}, marker diameter {@code size} points. */
    public ScatterPlot add(double[] x, double[] y, Color color, double size, double alpha, String label) {
        Artists.checkSameLength("ScatterPlot.add(x, y)", x, y);
        Color c = color != null ? color : nextAutoColor();
        Color[] colors = new Color[x.length];
        Arrays.fill(colors, c);
        double[] sizes = new double[x.length];
        Arrays.fill(sizes, size);
        return add(new Artists.Scatter(x.clone(), y.clone(), colors, sizes, Marker.CIRCLE, alpha, label, c));
    }

    /** Unlabelled points in one colour, default size 6 pt, opaque. */
    public ScatterPlot add(double[] x, double[] y, Color color) {
        return add(x, y, color, HouseStyle.MARKER_SIZE, 1.0, null);
    }

    /** Points coloured by {@code values} through {@code map} on [vmin, vmax]. */
    public ScatterPlot addByValue(double[] x, double[] y, double[] values, ColorMap map, double vmin, double vmax,
            double size, double alpha) {
        Artists.checkSameLength("ScatterPlot.addByValue(x, y)", x, y);
        Artists.checkSameLength("ScatterPlot.addByValue(x, values)", x, values);
        Color[] colors = new Color[x.length];
        for (int i = 0; i < x.length; i++) {
            colors[i] = map.at(values[i], vmin, vmax);
        }
        double[] sizes = new double[x.length];
        Arrays.fill(sizes, size);
        return add(new Artists.Scatter(x.clone(), y.clone(), colors, sizes, Marker.CIRCLE, alpha, null,
                map.at(0.5)));
    }

    /** Points with an explicit colour per point (e.g. by block side). */
    public ScatterPlot addColored(double[] x, double[] y, Color[] colors, double size, double alpha) {
        Artists.checkSameLength("ScatterPlot.addColored(x, y)", x, y);
        if (colors.length != x.length) {
            throw new IllegalArgumentException("ScatterPlot.addColored: " + colors.length + " colours for "
                    + x.length + " points");
        }
        double[] sizes = new double[x.length];
        Arrays.fill(sizes, size);
        return add(new Artists.Scatter(x.clone(), y.clone(), colors.clone(), sizes, Marker.CIRCLE, alpha, null,
                colors.length > 0 ? colors[0] : Color.BLACK));
    }
}
