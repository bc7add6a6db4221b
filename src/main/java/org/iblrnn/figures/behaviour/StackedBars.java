package org.iblrnn.figures.behaviour;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.figures.plot.Artist;
import org.iblrnn.figures.plot.Bounds;
import org.iblrnn.figures.plot.LegendEntry;
import org.iblrnn.figures.plot.Transform;

/**
 * Bars of {@code width} centred at numeric x positions, stacked from the bottom in layer order (matplotlib
 * {@code bar(x, h, bottom=...)} repeated per layer); one legend patch per labelled layer.
 *
 * @param x      bar centres
 * @param layers heights per layer (each of length x.length), bottom layer first
 * @param colors colour per layer
 * @param labels legend label per layer (null for none)
 * @param width  bar width in data units
 */
record StackedBars(double[] x, double[][] layers, Color[] colors, String[] labels, double width) implements Artist {

    @Override
    public void draw(Graphics2D g, Transform t) {
        for (int i = 0; i < x.length; i++) {
            double base = 0;
            for (int k = 0; k < layers.length; k++) {
                double h = layers[k][i];
                if (!Double.isFinite(h) || h == 0) {
                    continue;
                }
                double xa = t.x(x[i] - width / 2);
                double xb = t.x(x[i] + width / 2);
                double ya = t.y(base);
                double yb = t.y(base + h);
                g.setColor(colors[k]);
                g.fill(new Rectangle2D.Double(Math.min(xa, xb), Math.min(ya, yb), Math.abs(xb - xa),
                        Math.abs(yb - ya)));
                base += h;
            }
        }
    }

    @Override
    public Bounds bounds() {
        Bounds b = Bounds.EMPTY;
        for (int i = 0; i < x.length; i++) {
            double total = 0;
            for (double[] layer : layers) {
                total += Double.isFinite(layer[i]) ? layer[i] : 0;
            }
            b = b.include(x[i] - width / 2, 0).include(x[i] + width / 2, total);
        }
        return b;
    }

    @Override
    public int zOrder() {
        return 1;
    }

    @Override
    public List<LegendEntry> legendEntries() {
        List<LegendEntry> out = new ArrayList<>();
        for (int k = 0; k < layers.length; k++) {
            if (labels[k] != null) {
                out.add(LegendEntry.patch(labels[k], colors[k], 1.0));
            }
        }
        return out;
    }

    @Override
    public double[][] samplePoints() {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double base = 0;
            for (double[] layer : layers) {
                double h = Double.isFinite(layer[i]) ? layer[i] : 0;
                pts.add(new double[] {x[i], base + h / 2});
                base += h;
            }
        }
        return pts.toArray(new double[0][]);
    }
}
