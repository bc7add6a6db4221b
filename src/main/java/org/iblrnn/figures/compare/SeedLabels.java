package org.iblrnn.figures.compare;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.figures.plot.TextAnchor;

/**
 * Places the short label of each point of a scatter (the seed of a network in the MDS plane) beside its point, on
 * the first side (right, left, above, below) where it overlaps neither an earlier label nor another point. Seeds of
 * one architecture often sit within a marker's width of each other; always labelling on the right piled their
 * labels on top of one another. Sizes are estimated in inches from the data's extent and the axes' width, which is
 * close enough for labels a few characters long.
 */
final class SeedLabels {

    /** Where one label goes: the anchor point in data coordinates and which side of the text sits on it. */
    record Placed(double x, double y, TextAnchor anchor) {
    }

    /** Gap between a point and its label, and the marker radius a label keeps clear of, in inches. */
    private static final double GAP_IN = 0.07;
    private static final double MARKER_IN = 0.06;

    private SeedLabels() {
    }

    static Placed[] place(double[][] xy, String[] labels, float fontSize, double axesWidthIn) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] p : xy) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-12) * 1.1; // the axes' margins around the data
        double inch = span / axesWidthIn; // data units per inch (equal aspect)
        double h = fontSize / 72.0 * 1.2 * inch;
        List<Rectangle2D> taken = new ArrayList<>();
        for (double[] p : xy) {
            double r = MARKER_IN * inch;
            taken.add(new Rectangle2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
        }
        Placed[] out = new Placed[labels.length];
        for (int i = 0; i < labels.length; i++) {
            double w = labels[i].length() * 0.62 * fontSize / 72.0 * inch;
            double g = GAP_IN * inch;
            double x = xy[i][0];
            double y = xy[i][1];
            Placed[] options = {new Placed(x + g, y, TextAnchor.CENTER_LEFT), new Placed(x - g, y,
                    TextAnchor.CENTER_RIGHT), new Placed(x, y + g, TextAnchor.BOTTOM_CENTER),
                new Placed(x, y - g, TextAnchor.TOP_CENTER)};
            Rectangle2D[] boxes = {new Rectangle2D.Double(x + g, y - h / 2, w, h),
                new Rectangle2D.Double(x - g - w, y - h / 2, w, h), new Rectangle2D.Double(x - w / 2, y + g, w, h),
                new Rectangle2D.Double(x - w / 2, y - g - h, w, h)};
            int chosen = 0;
            for (int k = 0; k < options.length; k++) {
                if (free(boxes[k], taken, i)) {
                    chosen = k;
                    break;
                }
            }
            out[i] = options[chosen];
            taken.add(boxes[chosen]);
        }
        return out;
    }

    /** Whether {@code box} misses every taken box except the own point's marker ({@code own}). */
    private static boolean free(Rectangle2D box, List<Rectangle2D> taken, int own) {
        for (int j = 0; j < taken.size(); j++) {
            if (j != own && taken.get(j).intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
