package org.iblrnn.analysis.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.fixedpoint.FixedPointConfig;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.vectorfield.RealVectorField;
import org.iblrnn.analysis.vectorfield.VectorFieldProducts;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

/** Wiring of the products on a small untrained network's short session. */
class StateSpaceProductsTest {

    private static AnalysisContext context() {
        Params params = Params.defaults().withModel(Params.defaults().model().withHiddenSize(8));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(3));
        TaskConfig task = params.env().withBlocksPerSession(20);
        SessionTable table = SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(4)),
                new RnnAgent(net), null, 0);
        return new AnalysisContext(params, net, 0, task, table, 9);
    }

    private final AnalysisContext ctx = context();

    @Test
    void metricsHaveTheDocumentedKeysAndShapes() {
        Map<String, Object> m = StateSpaceMetrics.metrics(ctx);
        @SuppressWarnings("unchecked")
        Map<String, Object> ss = (Map<String, Object>) m.get("state_space");
        assertThat(ss).containsOnlyKeys("pca_cumulative_variance", "angle_block_trial_readout_degrees_pca",
                "angle_block_trial_readout_degrees_full", "block_classifier_accuracy_full",
                "block_classifier_accuracy_pca", "obs_effect_slope_trial", "obs_effect_slope_block",
                "obs_effect_r_trial", "obs_effect_r_block", "block_scaling_parameter");
        List<?> cum = (List<?>) ss.get("pca_cumulative_variance");
        assertThat(cum).hasSize(8);
        assertThat((Double) cum.get(7)).isCloseTo(1.0, within(1e-12));
        assertThat((Double) ss.get("block_classifier_accuracy_pca")).isBetween(0.0, 1.0);
        assertThat((Double) ss.get("angle_block_trial_readout_degrees_pca")).isBetween(0.0, 180.0);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fp = (Map<String, Map<String, Object>>) m.get("fixed_points");
        assertThat(fp).containsOnlyKeys(java.util.Arrays.stream(InputCondition.values()).map(InputCondition::key)
                .toArray(String[]::new));
        for (Map<String, Object> c : fp.values()) {
            assertThat(c).containsOnlyKeys("candidates", "unique", "stable", "min_speed", "refinement", "points");
            assertThat((Integer) c.get("candidates")).isEqualTo(ctx.get(FixedPointProducts.GRID).size()
                    + FixedPointConfig.defaults().sampledStates());
            @SuppressWarnings("unchecked")
            Map<String, Integer> refinement = (Map<String, Integer>) c.get("refinement");
            assertThat(refinement.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.get("candidates"));
            assertThat((Integer) c.get("stable")).isLessThanOrEqualTo((Integer) c.get("unique"));
            assertThat((List<?>) c.get("points")).hasSize((Integer) c.get("unique"));
        }
    }

    @Test
    void movementsAreAlignedWithTheStepThatReceivesTheInput() {
        SessionTable s = ctx.rnnSession();
        TaskAlignedCoordinates z = ctx.get(StateSpaceProducts.TASK_ALIGNED);
        ObservationEffects oe = ctx.get(StateSpaceProducts.OBSERVATION_EFFECTS);
        int t = oe.rows()[0];
        assertThat(s.leftStimulus()[t]).isNotZero();
        assertThat(oe.evidence()[0]).isEqualTo(s.rightStimulus()[t] - s.leftStimulus()[t]);
        assertThat(oe.blockMove()[0]).isEqualTo(z.block(t) - z.block(t - 1));
        FeedbackEffects fe = ctx.get(StateSpaceProducts.FEEDBACK_EFFECTS);
        int first = -1;
        for (int r = 0; r < s.rows(); r++) {
            if (Math.abs(s.reward()[r]) == 1.0) {
                first = r;
                break;
            }
        }
        assertThat(fe.feedback()[0]).isEqualTo(s.reward()[first]);
        assertThat(s.feedback()[first + 1]).isEqualTo(s.reward()[first]);
        assertThat(fe.stimulusMove()[0]).isEqualTo(z.stimulus(first + 1) - z.stimulus(first));
        int grouped = fe.groups().stream().mapToInt(g -> g.blockMove().length).sum();
        long acted = java.util.Arrays.stream(fe.actionSide()).filter(a -> a != 0).count();
        assertThat(grouped).isEqualTo((int) acted);
        // the quirky magnitude is b·z
        BlockReadout br = ctx.get(StateSpaceProducts.BLOCK_READOUT);
        double[] b = br.pcaBlockVector();
        assertThat(z.magnAlongBlock()[5]).isCloseTo(b[0] * z.stimulus(5) + b[1] * z.block(5), within(1e-12));
        for (double v : br.classifierBlockSide()) {
            assertThat(v).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void realVectorFieldsSelectRowsByTheirInput() {
        SessionTable s = ctx.rnnSession();
        for (RealVectorField f : ctx.get(VectorFieldProducts.REAL)) {
            InputCondition c = f.condition();
            assertThat(f.size()).isLessThanOrEqualTo(Math.max(f.matched(), 0));
            for (int t : f.rows()) {
                if (c == InputCondition.NO_STIMULUS) {
                    assertThat(s.rnnStepIndex()[t]).isEqualTo(1);
                } else if (!c.isStimulus()) {
                    assertThat(s.reward()[t - 1]).isEqualTo(c.feedback());
                } else {
                    assertThat(s.leftStimulus()[t]).isCloseTo(c.left(), within(0.15 + 1e-12));
                    assertThat(s.rightStimulus()[t]).isCloseTo(c.right(), within(0.15 + 1e-12));
                }
            }
        }
    }
}
