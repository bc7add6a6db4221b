package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders a {@link Drawable} to a PNG file at a given resolution: the image is
 * round(width × dpi) × round(height × dpi) pixels on a white background, antialiased, with the dpi recorded in the
 * file. The file is written to a temporary sibling and renamed, so readers never see a half-written figure.
 */
public final class PngWriter {

    private PngWriter() {
    }

    /** Renders at 300 dpi. */
    public static void write(Drawable d, Path file) throws IOException {
        write(d, file, HouseStyle.DPI);
    }

    /** Renders at {@code dpi} and writes atomically to {@code file} (parent directories are created). */
    public static void write(Drawable d, Path file, double dpi) throws IOException {
        BufferedImage img = render(d, dpi);
        org.iblrnn.io.AtomicFiles.write(file, out -> encode(img, dpi, out));
    }

    /** Renders to an RGB image at {@code dpi}. */
    public static BufferedImage render(Drawable d, double dpi) {
        return render(d, dpi, null);
    }

    /** Renders to an RGB image at {@code dpi}, reporting every text drawn to {@code texts} (may be null). */
    public static BufferedImage render(Drawable d, double dpi, TextLog texts) {
        if (!(dpi > 0) || !Double.isFinite(dpi)) {
            throw new IllegalArgumentException("dpi must be positive but was " + dpi);
        }
        int w = (int) Math.round(d.widthInches() * dpi);
        int h = (int) Math.round(d.heightInches() * dpi);
        if (w < 1 || h < 1 || (long) w * h > 400_000_000L) {
            throw new IllegalArgumentException("figure of " + d.widthInches() + " x " + d.heightInches()
                    + " in at " + dpi + " dpi gives an unusable image of " + w + " x " + h + " px");
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (texts != null) {
                texts.attach(g);
            }
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            double s = dpi / 72.0;
            g.scale(s, s);
            d.draw(g, new Rectangle2D.Double(0, 0, d.widthInches() * 72, d.heightInches() * 72));
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void encode(BufferedImage img, double dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png");
        if (!it.hasNext()) {
            throw new IllegalStateException("no PNG encoder available in this JVM");
        }
        ImageWriter writer = it.next();
        // an in-memory cache: ImageIO's default file cache leaves a shutdown-time thread error after a failed write
        try (ImageOutputStream ios = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img),
                    writer.getDefaultWriteParam());
            addDpi(meta, dpi);
            writer.write(null, new IIOImage(img, null, meta), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }

    private static void addDpi(IIOMetadata meta, double dpi) throws IIOInvalidTreeException {
        String ppm = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }
}
