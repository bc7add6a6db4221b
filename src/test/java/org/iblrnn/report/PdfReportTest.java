package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report has a summary page plus one page per figure, with extractable titles, and is written atomically. */
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
    void rejectsRaggedTablesAndNonWinAnsiTextIsReplaced(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new PdfReport("x").table(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
        Path f = dir.resolve("r.pdf");
        new PdfReport("Norm \u2016h\u2016 \u2212 1").save(f);
        assertThat(text(f)).contains("Norm ?h? - 1");
    }
}
