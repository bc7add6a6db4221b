package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report has summary pages (tables, a figure index with page numbers and links) plus one page per figure with
 * extractable titles, questions and captions, bookmarks by section, and is written atomically.
 */
class PdfReportTest {

    static Drawable plot(String title) {
        return new LinePlot().size(4, 3).title(title).xLabel("Trial")
                .add(Line.of(new double[] {0, 1, 2}, new double[] {0.2, 0.8, 0.5}).color(HouseStyle.LEFT)
                        .label("Left Block").marker(4))
                .legend();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void summaryPageThenOnePagePerFigure(@TempDir Path dir) throws Exception {
        PdfReport r = new PdfReport("ibl-rnn analysis of run demo")
                .fact("Run", "demo-run-1").fact("Gradient step", "10000")
                .table(List.of("Agent", "Reward rate", "Accuracy"),
                        List.of(List.of("RNN", "0.871", "0.902"), List.of("Bayesian actor", "0.893", "0.918")))
                .page("Psychometric curves", "Does the block prior shift the choices?", plot("Curves"))
                .page("Reward rate", "How often is the agent rewarded?", plot("Rewards"))
                .page("Block posterior", "Does the RNN track the block?", plot("Blocks"));
        Path f = dir.resolve("out/report.pdf");
        r.save(f);
        assertThat(pages(f)).isEqualTo(4).isEqualTo(r.pageCount());
        String t = text(f);
        assertThat(t).contains("ibl-rnn analysis of run demo", "demo-run-1", "Reward rate", "Bayesian actor",
                "0.893", "Psychometric curves", "Does the block prior shift the choices?", "Block posterior");
        try (var files = Files.list(f.getParent())) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void figurePagesComeFromRendererOutcomesIncludingFailures(@TempDir Path dir) throws Exception {
        record F(String stem, String title) implements Figure<Void> {
            @Override
            public String question() {
                return "Question of " + stem;
            }

            @Override
            public String section() {
                return "Test";
            }

            @Override
            public Drawable render(Void context) {
                return plot(title);
            }
        }
        List<F> figs = List.of(new F("a", "Figure A"), new F("b", "Figure B"), new F("c", "Figure C"));
        List<FigureOutcome> outcomes = List.of(new FigureOutcome("a", true, null, 0.1, null, plot("A")),
                new FigureOutcome("b", false, "IllegalStateException: no fixed points", 0.0, null, null));
        Path f = dir.resolve("r.pdf");
        new PdfReport("Report").figures(figs, outcomes).save(f);
        assertThat(pages(f)).isEqualTo(3);
        assertThat(text(f)).contains("Figure A", "Figure B", "no fixed points").doesNotContain("Figure C");
    }

    @Test
    void longTablesContinueOnFurtherSummaryPages(@TempDir Path dir) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of("run-" + i, Integer.toString(i)));
        }
        PdfReport r = new PdfReport("Many runs").table(List.of("Run", "Index"), rows);
        Path f = dir.resolve("r.pdf");
        r.save(f);
        assertThat(r.pageCount()).isGreaterThan(1);
        assertThat(pages(f)).isEqualTo(r.pageCount());
        assertThat(text(f)).contains("run-0", "run-79");
    }

    @Test
    void rejectsRaggedTables() {
        assertThatThrownBy(() -> new PdfReport("x").table(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    }

    @Test
    void characterMissingFromAFontIsReplacedNotDropped() {
        PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(ReportFonts.encodable(helvetica, "Norm \u2016h\u2016 \u2212 1 \u2248 \u2603"))
                .isEqualTo("Norm |h| - 1 ~ ?");
    }

    @Test
    void extractedTextKeepsLettersThatFontsWouldJoinIntoLigatures(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.pdf");
        new PdfReport("Fixed points of the first figure, effect of feedback").fact("Classifier", "office")
                .page("Figure", "Which flows fit?", plot("fi")).save(f);
        // the glyphs as drawn (PDFTextStripper's own output would fold a ligature back into letters)
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper raw = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> glyphs.append(p.getUnicode()));
            }
        };
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            raw.getText(doc);
        }
        assertThat(glyphs.toString()).contains("Fixed points of the first figure", "office", "Which flows fit?")
                .doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
    }

    @Test
    void summaryIndexesTheFigurePagesWithWorkingLinksAndBookmarks(@TempDir Path dir) throws Exception {
        PdfReport r = new PdfReport("Indexed").table(List.of("metric", "this run", "paper"),
                List.of(List.of("RNN correct / trials", "84.6 %", "85.5 %")));
        for (int i = 0; i < 6; i++) {
            r.page(i < 3 ? "Behaviour" : "State space", "Figure number " + i, "Question " + i, "caption " + i,
                    plot("p" + i));
        }
        Path f = dir.resolve("r.pdf");
        r.save(f);
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(7);
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(doc);
            assertThat(page1).contains("Figures", "Behaviour", "State space", "Figure number 0", "Figure number 5");
            // entry i is on page i + 2: its line ends with that number, and its link goes there
            assertThat(page1).containsPattern("Figure number 0\\s*2\\b").containsPattern("Figure number 5\\s*7\\b");
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                PDAnnotationLink link = (PDAnnotationLink) a;
                PDPageDestination d = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                targets.add(doc.getPages().indexOf(d.getPage()));
            }
            assertThat(targets).containsExactly(1, 2, 3, 4, 5, 6);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem section : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(section.getTitle());
                section.children().forEach(c -> bookmarks.add("  " + c.getTitle()));
            }
            assertThat(bookmarks).containsExactly("Summary", "Behaviour", "  Figure number 0", "  Figure number 1",
                    "  Figure number 2", "State space", "  Figure number 3", "  Figure number 4", "  Figure number 5");
            PDFTextStripper fig = new PDFTextStripper();
            fig.setStartPage(4);
            fig.setEndPage(4);
            assertThat(fig.getText(doc)).contains("Figure number 2", "Question 2", "A correct result shows: caption 2",
                    "4 / 7");
        }
    }

    @Test
    void narrowTablesWrapTheirHeadersInsteadOfCuttingThem(@TempDir Path dir) throws Exception {
        List<String> header = new ArrayList<>(List.of("agent"));
        List<String> row = new ArrayList<>(List.of("bayesian_observer"));
        for (int c = 0; c < 12; c++) {
            header.add("zero strength, concordant trials " + c);
            row.add("0.75");
        }
        Path f = dir.resolve("r.pdf");
        new PdfReport("Wide").table(header, List.of(row)).save(f);
        String t = text(f).replaceAll("\\s+", " ");
        for (int c = 0; c < 12; c++) {
            assertThat(t).contains("trials " + c);
        }
        assertThat(t).doesNotContain("\u2026").doesNotContain("...");
    }
}
