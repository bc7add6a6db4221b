package org.iblrnn.figures.mice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.iblrnn.agents.ActorSessions;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.behaviour.BehaviourMetrics;
import org.iblrnn.behaviour.MiceSummary;
import org.iblrnn.behaviour.SessionExport;
import org.iblrnn.behaviour.StimulusUnit;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LayoutCheck;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mice figure renders, with a clean layout, from the shipped mice summary and from a small synthetic agent
 * session (the Bayesian actor's, exported like the RNN's). Set MICEFIG_DIR to keep the PNGs (at 150 dpi) for viewing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MiceFiguresTest {

    private MiceSummary mice;
    private AnalysisContext ctx;
    private BehaviourMetrics agent;

    @BeforeAll
    void setUp() {
        mice = MiceSummary.load(null);
        Params params = Params.defaults();
        TaskConfig task = params.env().withBlocksPerSession(40);
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(1));
        ctx = new AnalysisContext(params, net, 123, task,
                ActorSessions.run("bayesian_actor", task, new SplittableRandom(2)), 3);
        agent = BehaviourMetrics.compute(SessionExport.toIblTrials(ctx.rnnSession(), task, "agent"),
                StimulusUnit.STRENGTH);
    }

    private static Path outDir(Path tmp, String sub) {
        String dir = System.getenv("MICEFIG_DIR");
        return dir != null ? Path.of(dir).resolve(sub) : tmp.resolve(sub);
    }

    private static double dpi() {
        return System.getenv("MICEFIG_DIR") != null ? 150 : 100;
    }

    @Test
    void behaviourFiguresRenderForMiceAndForAnAgent(@TempDir Path tmp) throws Exception {
        FigureRegistry<BehaviourData> registry = MiceFigures.behaviourRegistry();
        assertThat(registry.size()).isEqualTo(MicePanel.values().length);
        for (BehaviourData data : List.of(new BehaviourData("54 mice", mice.metrics()),
                new BehaviourData("agent", agent))) {
            Path dir = outDir(tmp, data.name().replace(' ', '_'));
            List<FigureOutcome> outcomes = new FigureRenderer<BehaviourData>(dpi()).renderAll(registry, data, dir);
            for (FigureOutcome o : outcomes) {
                assertThat(o.ok()).as(o.stem() + ": " + o.message()).isTrue();
                assertThat(o.stem()).startsWith("behaviour_");
                assertThat(Files.size(o.file())).isGreaterThan(2000);
                assertThat(LayoutCheck.problems(o.drawable(), 100)).as(o.stem() + " layout").isEmpty();
            }
            BufferedImage psy = ImageIO.read(dir.resolve("behaviour_psychometric_by_block.png").toFile());
            // left block orange, right block blue, both drawn
            assertThat(count(psy, HouseStyle.LEFT)).isGreaterThan(50);
            assertThat(count(psy, HouseStyle.RIGHT)).isGreaterThan(50);
        }
    }

    @Test
    void analysisFiguresPutMiceAndTheRnnSideBySide(@TempDir Path tmp) throws Exception {
        List<Figure<AnalysisContext>> figures = MiceFigures.forAnalysis();
        FigureRegistry<AnalysisContext> registry = new FigureRegistry<>();
        figures.forEach(registry::register);
        Path dir = outDir(tmp, "analysis");
        List<FigureOutcome> outcomes = new FigureRenderer<AnalysisContext>(dpi()).renderAll(registry, ctx, dir);
        assertThat(outcomes).hasSize(MicePanel.values().length);
        for (FigureOutcome o : outcomes) {
            assertThat(o.ok()).as(o.stem() + ": " + o.message()).isTrue();
            assertThat(o.stem()).startsWith("mice_vs_rnn_");
            BufferedImage img = ImageIO.read(o.file().toFile());
            assertThat(img.getWidth()).isGreaterThan(img.getHeight());
        }
        // the psychometric comparison draws both blocks in both halves
        BufferedImage psy = ImageIO.read(dir.resolve("mice_vs_rnn_psychometric_by_block.png").toFile());
        int half = psy.getWidth() / 2;
        assertThat(count(psy, HouseStyle.LEFT, 0, half)).isGreaterThan(30);
        assertThat(count(psy, HouseStyle.LEFT, half, psy.getWidth())).isGreaterThan(30);
        assertThat(count(psy, HouseStyle.RIGHT, 0, half)).isGreaterThan(30);
        assertThat(count(psy, HouseStyle.RIGHT, half, psy.getWidth())).isGreaterThan(30);
        // every panel of every comparison has data, e.g. the recovery after a switch in a 40-block session
        BufferedImage sw = ImageIO.read(dir.resolve("mice_vs_rnn_correct_by_trial_after_switch.png").toFile());
        assertThat(count(sw, HouseStyle.TAB_GREEN, sw.getWidth() / 2, sw.getWidth())).isGreaterThan(30);
        for (Figure<AnalysisContext> f : figures) {
            assertThat(f.section()).isEqualTo(MiceFigures.SECTION);
            assertThat(f.question()).endsWith("?" + " (mice and the RNN)");
        }
    }

    @Test
    void aGivenSummaryIsTheOneDrawn() {
        MiceSummary other = new MiceSummary("test", 1, agent);
        Figure<AnalysisContext> f = MiceFigures.forAnalysis(other).get(0);
        // drawing from a summary on the strength axis works the same way: the figure takes what it is given
        assertThat(f.render(ctx)).isNotNull();
        assertThat(f.stem()).isEqualTo("mice_vs_rnn_psychometric_by_block");
    }

    private static int count(BufferedImage img, Color c) {
        return count(img, c, 0, img.getWidth());
    }

    private static int count(BufferedImage img, Color c, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= 12 && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= 12
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
