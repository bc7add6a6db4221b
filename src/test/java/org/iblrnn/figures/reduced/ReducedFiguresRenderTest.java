package org.iblrnn.figures.reduced;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.AnalysisSettings;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.Params;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.PngWriter;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every reduced-model figure renders from a small synthetic analysis (an untrained 8-unit network, 20 blocks). */
class ReducedFiguresRenderTest {

    private static final double DPI = 40;
    private static AnalysisContext ctx;

    /** An untrained 8-unit network whose readout is scaled up so that it acts (and makes errors) like a trained one. */
    @BeforeAll
    static void context() {
        Params params = Params.defaults().withModel(ModelConfig.defaults().withHiddenSize(8));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(3));
        int w = net.layout().readoutWeight();
        for (int i = 0; i < 16; i++) {
            net.params()[w + i] *= 8;
        }
        ctx = AnalysisContext.simulate(params, net, 0, 20, 11).withSettings(AnalysisSettings.none().withSteps(30, 40));
    }

    private static BufferedImage render(Figure<AnalysisContext> f, AnalysisContext c) {
        return render(f, c, DPI);
    }

    /** Renders; also writes {@code <stem>.png} into $REDUCEDFIG_TEST_DIR when set (for looking at them). */
    private static BufferedImage render(Figure<AnalysisContext> f, AnalysisContext c, double dpi) {
        Drawable d = f.render(c);
        String dir = System.getenv("REDUCEDFIG_TEST_DIR");
        if (dir != null) {
            try {
                PngWriter.write(d, java.nio.file.Path.of(dir).resolve(f.stem() + ".png"), 100);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return PngWriter.render(d, dpi);
    }

    private static int count(BufferedImage img, Color c, int tol) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tol
                        && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tol
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= tol) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int nonWhite(BufferedImage img) {
        return img.getWidth() * img.getHeight() - count(img, Color.WHITE, 8);
    }

    @Test
    void stemsAreTheSpecsAndUniqueWithOneLineQuestions() {
        FigureRegistry<AnalysisContext> r = new FigureRegistry<>();
        ReducedFigures.all().forEach(r::register);
        assertThat(r.figures()).extracting(Figure::stem).containsExactly(
                "model_effective_circuit", "model_recurrent_weight_distributions",
                "model_recurrent_weight_avg_by_cluster", "model_recurrent_weight_by_cluster",
                "radd_behav_prob_correct_by_strength_concordant", "radd_behav_prob_correct_by_trial_within_block",
                "radd_state_space_distance_decoherence", "radd_state_space_effect_of_obs_along_task_aligned_vectors",
                "radd_state_space_projection_on_right_block_vector_by_trial_within_block",
                "radd_state_space_trajectories_within_block", "radd_state_space_trajectories_within_trial",
                "radd_state_space_vector_fields_ideal", "two_unit_task_trained_state_space_vector_fields_ideal",
                "traditionally_distilled_state_space_vector_fields_ideal",
                "compare_all_rnns_prob_correct_by_strength_concordant",
                "compare_all_rnns_prob_correct_by_trial_within_block");
        for (Figure<AnalysisContext> f : r.figures()) {
            assertThat(f.question()).as(f.stem()).isNotBlank().doesNotContain("\n").endsWith("?");
            assertThat(f.title()).as(f.stem()).isNotBlank();
            assertThat(f.section()).as(f.stem()).isNotBlank();
        }
    }

    @Test
    void everyFigureRendersVisibleContent() {
        List<String> failed = new ArrayList<>();
        for (Figure<AnalysisContext> f : ReducedFigures.all()) {
            try {
                BufferedImage img = render(f, ctx);
                assertThat(nonWhite(img)).as(f.stem()).isGreaterThan(img.getWidth() * img.getHeight() / 50);
            } catch (RuntimeException e) {
                failed.add(f.stem() + ": " + e);
            }
        }
        assertThat(failed).isEmpty();
    }

    @Test
    void comparisonShowsAllFourNetworksInTheirColours() {
        BufferedImage img = render(new CompareAllRnnsProbCorrectByStrengthConcordantFigure(), ctx, 100);
        for (Color c : new Color[]{HouseStyle.DISTILLED, HouseStyle.TASK_TRAINED, HouseStyle.RADD, HouseStyle.TWO_UNIT}) {
            assertThat(count(img, c, 10)).as("colour %s", c).isGreaterThan(5);
        }
    }

    @Test
    void vectorFieldsTitleTheMiddlePanelEqualStimulus() {
        assertThat(SmallModelVectorFields.CONDITIONS).extracting(Enum::name)
                .containsExactly("LEFT_STIMULUS", "EQUAL_STIMULUS", "RIGHT_STIMULUS");
        assertThat(SmallModelVectorFields.CONDITIONS.get(1).title()).isEqualTo("Equal Stimulus");
    }

    /** With every readout zero except one, the network never acts: figures render or fail on a named product. */
    @Test
    void degradesGracefullyWhenTheNetworkNeverActs() {
        Params params = Params.defaults().withModel(ModelConfig.defaults().withHiddenSize(8));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(4));
        int w = net.layout().readoutWeight();
        for (int i = 0; i < 16; i++) {
            net.params()[w + i] = i == 8 ? 1e-3 : 0.0; // P(right) ≈ 0.5: never above the 0.9 threshold
        }
        AnalysisContext timeouts = AnalysisContext.simulate(params, net, 0, 3, 5)
                .withSettings(AnalysisSettings.none().withSteps(5, 5));
        int rendered = 0;
        for (Figure<AnalysisContext> f : ReducedFigures.all()) {
            try {
                render(f, timeouts);
                rendered++;
            } catch (IllegalArgumentException | IllegalStateException e) { // incl. ProductFailedException
                assertThat(e.getMessage()).as(f.stem()).isNotBlank().doesNotContain("\n");
            }
        }
        assertThat(rendered).isGreaterThan(ReducedFigures.all().size() / 2);
    }
}
