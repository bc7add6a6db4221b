package org.iblrnn.figures.plot;

import java.awt.Color;

/**
 * Bar charts over named categories: each {@link #add} is one group of bars (one bar per category), groups sit side
 * by side within a 0.8-wide slot; optional symmetric error bars (black, as matplotlib's bar yerr).
 */
public final class BarPlot extends PlotBase<BarPlot> {

    private final String[] categories;
    private int groups;
    private int expectedGroups = 1;

    /** Bars over these category names, left to right at x = 0, 1, 2, ... */
    public BarPlot(String... categories) {
        if (categories.length == 0) {
            throw new IllegalArgumentException("BarPlot needs at least one category");
        }
        this.categories = categories.clone();
    }

    @Override
    protected BarPlot self() {
        return this;
    }

    /** Number of groups that will be added, so that bar widths are known up front (default 1). */
    public BarPlot groups(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("BarPlot.groups must be >= 1 but was " + n);
        }
        this.expectedGroups = n;
        return this;
    }

    /** Adds a group of bars (one height per category). */
    public BarPlot add(double[] heights, Color color, String label) {
        return add(heights, null, color, label);
    }

    /** Adds a group of bars with symmetric error bars (errors may be null). */
    public BarPlot add(double[] heights, double[] errors, Color color, String label) {
        if (heights.length != categories.length) {
            throw new IllegalArgumentException("BarPlot.add: " + heights.length + " heights for "
                    + categories.length + " categories");
        }
        if (groups >= expectedGroups) {
            throw new IllegalStateException("BarPlot: group " + (groups + 1) + " added but groups(" + expectedGroups
                    + ") was declared; call groups(n) first");
        }
        Color c = color != null ? color : nextAutoColor();
        double w = 0.8 / expectedGroups;
        double[][] rects = new double[heights.length][];
        Color[] colors = new Color[heights.length];
        double[] xs = new double[heights.length];
        for (int i = 0; i < heights.length; i++) {
            double left = i - 0.4 + groups * w;
            xs[i] = left + w / 2;
            rects[i] = new double[] {left, left + w, 0, heights[i]};
            colors[i] = c;
        }
        groups++;
        add(new Artists.Rects(rects, colors, 1.0, null, label, c, true));
        if (errors != null) {
            Artists.checkSameLength("BarPlot.add errors", heights, errors);
            add(new Artists.ErrorBars(xs, heights.clone(), errors.clone(), errors.clone(), Color.BLACK, 1f, 0, 1));
        }
        return this;
    }

    @Override
    protected double[] defaultTickValues(boolean xAxis, double axisLength) {
        if (!xAxis) {
            return null;
        }
        double[] v = new double[categories.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return v;
    }

    @Override
    protected String[] defaultTickLabels(boolean xAxis, double axisLength) {
        return xAxis ? categories.clone() : null;
    }

    @Override
    protected double[] autoLimits(Bounds b) {
        double[] lim = super.autoLimits(b.include(-0.4, 0).include(categories.length - 0.6, 0));
        if (b.yMin() >= 0) {
            lim[2] = 0;
        }
        return lim;
    }
}
