package org.iblrnn.report;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.iblrnn.figures.plot.HouseStyle;

/**
 * The fonts of one report document, loaded once and shared by every page: DejaVu Sans (the figures' font, so text
 * on summary and figure pages matches the PNGs) embedded as one subset per style, or the standard Helvetica fonts
 * (nothing embedded) when DejaVu Sans is not installed. Loading a font per page would embed it once per page.
 */
final class ReportFonts implements Closeable {

    /** Where DejaVu Sans is usually installed (Debian/Ubuntu, Arch, Fedora, /usr/local, macOS). */
    private static final List<String> DEJAVU_DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts",
            "/Library/Fonts");

    /** Replacements when a character is missing from the standard fonts' WinAnsi encoding. */
    private static final Map<Integer, String> ASCII = Map.of(0x2212, "-", 0x2248, "~", 0x0394, "d", 0x2713, "ok",
            0x2264, "<=", 0x2265, ">=", 0x2016, "|", 0x03B1, "a", 0x03C3, "s");

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final IPdfBoxGraphics2DFontTextDrawer figureText;
    private final List<TrueTypeFont> files;

    private ReportFonts(PDFont regular, PDFont bold, PDFont italic, IPdfBoxGraphics2DFontTextDrawer figureText,
                        List<TrueTypeFont> files) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.figureText = figureText;
        this.files = files;
    }

    /** The fonts for {@code doc}: DejaVu Sans when its regular, bold and oblique files are found, else Helvetica. */
    static ReportFonts load(PDDocument doc) throws IOException {
        if (HouseStyle.FONT_FAMILY.equals("DejaVu Sans")) {
            for (String dir : DEJAVU_DIRS) {
                File r = new File(dir, "DejaVuSans.ttf");
                File b = new File(dir, "DejaVuSans-Bold.ttf");
                File i = new File(dir, "DejaVuSans-Oblique.ttf");
                if (r.isFile() && b.isFile() && i.isFile()) {
                    List<TrueTypeFont> files = new ArrayList<>();
                    PDFont regular = embed(doc, r, files);
                    PDFont bold = embed(doc, b, files);
                    PDFont italic = embed(doc, i, files);
                    PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
                    // the names java.awt.Font reports for the family's styles
                    drawer.registerFont("DejaVu Sans", regular);
                    drawer.registerFont("DejaVu Sans Bold", bold);
                    drawer.registerFont("DejaVu Sans Oblique", italic);
                    return new ReportFonts(regular, bold, italic, drawer, files);
                }
            }
        }
        return new ReportFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE),
                new PdfBoxGraphics2DFontTextDrawerDefaultFonts(), List.of());
    }

    /**
     * Embeds a TrueType file as a subset with glyph substitution off: PDFBox would otherwise turn "fi" into a ligature
     * glyph, and the extracted text (search, copy) would lose the letters.
     */
    private static PDFont embed(PDDocument doc, File file, List<TrueTypeFont> open) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        open.add(ttf);
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /** Closes the font files; call after the document is saved. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont f : files) {
            f.close();
        }
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    PDFont italic() {
        return italic;
    }

    /** The text drawer every figure of the document shares. */
    IPdfBoxGraphics2DFontTextDrawer figureText() {
        return figureText;
    }

    /** True when DejaVu Sans is embedded (false: standard fonts). */
    boolean embedded() {
        return !files.isEmpty();
    }

    /**
     * The string with characters the font cannot show replaced (minus sign by '-', ≈ by '~', ..., anything else by
     * '?'); tabs and line breaks become spaces.
     */
    static String encodable(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = cp == '\t' || cp == '\n' || cp == '\r' ? " " : new String(Character.toChars(cp));
            if (canEncode(font, ch)) {
                b.append(ch);
            } else {
                b.append(ASCII.getOrDefault(cp, "?"));
            }
        });
        return b.toString();
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Width of {@code s} in points at {@code size}. */
    static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(encodable(font, s)) / 1000f * size;
        } catch (IOException e) {
            return s.length() * size * 0.6f;
        }
    }
}
