package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.QuiverPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes a demo report (into $FIGDEMO_DIR when set, for viewing with pdftoppm) with a grid page. */
class DemoReportTest {

    @Test
    void demoReportWithGridAndLinePages(@TempDir Path tmp) throws Exception {
        String dir = System.getenv("FIGDEMO_DIR");
        Path f = (dir != null ? Path.of(dir) : tmp).resolve("report.pdf");
        double[] x = {-2, -1, 0, 1, 2};
        LinePlot p = new LinePlot().size(4, 3).xLabel("Signed Stimulus Contrast").yLabel("# Right / # Trials")
                .add(Line.of(x, new double[] {0.05, 0.2, 0.4, 0.8, 0.95}).label("Left Block").color(HouseStyle.LEFT)
                        .marker(3).sem(new double[] {0.02, 0.02, 0.03, 0.02, 0.02}))
                .add(Line.of(x, new double[] {0.05, 0.2, 0.6, 0.8, 0.95}).label("Right Block")
                        .color(HouseStyle.RIGHT).marker(3).sem(new double[] {0.02, 0.02, 0.03, 0.02, 0.02}))
                .hLine(0.5).legend();
        double[] gx = {-1, 0, 1, -1, 0, 1};
        double[] gy = {-1, -1, -1, 1, 1, 1};
        double[] u = {0.3, 0.2, 0.1, -0.1, -0.2, -0.3};
        double[] v = {0.2, 0.3, 0.2, -0.2, -0.3, -0.2};
        Grid g = new Grid(1, 2).size(8, 3).shareY().suptitle("Two flows");
        g.set(0, 0, new QuiverPlot().arrows(gx, gy, u, v).title("Left").xLabel("PC #1").yLabel("PC #2"));
        g.set(0, 1, new QuiverPlot().arrows(gx, gy, v, u).title("Right").xLabel("PC #1"));
        PdfReport r = new PdfReport("ibl-rnn analysis: demo run")
                .fact("Run", "demo").fact("Checkpoint step", "10000")
                .table(List.of("Agent", "Reward rate", "P(correct | concordant)", "P(correct | discordant)"),
                        List.of(List.of("RNN", "0.871", "0.951", "0.702"),
                                List.of("Bayesian actor", "0.893", "0.963", "0.705")))
                .page("Psychometric curves by block", "Does the block prior shift the psychometric curve?", p)
                .page("Vector fields", "Where does the state flow under each input?", g);
        r.save(f);
        assertThat(PdfReportTest.pages(f)).isEqualTo(3);
        assertThat(PdfReportTest.text(f)).contains("Vector fields");
    }
}
