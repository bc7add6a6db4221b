package org.iblrnn.figures.statespace;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.PngWriter;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

/** Every state-space figure renders a non-blank image from a small network's session. */
class StateSpaceFiguresTest {

    @Test
    void everyFigureRendersNonBlankWithAUniqueStem() {
        Params params = Params.defaults().withModel(Params.defaults().model().withHiddenSize(6));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(5));
        TaskConfig task = params.env().withBlocksPerSession(12);
        SessionTable table = SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(6)),
                new RnnAgent(net), null, 0);
        AnalysisContext ctx = new AnalysisContext(params, net, 0, task, table, 2);
        List<Figure<AnalysisContext>> all = StateSpaceFigures.all();
        assertThat(all).hasSize(14);
        Set<String> stems = new HashSet<>();
        for (Figure<AnalysisContext> f : all) {
            assertThat(stems.add(f.stem())).as("unique stem %s", f.stem()).isTrue();
            assertThat(f.question()).isNotBlank();
            BufferedImage img = PngWriter.render(f.render(ctx), 30);
            assertThat(nonWhite(img)).as("ink in %s", f.stem()).isGreaterThan(100);
        }
    }

    private static int nonWhite(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }
}
