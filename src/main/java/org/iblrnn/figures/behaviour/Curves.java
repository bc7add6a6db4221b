package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.behaviour.GroupedStats;
import java.awt.Color;
import org.iblrnn.figures.plot.Line;

/** Turns binned statistics into plot series. */
final class Curves {

    private Curves() {
    }

    /** Mean against key + {@code xShift}, with a mean ± SEM band (NaN SEM leaves a gap). */
    static Line meanWithBand(GroupedStats g, double xShift) {
        double[] x = g.keys().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += xShift;
        }
        return Line.of(x, g.mean()).sem(g.sem());
    }

    /** Mean against key + {@code xShift}, without a band. */
    static Line mean(GroupedStats g, double xShift) {
        double[] x = g.keys().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += xShift;
        }
        return Line.of(x, g.mean());
    }

    /**
     * Only the mean ± SEM band, in its own colour (the original often draws an observer/actor line in dark blue with
     * a black band); unlabelled.
     */
    static Line bandOnly(GroupedStats g, double xShift, Color color) {
        return meanWithBand(g, xShift).noLine().color(color);
    }

    /** Mean against key, with a mean ± SEM band. */
    static Line meanWithBand(GroupedStats g) {
        return meanWithBand(g, 0);
    }

    /** 1, 2, ..., n. */
    static double[] oneBased(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }
}
