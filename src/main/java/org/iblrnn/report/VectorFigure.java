package org.iblrnn.report;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DDrawControl;
import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.BitSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.iblrnn.figures.plot.Drawable;

/**
 * Draws a figure into a PDF form as vectors, leaving out the fills nobody can see ({@link HiddenFills}). The figure is
 * drawn twice: once to record its fills (nothing is written), once for real with the hidden fills skipped. Figures
 * must draw the same way twice; if the second drawing departs from the first, the figure is drawn a third time with
 * everything kept.
 */
final class VectorFigure {

    /** What was drawn: the form, and how many fills were left out of how many. */
    record Result(PDFormXObject form, int fills, int hidden) {
    }

    private VectorFigure() {
    }

    static Result draw(PDDocument doc, Drawable d, IPdfBoxGraphics2DFontTextDrawer fonts) throws IOException {
        float w = (float) (d.widthInches() * 72);
        float h = (float) (d.heightInches() * 72);
        HiddenFills recorded = new HiddenFills();
        PdfBoxGraphics2D probe = graphics(doc, w, h, fonts);
        probe.setDrawControl(new Control() {
            @Override
            public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
                PdfBoxGraphics2D g = env.getGraphics();
                recorded.record(shape, g.getTransform(), env.getPaint(), g.getComposite(), g.getClip());
                return null;
            }

            @Override
            public Shape transformShapeBeforeDraw(Shape shape, IDrawControlEnv env) {
                return null;
            }
        });
        paint(d, probe, w, h);
        BitSet hidden = recorded.hidden();

        PdfBoxGraphics2D g = graphics(doc, w, h, fonts);
        Skipper skipper = new Skipper(recorded, hidden);
        g.setDrawControl(skipper);
        paint(d, g, w, h);
        if (skipper.diverged || skipper.index != recorded.size()) {
            g = graphics(doc, w, h, fonts);
            paint(d, g, w, h);
            return new Result(g.getXFormObject(), recorded.size(), 0);
        }
        return new Result(g.getXFormObject(), recorded.size(), hidden.cardinality());
    }

    private static PdfBoxGraphics2D graphics(PDDocument doc, float w, float h, IPdfBoxGraphics2DFontTextDrawer fonts)
            throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(fonts);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static void paint(Drawable d, PdfBoxGraphics2D g, float w, float h) {
        try {
            d.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
    }

    /** A draw control that changes nothing unless overridden. */
    private abstract static class Control implements IPdfBoxGraphics2DDrawControl {
        @Override
        public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
            return shape;
        }

        @Override
        public Shape transformShapeBeforeDraw(Shape shape, IDrawControlEnv env) {
            return shape;
        }

        @Override
        public void afterShapeFill(Shape shape, IDrawControlEnv env) {
        }

        @Override
        public void afterShapeDraw(Shape shape, IDrawControlEnv env) {
        }
    }

    /** Skips the hidden fills of the second drawing, checking that it repeats the recorded one. */
    private static final class Skipper extends Control {
        private final HiddenFills recorded;
        private final BitSet hidden;
        private int index;
        private boolean diverged;

        Skipper(HiddenFills recorded, BitSet hidden) {
            this.recorded = recorded;
            this.hidden = hidden;
        }

        @Override
        public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
            int i = index++;
            if (diverged) {
                return shape;
            }
            if (i >= recorded.size() || !sameBounds(shape, env.getGraphics(), recorded.bounds(i))) {
                diverged = true;
                return shape;
            }
            return hidden.get(i) ? null : shape;
        }

        private static boolean sameBounds(Shape shape, PdfBoxGraphics2D g, Rectangle2D expected) {
            return HiddenFills.deviceShape(shape, g.getTransform()).getBounds2D().equals(expected);
        }
    }
}
