package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Vector-field (quiver) plots with matplotlib's arrow shape: each arrow goes from (x, y) to
 * (x + u / scale, y + v / scale) in data units (the original's angles='xy', scale_units='xy'), coloured either
 * uniformly or by a value (default: the vector's length) through a colour map with a colour bar.
 */
public final class QuiverPlot extends PlotBase<QuiverPlot> {

    private final List<Field> fields = new ArrayList<>();

    private record Field(double[] x, double[] y, double[] u, double[] v, double[] values, Color color,
            ColorMap map, double alpha, double scale, double headWidth, String label) {
    }

    private ColorMap map = ColorMap.GNUPLOT2;
    private Double vmin;
    private Double vmax;
    private String colorBarLabel;
    private boolean showColorBar = true;
    private double shaftWidthFraction = 0.005;

    @Override
    protected QuiverPlot self() {
        return this;
    }

    /** Arrows coloured by their length through the plot's colour map. */
    public QuiverPlot arrows(double[] x, double[] y, double[] u, double[] v) {
        double[] len = new double[x.length];
        for (int i = 0; i < len.length; i++) {
            len[i] = Math.hypot(u[i], v[i]);
        }
        return arrows(x, y, u, v, len, 0.6, 1.0);
    }

    /** Arrows coloured by {@code values} through the plot's colour map, with alpha and data-unit scale. */
    public QuiverPlot arrows(double[] x, double[] y, double[] u, double[] v, double[] values, double alpha,
            double scale) {
        check(x, y, u, v);
        Artists.checkSameLength("QuiverPlot.arrows(x, values)", x, values);
        fields.add(new Field(x.clone(), y.clone(), u.clone(), v.clone(), values.clone(), null, null, alpha, scale,
                7, null));
        return this;
    }

    /** Arrows in one colour (no colour bar contribution). */
    public QuiverPlot arrows(double[] x, double[] y, double[] u, double[] v, Color color, double alpha,
            String label) {
        check(x, y, u, v);
        fields.add(new Field(x.clone(), y.clone(), u.clone(), v.clone(), null, color, null, alpha, 1.0, 7, label));
        return this;
    }

    private static void check(double[] x, double[] y, double[] u, double[] v) {
        Artists.checkSameLength("QuiverPlot.arrows(x, y)", x, y);
        Artists.checkSameLength("QuiverPlot.arrows(x, u)", x, u);
        Artists.checkSameLength("QuiverPlot.arrows(x, v)", x, v);
    }

    /** Colour map for value-coloured arrows (default gnuplot2). */
    public QuiverPlot colorMap(ColorMap m) {
        this.map = m;
        return this;
    }

    /** Colour limits (default [0, max value]). */
    public QuiverPlot colorLimits(double lo, double hi) {
        this.vmin = lo;
        this.vmax = hi;
        return this;
    }

    /** Label of the automatic colour bar. */
    public QuiverPlot colorBarLabel(String text) {
        this.colorBarLabel = text;
        return this;
    }

    /** Do not draw the automatic colour bar (e.g. when a Grid draws a shared one). */
    public QuiverPlot noColorBar() {
        this.showColorBar = false;
        return this;
    }

    private double[] colorLimits() {
        double lo = vmin != null ? vmin : 0;
        double hi = Double.NEGATIVE_INFINITY;
        for (Field f : fields) {
            if (f.values() != null) {
                for (double val : f.values()) {
                    if (Double.isFinite(val)) {
                        hi = Math.max(hi, val);
                    }
                }
            }
        }
        if (vmax != null) {
            hi = vmax;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    @Override
    protected ColorBar effectiveColorBar() {
        ColorBar explicit = super.effectiveColorBar();
        if (explicit != null || !showColorBar || fields.stream().allMatch(f -> f.values() == null)) {
            return explicit;
        }
        double[] lim = colorLimits();
        ColorBar bar = new ColorBar(map, lim[0], lim[1]);
        return colorBarLabel == null ? bar : bar.label(colorBarLabel);
    }

    @Override
    protected List<Artist> derivedArtists() {
        double[] lim = colorLimits();
        List<Artist> out = new ArrayList<>();
        for (Field f : fields) {
            Color[] colors = new Color[f.x().length];
            for (int i = 0; i < colors.length; i++) {
                colors[i] = f.values() == null ? f.color() : map.at(f.values()[i], lim[0], lim[1]);
            }
            out.add(new Arrows(f, colors, shaftWidthFraction));
        }
        return out;
    }

    /** matplotlib quiver polygons: shaft, head length 5 and head axis length 4.5 shaft widths. */
    private record Arrows(Field f, Color[] colors, double shaftFraction) implements Artist {

        @Override
        public void draw(Graphics2D g, Transform t) {
            Artists.applyAlpha(g, f.alpha());
            double w = shaftFraction * t.dataArea().getWidth();
            for (int i = 0; i < f.x().length; i++) {
                double x0 = f.x()[i];
                double y0 = f.y()[i];
                double x1 = x0 + f.u()[i] / f.scale();
                double y1 = y0 + f.v()[i] / f.scale();
                if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
                    continue;
                }
                double ax = t.x(x0);
                double ay = t.y(y0);
                double len = Math.hypot(t.x(x1) - ax, t.y(y1) - ay);
                if (len < 0.5 * w) {
                    continue;
                }
                double hl = 5 * w;
                double hal = 4.5 * w;
                double hw = f.headWidth() * w / 2;
                double sw = w / 2;
                if (len < hl) {
                    double k = len / hl;
                    hl *= k;
                    hal *= k;
                    hw *= k;
                    sw *= k;
                }
                Path2D p = new Path2D.Double();
                p.moveTo(0, -sw);
                p.lineTo(len - hal, -sw);
                p.lineTo(len - hl, -hw);
                p.lineTo(len, 0);
                p.lineTo(len - hl, hw);
                p.lineTo(len - hal, sw);
                p.lineTo(0, sw);
                p.closePath();
                AffineTransform at = new AffineTransform();
                at.translate(ax, ay);
                at.rotate(Math.atan2(t.y(y1) - ay, t.x(x1) - ax));
                g.setColor(colors[i]);
                g.fill(at.createTransformedShape(p));
            }
        }

        @Override
        public Bounds bounds() {
            Bounds b = Bounds.EMPTY;
            for (int i = 0; i < f.x().length; i++) {
                b = b.include(f.x()[i], f.y()[i]).include(f.x()[i] + f.u()[i] / f.scale(),
                        f.y()[i] + f.v()[i] / f.scale());
            }
            return b;
        }

        @Override
        public int zOrder() {
            return 1;
        }

        @Override
        public List<LegendEntry> legendEntries() {
            return f.label() == null ? List.of() : List.of(LegendEntry.patch(f.label(), colors.length > 0
                    ? colors[0] : Color.BLACK, f.alpha()));
        }

        @Override
        public double[][] samplePoints() {
            return Artists.samples(f.x(), f.y());
        }
    }
}
