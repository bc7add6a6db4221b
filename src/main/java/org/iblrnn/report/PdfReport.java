package org.iblrnn.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.HouseStyle;

/**
 * Builds the analysis report as one vector PDF (landscape A4): a summary page with a title, key/value facts and a
 * table (e.g. agents × metrics, continued on further pages when long), then one page per figure with its title and
 * question on top and the figure drawn as vectors, scaled to fit. Text uses the standard Helvetica fonts, so nothing
 * needs embedding; characters outside WinAnsi are replaced by '?'. Saved atomically (temporary file + rename).
 */
public final class PdfReport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40f;

    private record Table(List<String> header, List<List<String>> rows) {
    }

    private record Page(String title, String question, Drawable drawable, String failure) {
    }

    private final String title;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    /** A report with the given title on its summary page. */
    public PdfReport(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("PdfReport title must not be blank");
        }
        this.title = title;
    }

    /** Adds a "key: value" line to the summary page (insertion order kept; a repeated key replaces its value). */
    public PdfReport fact(String key, String value) {
        facts.put(key, value);
        return this;
    }

    /** Adds a table to the summary page; each row must have as many cells as the header. */
    public PdfReport table(List<String> header, List<List<String>> rows) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("PdfReport table needs at least one column");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("PdfReport table row " + i + " has " + rows.get(i).size()
                        + " cells but the header has " + header.size());
            }
        }
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            copy.add(List.copyOf(r));
        }
        tables.add(new Table(List.copyOf(header), copy));
        return this;
    }

    /** Adds a figure page. */
    public PdfReport page(String pageTitle, String question, Drawable drawable) {
        if (drawable == null) {
            throw new IllegalArgumentException("PdfReport page '" + pageTitle + "' needs a drawable");
        }
        pages.add(new Page(pageTitle, question, drawable, null));
        return this;
    }

    /** Adds a page stating that a figure could not be drawn, and why. */
    public PdfReport failedPage(String pageTitle, String question, String message) {
        pages.add(new Page(pageTitle, question, null, message));
        return this;
    }

    /**
     * Adds one page per figure, in the given order, using the renderer's outcomes (matched by stem): the drawable
     * when it rendered, a failure page otherwise. Figures without an outcome are skipped.
     */
    public <C> PdfReport figures(List<? extends Figure<C>> figures, List<FigureOutcome> outcomes) {
        Map<String, FigureOutcome> byStem = new LinkedHashMap<>();
        for (FigureOutcome o : outcomes) {
            byStem.put(o.stem(), o);
        }
        for (Figure<C> f : figures) {
            FigureOutcome o = byStem.get(f.stem());
            if (o == null) {
                continue;
            }
            if (o.ok() && o.drawable() != null) {
                page(f.title(), f.question(), o.drawable());
            } else {
                failedPage(f.title(), f.question(), o.message());
            }
        }
        return this;
    }

    /** Number of pages the saved document will have. */
    public int pageCount() {
        return summaryPages().size() + pages.size();
    }

    /** Writes the PDF atomically to {@code file}, creating parent directories. */
    public void save(Path file) throws IOException {
        org.iblrnn.io.AtomicFiles.write(file, out -> {
            try (PDDocument doc = new PDDocument()) {
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("ibl-rnn");
                writeSummary(doc);
                for (Page p : pages) {
                    writeFigurePage(doc, p);
                }
                doc.save(out);
            }
        });
    }

    // ------------------------------------------------------------------ summary

    private static final float LINE = 14f;
    private static final float ROW = 13f;

    /** Summary content split into pages: each entry is a list of lines {kind, payload...}. */
    private List<List<String[]>> summaryPages() {
        List<String[]> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : facts.entrySet()) {
            lines.add(new String[] {"fact", e.getKey(), e.getValue()});
        }
        for (int t = 0; t < tables.size(); t++) {
            lines.add(new String[] {"gap"});
            lines.add(new String[] {"header", Integer.toString(t)});
            for (int r = 0; r < tables.get(t).rows().size(); r++) {
                lines.add(new String[] {"row", Integer.toString(t), Integer.toString(r)});
            }
        }
        float first = PAGE.getHeight() - 2 * MARGIN - 40;
        float other = PAGE.getHeight() - 2 * MARGIN;
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> cur = new ArrayList<>();
        float room = first;
        for (String[] l : lines) {
            float h = l[0].equals("fact") ? LINE : l[0].equals("gap") ? 10 : ROW;
            if (h > room && !cur.isEmpty()) {
                out.add(cur);
                cur = new ArrayList<>();
                room = other;
                if (l[0].equals("row")) {
                    cur.add(new String[] {"header", l[1]});
                    room -= ROW;
                }
            }
            cur.add(l);
            room -= h;
        }
        out.add(cur);
        return out;
    }

    private void writeSummary(PDDocument doc) throws IOException {
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<List<String[]>> chunks = summaryPages();
        for (int pi = 0; pi < chunks.size(); pi++) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = PAGE.getHeight() - MARGIN;
                if (pi == 0) {
                    text(cs, bold, 18, MARGIN, y - 18, title);
                    y -= 40;
                }
                for (String[] l : chunks.get(pi)) {
                    switch (l[0]) {
                        case "fact" -> {
                            text(cs, bold, 10, MARGIN, y - 10, l[1] + ":");
                            text(cs, regular, 10, MARGIN + 160, y - 10, l[2]);
                            y -= LINE;
                        }
                        case "gap" -> y -= 10;
                        case "header" -> {
                            Table t = tables.get(Integer.parseInt(l[1]));
                            drawRow(cs, bold, t, t.header(), y);
                            cs.setLineWidth(0.8f);
                            cs.moveTo(MARGIN, y - ROW + 2);
                            cs.lineTo(PAGE.getWidth() - MARGIN, y - ROW + 2);
                            cs.stroke();
                            y -= ROW;
                        }
                        default -> {
                            Table t = tables.get(Integer.parseInt(l[1]));
                            drawRow(cs, regular, t, t.rows().get(Integer.parseInt(l[2])), y);
                            y -= ROW;
                        }
                    }
                }
            }
        }
    }

    private static void drawRow(PDPageContentStream cs, PDFont font, Table t, List<String> cells, float y)
            throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        float firstCol = Math.min(200, width / t.header().size() * 1.5f);
        float rest = t.header().size() > 1 ? (width - firstCol) / (t.header().size() - 1) : 0;
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            float w = c == 0 ? firstCol : rest;
            text(cs, font, 9, x, y - 10, fit(font, 9, cells.get(c), w - 6));
            x += w;
        }
    }

    // ------------------------------------------------------------------ figure pages

    private static void writeFigurePage(PDDocument doc, Page p) throws IOException {
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        float top = PAGE.getHeight() - MARGIN;
        float width = PAGE.getWidth() - 2 * MARGIN;
        PDFormXObject form = null;
        float w = 0;
        float h = 0;
        if (p.drawable() != null) {
            w = (float) (p.drawable().widthInches() * 72);
            h = (float) (p.drawable().heightInches() * 72);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            g.setFontTextDrawer(fontDrawer());
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            try {
                p.drawable().draw(g, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g.dispose();
            }
            form = g.getXFormObject();
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, bold, 14, MARGIN, top - 14, fit(bold, 14, p.title(), width));
            float y = top - 14 - 8;
            if (p.question() != null) {
                for (String line : wrap(italic, 10, p.question(), width)) {
                    y -= 12;
                    text(cs, italic, 10, MARGIN, y, line);
                }
            }
            y -= 12;
            if (form != null) {
                float availH = y - MARGIN;
                float s = Math.min(width / w, availH / h);
                float x0 = MARGIN + (width - w * s) / 2;
                float y0 = MARGIN + (availH - h * s) / 2;
                cs.saveGraphicsState();
                cs.transform(new Matrix(s, 0, 0, s, x0, y0));
                cs.drawForm(form);
                cs.restoreGraphicsState();
            } else {
                PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (String line : wrap(regular, 10, "Figure not available: " + p.failure(), width)) {
                    y -= 14;
                    text(cs, regular, 10, MARGIN, y, line);
                }
            }
        }
    }

    /** Where DejaVu Sans (the figures' font) is usually installed. */
    private static final List<String> DEJAVU_PATHS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/local/share/fonts/DejaVuSans.ttf", "/Library/Fonts/DejaVuSans.ttf");

    /**
     * The figures' text drawer: the exact DejaVu Sans file embedded (subset) when it can be found, so glyphs and
     * spacing match the PNGs and text stays selectable; otherwise the JVM sans serif mapped to Helvetica.
     */
    private static PdfBoxGraphics2DFontTextDrawer fontDrawer() {
        if (HouseStyle.FONT_FAMILY.equals("DejaVu Sans")) {
            for (String p : DEJAVU_PATHS) {
                File f = new File(p);
                if (f.isFile()) {
                    PdfBoxGraphics2DFontTextDrawer d = new PdfBoxGraphics2DFontTextDrawer();
                    d.registerFont("DejaVu Sans", f);
                    return d;
                }
            }
        }
        return new PdfBoxGraphics2DFontTextDrawerDefaultFonts();
    }

    // ------------------------------------------------------------------ text helpers

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(encodable(font, s));
        cs.endText();
    }

    /** The string with characters the font cannot encode replaced by '?'. */
    static String encodable(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = cp == '\t' || cp == '\n' || cp == '\r' ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append(cp == 0x2212 ? "-" : "?");
            }
        });
        return b.toString();
    }

    private static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(encodable(font, s)) / 1000f * size;
        } catch (IOException e) {
            return s.length() * size * 0.6f;
        }
    }

    private static String fit(PDFont font, float size, String s, float max) {
        String t = s == null ? "" : s;
        if (width(font, size, t) <= max) {
            return t;
        }
        while (!t.isEmpty() && width(font, size, t + "...") > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    private static List<String> wrap(PDFont font, float size, String s, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : s.split("\\s+")) {
            String trial = cur.length() == 0 ? word : cur + " " + word;
            if (width(font, size, trial) > max && cur.length() > 0) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(trial);
            }
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        return lines;
    }
}
