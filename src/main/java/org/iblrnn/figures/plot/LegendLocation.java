package org.iblrnn.figures.plot;

/** Legend placement inside the axes, as matplotlib's {@code loc}; BEST picks the spot covering the fewest points. */
public enum LegendLocation {
    BEST, UPPER_RIGHT, UPPER_LEFT, LOWER_LEFT, LOWER_RIGHT, CENTER_LEFT, CENTER_RIGHT, LOWER_CENTER, UPPER_CENTER,
    CENTER
}
