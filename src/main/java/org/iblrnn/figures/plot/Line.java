package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * One series of a {@link LinePlot}: y against x with optional markers, dashes, a shaded mean ± SEM band, error bars
 * and per-point colours (for trajectories coloured by time). Built fluently: {@code Line.of(x, y).label("RNN")
 * .color(HouseStyle.RIGHT).marker(2).sem(sem)}. NaN values leave gaps.
 */
public final class Line {

    /** Line dash style. */
    public enum Style { SOLID, DASHED, DOTTED, NONE }

    private final double[] x;
    private final double[] y;
    private String label;
    private Color color;
    private float width = HouseStyle.LINE_WIDTH;
    private Style style = Style.SOLID;
    private Marker marker = Marker.NONE;
    private double markerSize;
    private double alpha = 1.0;
    private double[] bandLo;
    private double[] bandHi;
    private double bandAlpha = HouseStyle.BAND_ALPHA;
    private double[] errLo;
    private double[] errHi;
    private double capSize;
    private Color[] pointColors;

    private Line(double[] x, double[] y) {
        Artists.checkSameLength("Line.of(x, y)", x, y);
        this.x = x.clone();
        this.y = y.clone();
    }

    /** A series through the points (x[i], y[i]). */
    public static Line of(double[] x, double[] y) {
        return new Line(x, y);
    }

    /** A series y[i] against i + 1 (trial numbers, dimension indices). */
    public static Line of(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return new Line(x, y);
    }

    public Line label(String text) {
        this.label = text;
        return this;
    }

    public Line color(Color c) {
        this.color = c;
        return this;
    }

    /** Line width in points (default 1.5). */
    public Line width(float points) {
        this.width = points;
        return this;
    }

    public Line style(Style s) {
        this.style = s;
        return this;
    }

    /** Dashed line ('--'). */
    public Line dashed() {
        return style(Style.DASHED);
    }

    /** Markers only, no connecting line. */
    public Line noLine() {
        return style(Style.NONE);
    }

    /** Circle markers of the given diameter in points ('-o' with markersize). */
    public Line marker(double size) {
        return marker(Marker.CIRCLE, size);
    }

    public Line marker(Marker m, double size) {
        this.marker = m;
        this.markerSize = size;
        return this;
    }

    /** Opacity of line and markers. */
    public Line alpha(double a) {
        this.alpha = a;
        return this;
    }

    /** Shaded band y ± sem (alpha 0.3, same colour); NaN sem leaves a gap. */
    public Line sem(double[] sem) {
        Artists.checkSameLength("Line.sem", x, sem);
        bandLo = new double[x.length];
        bandHi = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            bandLo[i] = y[i] - sem[i];
            bandHi[i] = y[i] + sem[i];
        }
        return this;
    }

    /** Shaded band between explicit lower and upper curves. */
    public Line band(double[] lower, double[] upper) {
        Artists.checkSameLength("Line.band lower", x, lower);
        Artists.checkSameLength("Line.band upper", x, upper);
        this.bandLo = lower.clone();
        this.bandHi = upper.clone();
        return this;
    }

    /** Opacity of the band (default 0.3). */
    public Line bandAlpha(double a) {
        this.bandAlpha = a;
        return this;
    }

    /** Symmetric vertical error bars y ± err (matplotlib errorbar, no caps). */
    public Line errorBars(double[] err) {
        return errorBars(err, err);
    }

    /** Asymmetric error bars from y − lower to y + upper. */
    public Line errorBars(double[] lower, double[] upper) {
        Artists.checkSameLength("Line.errorBars lower", x, lower);
        Artists.checkSameLength("Line.errorBars upper", x, upper);
        this.errLo = lower.clone();
        this.errHi = upper.clone();
        return this;
    }

    /** Width of error-bar caps in points (default 0 = none). */
    public Line capSize(double points) {
        this.capSize = points;
        return this;
    }

    /** Colour of each point and of the segment leaving it (e.g. ColorMap.JET by time). */
    public Line pointColors(Color[] colors) {
        if (colors.length != x.length) {
            throw new IllegalArgumentException("Line.pointColors: " + colors.length + " colours for " + x.length
                    + " points; pass one per point");
        }
        this.pointColors = colors.clone();
        return this;
    }

    String labelOrNull() {
        return label;
    }

    boolean hasColor() {
        return color != null;
    }

    Stroke stroke() {
        return switch (style) {
            case SOLID -> HouseStyle.solid(width);
            case DASHED -> HouseStyle.dashed(width);
            case DOTTED -> HouseStyle.dotted(width);
            case NONE -> null;
        };
    }

    /** The artists for this series: band (z 1), error bars and the line with markers (z 2). */
    List<Artist> artists(Color fallback) {
        Color c = color != null ? color : fallback;
        List<Artist> out = new ArrayList<>();
        if (bandLo != null) {
            out.add(new Artists.Band(x, bandLo, bandHi, c, bandAlpha));
        }
        if (errLo != null) {
            out.add(new Artists.ErrorBars(x, y, errLo, errHi, c, width, capSize, alpha));
        }
        Stroke s = stroke();
        out.add(new Artists.Polyline(x, y, c, s, pointColors, marker, markerSize, alpha, label, s));
        return out;
    }
}
