package org.iblrnn.figures.plot;

/**
 * Preferred legend placement inside the axes, as matplotlib's {@code loc}. A legend never hides content: BEST (and a
 * location that would) takes the first spot covering nothing, else the legend goes outside the axes.
 */
public enum LegendLocation {
    BEST, UPPER_RIGHT, UPPER_LEFT, LOWER_LEFT, LOWER_RIGHT, CENTER_LEFT, CENTER_RIGHT, LOWER_CENTER, UPPER_CENTER,
    CENTER
}
