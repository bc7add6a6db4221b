package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.iblrnn.figures.plot.Drawable;
import org.junit.jupiter.api.Test;

/** Fills are left out of the PDF only when nothing of them can show; dense scatter plots shrink, and look the same. */
class HiddenFillsTest {

    private static final AffineTransform ID = new AffineTransform();

    private static Ellipse2D circle(double x, double y, double d) {
        return new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
    }

    private static HiddenFills fills(Object[]... calls) {
        HiddenFills h = new HiddenFills();
        for (Object[] c : calls) {
            h.record((java.awt.Shape) c[0], ID, (java.awt.Paint) c[1], AlphaComposite.SrcOver,
                    c.length > 2 ? (java.awt.Shape) c[2] : null);
        }
        return h;
    }

    @Test
    void opaqueMarkerUnderALargerLaterOneIsHiddenAndAPartlyCoveredOneIsNot() {
        HiddenFills h = fills(new Object[] {circle(10, 10, 1), Color.RED},
                new Object[] {circle(20, 10, 1), Color.RED},
                new Object[] {circle(10, 10, 3), Color.BLUE},
                new Object[] {circle(20.9, 10, 1.2), Color.BLUE});
        assertThat(h.hidden().stream().toArray()).containsExactly(0);
    }

    @Test
    void translucentMarkerIsHiddenOnlyUnderEnoughLayers() {
        Color half = new Color(0, 0, 0, 128);
        Object[][] few = new Object[3][];
        Object[][] many = new Object[12][];
        few[0] = many[0] = new Object[] {circle(5, 5, 1), Color.RED};
        for (int i = 1; i < many.length; i++) {
            many[i] = new Object[] {new Rectangle2D.Double(0, 0, 10, 10), half};
            if (i < few.length) {
                few[i] = many[i];
            }
        }
        // two half-transparent layers let a quarter of the red through; eleven let through less than 1/2000
        assertThat(fills(few).hidden().get(0)).isFalse();
        assertThat(fills(many).hidden().get(0)).isTrue();
    }

    @Test
    void fillsOutsideTheirClipAreHiddenAndUnknownPaintsAreKept() {
        HiddenFills h = fills(new Object[] {circle(50, 50, 1), Color.RED, new Rectangle2D.Double(0, 0, 10, 10)},
                new Object[] {circle(5, 5, 1), new GradientPaint(0, 0, Color.RED, 1, 1, Color.BLUE)},
                new Object[] {circle(5, 5, 4), Color.BLUE});
        assertThat(h.hidden().stream().toArray()).containsExactly(0);
    }

    @Test
    void coveredShapesCountOnlyInsideARectangularClip() {
        // the covering circle is clipped to its left half, so the marker on the right stays visible
        HiddenFills h = fills(new Object[] {circle(10.8, 10, 0.5), Color.RED},
                new Object[] {circle(10, 10, 4), Color.BLUE, new Rectangle2D.Double(0, 0, 10, 20)});
        assertThat(h.hidden().get(0)).isFalse();
    }

    /** 4000 opaque markers in a small square: most are buried. */
    private static final Drawable CLOUD = new Drawable() {
        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            SplittableRandom rng = new SplittableRandom(3);
            g.setColor(Color.WHITE);
            g.fill(area);
            for (int i = 0; i < 4000; i++) {
                g.setColor(new Color(rng.nextInt(256), 90, 200));
                g.fill(circle(40 + 20 * rng.nextDouble(), 40 + 20 * rng.nextDouble(), 2));
            }
            g.setColor(Color.BLACK);
            g.draw(new Rectangle2D.Double(30, 30, 40, 40));
        }

        @Override
        public double widthInches() {
            return 100 / 72.0;
        }

        @Override
        public double heightInches() {
            return 100 / 72.0;
        }
    };

    @Test
    void denseScatterShrinksAndRendersAsBefore() throws Exception {
        byte[] lean;
        VectorFigure.Result result;
        try (PDDocument doc = new PDDocument(); ReportFonts fonts = ReportFonts.load(doc)) {
            result = VectorFigure.draw(doc, CLOUD, fonts.figureText());
            lean = save(doc, result.form());
        }
        byte[] full;
        try (PDDocument doc = new PDDocument(); ReportFonts fonts = ReportFonts.load(doc)) {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, 100, 100);
            g.setFontTextDrawer(fonts.figureText());
            CLOUD.draw(g, new Rectangle2D.Double(0, 0, 100, 100));
            g.dispose();
            full = save(doc, g.getXFormObject());
        }
        assertThat(result.fills()).isEqualTo(4001);
        assertThat(result.hidden()).isGreaterThan(3000);
        assertThat(lean.length).isLessThan(full.length / 3);

        BufferedImage a = render(lean);
        BufferedImage b = render(full);
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        // only anti-aliased edge pixels may differ, where the full drawing stacks thousands of partial coverages
        assertThat(differing).isLessThan(a.getWidth() * a.getHeight() / 100);
    }

    private static byte[] save(PDDocument doc, PDFormXObject form) throws Exception {
        PDPage page = new PDPage(new PDRectangle(100, 100));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawForm(form);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static BufferedImage render(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 144);
        }
    }
}
