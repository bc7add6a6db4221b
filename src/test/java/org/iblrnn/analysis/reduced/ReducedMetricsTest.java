package org.iblrnn.analysis.reduced;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.AnalysisSettings;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReducedMetricsTest {

    @Test
    void everySectionIsFilledFromAContextWithCachedSmallModels(@TempDir Path work) throws Exception {
        TaskConfig train = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 1, 20, 20, 10, 2,
                -0.05);
        Params params = Params.defaults().withEnv(train).withModel(ModelConfig.defaults().withHiddenSize(8));
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(1));
        int w = net.layout().readoutWeight();
        for (int i = 0; i < 16; i++) {
            net.params()[w + i] *= 8; // decisive enough to act
        }
        // a 2-unit run and a finished distillation cache, so the test does not train for long
        TwoUnitTaskTrained.obtain(null, params, work.resolve("elsewhere"), 5);
        Path twoUnitRun = work.resolve("elsewhere").resolve(TwoUnitTaskTrained.DIR_NAME);
        TraditionalDistillation.Result small = TraditionalDistillation.train(net, train, 3, 1);
        double[] losses = new double[TraditionalDistillation.DEFAULT_STEPS];
        java.util.Arrays.fill(losses, 0.5);
        TraditionalDistillation.write(TraditionalDistillation.cacheFile(work, TraditionalDistillation.DEFAULT_STEPS),
                new TraditionalDistillation.Result(small.student(), losses), TraditionalDistillation.DEFAULT_STEPS, 7,
                TraditionalDistillation.fingerprint(net));

        AnalysisContext ctx = AnalysisContext.simulate(params, net, 0, 20, 7)
                .withSettings(new AnalysisSettings(work, null, twoUnitRun));
        Map<String, Object> m = ReducedMetrics.metrics(ctx);
        assertThat(m).containsOnlyKeys("radd", "agents", "distillation", "circuit", "small_models");

        @SuppressWarnings("unchecked") Map<String, Object> radd = (Map<String, Object>) m.get("radd");
        assertThat((double) radd.get("r_squared")).isBetween(0.0, 1.0);
        assertThat((double[][]) radd.get("A")).hasDimensions(2, 2);
        assertThat((double[][]) radd.get("B")).hasDimensions(2, 3);
        double[][] z = ctx.get(ReducedProducts.TASK_ALIGNED);
        double[] z0 = java.util.Arrays.stream(z).mapToDouble(r -> r[0]).toArray();
        assertThat((double) radd.get("readout_scale")).isEqualTo(RaddNetwork.matchedScale(z0,
                ctx.rnnSession().rightActionProb(), ctx.rnnSession().leftActionProb(),
                ctx.get(ReducedProducts.RADD_FIT).normaliser()));
        assertThat((double) radd.get("readout_scale_original")).isEqualTo(RaddNetwork.originalScale(net));

        @SuppressWarnings("unchecked") Map<String, Object> agents = (Map<String, Object>) m.get("agents");
        assertThat(agents).containsOnlyKeys("radd", "traditionally_distilled", "two_unit");
        for (Object a : agents.values()) {
            assertThat(((AgentMetrics) a).trials()).isGreaterThan(20 * 20 - 1);
        }

        @SuppressWarnings("unchecked") Map<String, Object> dist = (Map<String, Object>) m.get("distillation");
        assertThat(dist.get("steps")).isEqualTo(TraditionalDistillation.DEFAULT_STEPS);
        assertThat((double) dist.get("final_loss")).isEqualTo(0.5);

        @SuppressWarnings("unchecked") Map<String, Object> circuit = (Map<String, Object>) m.get("circuit");
        assertThat(java.util.Arrays.stream((int[]) circuit.get("cluster_sizes")).sum()).isEqualTo(8);

        @SuppressWarnings("unchecked") Map<String, Object> smallModels = (Map<String, Object>) m.get("small_models");
        assertThat(smallModels).containsOnlyKeys("radd", "traditionally_distilled", "two_unit");
        @SuppressWarnings("unchecked") Map<String, Object> raddSmall = (Map<String, Object>) smallModels.get("radd");
        assertThat((Map<?, ?>) raddSmall.get("fixed_points")).hasSize(6);

        assertThat(ctx.get(ReducedProducts.ERROR_ACCUMULATION)).hasSize(4 * ErrorAccumulation.DEFAULT_MAX_DELTA);
        assertThat(ctx.get(ReducedProducts.RADD_STATES)).hasDimensions(ctx.rnnSession().rows(), 2);
    }
}
