package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Pixel helpers for rendering tests. */
final class Pixels {

    private Pixels() {
    }

    static boolean near(int rgb, Color c, int tol) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - c.getRed()) <= tol && Math.abs(g - c.getGreen()) <= tol
                && Math.abs(b - c.getBlue()) <= tol;
    }

    /** Number of pixels within tol of c in the box [x0, x1) × [y0, y1). */
    static int count(BufferedImage img, Color c, int tol, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (near(img.getRGB(x, y), c, tol)) {
                    n++;
                }
            }
        }
        return n;
    }

    static int count(BufferedImage img, Color c, int tol) {
        return count(img, c, tol, 0, 0, img.getWidth(), img.getHeight());
    }

    /** Pixels that are not (nearly) white in the central 60 % of the image. */
    static int nonWhiteCentre(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        return (w * h * 36 / 100) - count(img, Color.WHITE, 8, w / 5, h / 5, w * 4 / 5, h * 4 / 5);
    }

    /** Mean row of pixels near c, or NaN when there are none. */
    static double meanRow(BufferedImage img, Color c, int tol, int x0, int x1) {
        long sum = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                if (near(img.getRGB(x, y), c, tol)) {
                    sum += y;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : (double) sum / n;
    }
}
