package org.iblrnn.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.AnalysisSettings;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.Params;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.LayoutCheck;
import org.iblrnn.figures.plot.PngWriter;
import org.iblrnn.figures.plot.TextLog;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.config.Architecture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every figure {@code analyze} renders has a clean layout: nothing touches the outer 2 px of the image, no text leaves
 * the canvas and no two texts overlap ({@link LayoutCheck}); and all maths uses one notation, set with sub- and
 * superscripts (no literal "h_t", no Unicode script letters). Rendered for every architecture from a small synthetic
 * analysis (an untrained 8-unit network whose readout is scaled up so that it acts like a trained one, 20 blocks); set LAYOUT_DIR to keep the
 * PNGs for viewing.
 */
class PaperFiguresLayoutTest {

    private static final double DPI = 100;
    /** Maths written literally ("h_t", "x^T") or with Unicode script letters instead of the markup RichText sets. */
    private static final Pattern RAW_MATHS = Pattern.compile("[_^\u1d2c-\u1d6a\u2080-\u209c\u00b2\u00b3\u00b9]");

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void everyPaperFigureKeepsItsTextsOnTheCanvasAndApart(Architecture architecture) throws IOException {
        Params params = Params.defaults()
                .withModel(ModelConfig.defaults().withHiddenSize(8).withArchitecture(architecture));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(3));
        int w = net.layout().readoutWeight();
        for (int i = 0; i < 16; i++) {
            net.params()[w + i] *= 8;
        }
        AnalysisContext ctx = AnalysisContext.simulate(params, net, 0, 20, 11)
                .withSettings(AnalysisSettings.none().withSteps(30, 40));
        String dir = System.getenv("LAYOUT_DIR");
        List<String> problems = new ArrayList<>();
        int rendered = 0;
        for (Figure<AnalysisContext> f : PaperFigures.all()) {
            Drawable d = f.render(ctx);
            if (dir != null) {
                PngWriter.write(d, Path.of(dir).resolve(architecture.key() + "_" + f.stem() + ".png"), DPI);
            }
            TextLog texts = new TextLog();
            for (String p : LayoutCheck.problems(d, DPI, texts)) {
                problems.add(f.stem() + ": " + p);
            }
            for (TextLog.Entry e : texts.entries()) {
                if (RAW_MATHS.matcher(e.text()).find()) {
                    problems.add(f.stem() + ": '" + e.text() + "' writes maths without the sub/superscript markup");
                }
            }
            rendered++;
        }
        assertThat(rendered).isEqualTo(PaperFigures.all().size());
        assertThat(problems).as("layout problems").isEmpty();
    }
}
