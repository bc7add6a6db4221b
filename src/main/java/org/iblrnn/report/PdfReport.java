package org.iblrnn.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an analysis report as one vector PDF (landscape A4). The summary comes first: title and key facts, then
 * headings, tables and notes in a main column and, when the report has figure pages, a clickable figure index with
 * page numbers beside it (both continue on further pages when long). Then one page per figure: title and question on
 * top, the figure drawn as vectors and scaled to fit, a caption saying what a correct result shows, and the page
 * number. The PDF has bookmarks by section. Fonts are embedded once for the whole document and fills hidden under
 * others are left out ({@link VectorFigure}), which keeps reports with dense scatter plots small. Saved atomically.
 */
public final class PdfReport {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = SummaryLayout.MARGIN;

    /** How a table column is aligned. */
    public enum Align { LEFT, RIGHT, CENTER }

    private record Page(String section, String title, String question, String caption, Drawable drawable,
                        String failure) {
    }

    private final String title;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<SummaryLayout.Block> blocks = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private boolean figureIndex = true;

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

    /** Adds a heading to the summary's main column. */
    public PdfReport heading(String text) {
        blocks.add(new SummaryLayout.Heading(text));
        return this;
    }

    /** Adds a paragraph in small type to the summary's main column. */
    public PdfReport note(String text) {
        blocks.add(new SummaryLayout.Note(text));
        return this;
    }

    /** Adds a table to the summary; each row must have as many cells as the header. */
    public PdfReport table(List<String> header, List<List<String>> rows) {
        return table(header, rows, List.of());
    }

    /**
     * Adds a table with notes printed under it. The first column is left-aligned, the others right-aligned; headers
     * wrap onto several lines when a column is narrow.
     */
    public PdfReport table(List<String> header, List<List<String>> rows, List<String> notes) {
        return table(header, rows, notes, List.of());
    }

    /**
     * As {@link #table(List, List, List)} with each column's alignment given ({@code align} empty: automatic). When
     * the first column is left-aligned and the second right-aligned, rows get dot leaders between them.
     */
    public PdfReport table(List<String> header, List<List<String>> rows, List<String> notes, List<Align> align) {
        if (!align.isEmpty() && align.size() != header.size()) {
            throw new IllegalArgumentException("PdfReport table has " + header.size() + " columns but " + align.size()
                    + " alignments");
        }
        if (header.isEmpty()) {
            throw new IllegalArgumentException("PdfReport table needs at least one column");
        }
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("PdfReport table row " + i + " has " + rows.get(i).size()
                        + " cells but the header has " + header.size());
            }
            copy.add(List.copyOf(rows.get(i)));
        }
        blocks.add(new SummaryLayout.Table(List.copyOf(header), copy, List.copyOf(notes), List.copyOf(align)));
        return this;
    }

    /** Whether the summary lists the figure pages with their page numbers (default true). */
    public PdfReport figureIndex(boolean on) {
        this.figureIndex = on;
        return this;
    }

    /** Adds a figure page. */
    public PdfReport page(String pageTitle, String question, Drawable drawable) {
        return page("Figures", pageTitle, question, null, drawable);
    }

    /** Adds a figure page in a section, with a caption under the figure (null: none). */
    public PdfReport page(String section, String pageTitle, String question, String caption, Drawable drawable) {
        if (drawable == null) {
            throw new IllegalArgumentException("PdfReport page '" + pageTitle + "' needs a drawable");
        }
        pages.add(new Page(section, pageTitle, question, caption, drawable, null));
        return this;
    }

    /** Adds a page stating that a figure could not be drawn, and why. */
    public PdfReport failedPage(String pageTitle, String question, String message) {
        pages.add(new Page("Figures", pageTitle, question, null, null, message));
        return this;
    }

    /**
     * Adds one page per figure, in the given order, using the renderer's outcomes (matched by stem): the drawable
     * when it rendered, a failure page otherwise. Figures without an outcome are skipped.
     */
    public <C> PdfReport figures(List<? extends Figure<C>> figures, List<FigureOutcome> outcomes) {
        return figures(figures, outcomes, stem -> null);
    }

    /** As {@link #figures(List, List)}, with a caption per figure stem (null: none). */
    public <C> PdfReport figures(List<? extends Figure<C>> figures, List<FigureOutcome> outcomes,
                                 Function<String, String> captions) {
        Map<String, FigureOutcome> byStem = new LinkedHashMap<>();
        for (FigureOutcome o : outcomes) {
            byStem.put(o.stem(), o);
        }
        for (Figure<C> f : figures) {
            FigureOutcome o = byStem.get(f.stem());
            if (o == null) {
                continue;
            }
            String caption = captions.apply(f.stem());
            if (o.ok() && o.drawable() != null) {
                pages.add(new Page(f.section(), f.title(), f.question(), caption, o.drawable(), null));
            } else {
                pages.add(new Page(f.section(), f.title(), f.question(), caption, null, o.message()));
            }
        }
        return this;
    }

    /** Number of pages the saved document will have. */
    public int pageCount() {
        try (PDDocument doc = new PDDocument(); ReportFonts fonts = ReportFonts.load(doc)) {
            return layout(fonts).pages() + pages.size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot measure the report's fonts: " + e.getMessage(), e);
        }
    }

    /** Writes the PDF atomically to {@code file}, creating parent directories. */
    public void save(Path file) throws IOException {
        org.iblrnn.io.AtomicFiles.write(file, out -> {
            try (PDDocument doc = new PDDocument(); ReportFonts fonts = ReportFonts.load(doc)) {
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("ibl-rnn");
                SummaryLayout summary = layout(fonts);
                int first = summary.pages();
                List<PDPage> figurePages = new ArrayList<>();
                List<PDPage> summaryPages = new ArrayList<>();
                for (int p = 0; p < first; p++) {
                    PDPage page = new PDPage(PAGE);
                    doc.addPage(page);
                    summaryPages.add(page);
                }
                int fills = 0;
                int hidden = 0;
                for (int i = 0; i < pages.size(); i++) {
                    int[] counts = writeFigurePage(doc, fonts, pages.get(i), first + i + 1, first + pages.size());
                    fills += counts[0];
                    hidden += counts[1];
                    figurePages.add(doc.getPage(first + i));
                }
                for (int p = 0; p < first; p++) {
                    PDPage page = summaryPages.get(p);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        for (SummaryLayout.Link l : summary.draw(cs, p, first)) {
                            link(page, l, doc.getPage(l.page()));
                        }
                    }
                }
                outline(doc, summaryPages.get(0), figurePages);
                LOG.debug("report {}: {} pages, {} of {} fills hidden and left out", file.getFileName(),
                        doc.getNumberOfPages(), hidden, fills);
                doc.save(out);
            }
        });
    }

    private SummaryLayout layout(ReportFonts fonts) {
        List<SummaryLayout.IndexEntry> index = new ArrayList<>();
        if (figureIndex) {
            for (int i = 0; i < pages.size(); i++) {
                index.add(new SummaryLayout.IndexEntry(pages.get(i).section(), pages.get(i).title(), i));
            }
        }
        return new SummaryLayout(fonts, PAGE, title, facts, blocks, index);
    }

    private static void link(PDPage from, SummaryLayout.Link l, PDPage to) throws IOException {
        PDAnnotationLink a = new PDAnnotationLink();
        a.setRectangle(new PDRectangle(l.x(), l.y(), l.width(), l.height()));
        PDBorderStyleDictionary none = new PDBorderStyleDictionary();
        none.setWidth(0);
        a.setBorderStyle(none);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(to);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(dest);
        a.setAction(go);
        from.getAnnotations().add(a);
    }

    /** Bookmarks: the summary, then one entry per section with its figures. */
    private void outline(PDDocument doc, PDPage summary, List<PDPage> figurePages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(item("Summary", summary));
        PDOutlineItem section = null;
        String current = null;
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (section == null || !p.section().equals(current)) {
                current = p.section();
                section = item(current, figurePages.get(i));
                outline.addLast(section);
            }
            section.addLast(item(p.title(), figurePages.get(i)));
        }
        outline.openNode();
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    private static PDOutlineItem item(String text, PDPage page) {
        PDOutlineItem it = new PDOutlineItem();
        it.setTitle(text);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(page);
        it.setDestination(dest);
        return it;
    }

    // ------------------------------------------------------------------ figure pages

    private static final float CAPTION_SIZE = 8.5f;

    /** Writes one figure page; returns {fills, hidden fills}. */
    private static int[] writeFigurePage(PDDocument doc, ReportFonts fonts, Page p, int number, int total)
            throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        float top = PAGE.getHeight() - MARGIN;
        float width = PAGE.getWidth() - 2 * MARGIN;
        VectorFigure.Result figure = p.drawable() == null ? null : VectorFigure.draw(doc, p.drawable(),
                fonts.figureText());
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PDFont bold = fonts.bold();
            PDFont italic = fonts.italic();
            PDFont regular = fonts.regular();
            PdfText.show(cs, bold, 14, MARGIN, top - 14, PdfText.fit(bold, 14, p.title(), width));
            float y = top - 14 - 6;
            if (p.question() != null) {
                for (String line : PdfText.wrap(italic, 10, p.question(), width)) {
                    y -= 12;
                    PdfText.show(cs, italic, 10, MARGIN, y, line);
                }
            }
            y -= 10;
            float bottom = MARGIN + 14;
            List<String> caption = p.caption() == null ? List.of()
                    : PdfText.wrap(regular, CAPTION_SIZE, "A correct result shows: " + p.caption(), width);
            bottom += caption.size() * (CAPTION_SIZE + 2.5f) + (caption.isEmpty() ? 0 : 6);
            float cy = bottom - 6 - CAPTION_SIZE;
            for (String line : caption) {
                PdfText.show(cs, regular, CAPTION_SIZE, MARGIN, cy, line);
                cy -= CAPTION_SIZE + 2.5f;
            }
            PdfText.show(cs, regular, 7.5f, MARGIN, MARGIN - 10, PdfText.fit(regular, 7.5f, p.section(), width / 2));
            PdfText.showRight(cs, regular, 7.5f, MARGIN + width, MARGIN - 10, number + " / " + total);
            if (figure != null) {
                float w = (float) (p.drawable().widthInches() * 72);
                float h = (float) (p.drawable().heightInches() * 72);
                float availH = y - bottom;
                float s = Math.min(width / w, availH / h);
                float x0 = MARGIN + (width - w * s) / 2;
                float y0 = bottom + (availH - h * s) / 2;
                cs.saveGraphicsState();
                cs.transform(new Matrix(s, 0, 0, s, x0, y0));
                cs.drawForm(figure.form());
                cs.restoreGraphicsState();
            } else {
                for (String line : PdfText.wrap(regular, 10, "Figure not available: " + p.failure(), width)) {
                    y -= 14;
                    PdfText.show(cs, regular, 10, MARGIN, y, line);
                }
            }
        }
        return figure == null ? new int[2] : new int[] {figure.fills(), figure.hidden()};
    }
}
