package org.iblrnn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.OptimizerKind;
import org.iblrnn.model.GoldenVectors;
import org.iblrnn.model.ParameterLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two steps of each optimizer against torch.optim (golden/optimizers.json), to 1e-12. */
class GoldenOptimizerTest {

    private static final double TOL = 1e-12;

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "adam", "rmsprop"})
    void twoStepsMatchTorchOptim(String name) {
        JsonNode spec = GoldenVectors.read("optimizers.json").get("optimizers").get(name);
        ParameterLayout layout = ParameterLayout.of(new ModelConfig(Architecture.RNN, 3, 2, 1, 4, "default", "none",
                "none", "none"));
        Optimizer opt = Optimizers.create(config(name, spec.get("hyperparameters")), layout.size());
        double[] params = GoldenVectors.flatten(layout, spec.get("initial_params"));
        int step = 0;
        for (JsonNode s : spec.get("steps")) {
            double[] grad = GoldenVectors.flatten(layout, s.get("grads"));
            opt.step(params, grad);
            step++;
            double[] want = GoldenVectors.flatten(layout, s.get("params_after"));
            assertThat(params).as(name + " after step " + step).containsExactly(want, within(TOL));
            assertThat(opt.steps()).isEqualTo(step);
        }
        assertThat(step).isEqualTo(2);
    }

    private static OptimizerConfig config(String name, JsonNode hp) {
        OptimizerKind kind = OptimizerKind.fromKey(name);
        double lr = hp.get("lr").asDouble();
        double wd = hp.get("weight_decay").asDouble();
        return switch (kind) {
            case SGD -> new OptimizerConfig(kind, lr, hp.get("momentum").asDouble(), hp.get("dampening").asDouble(),
                    hp.get("nesterov").asBoolean(), wd, 0.9, 0.999, 1e-8, 0.99, "");
            case ADAM -> new OptimizerConfig(kind, lr, 0.0, 0.0, false, wd, hp.get("betas").get(0).asDouble(),
                    hp.get("betas").get(1).asDouble(), hp.get("eps").asDouble(), 0.99, "");
            case RMSPROP -> new OptimizerConfig(kind, lr, hp.get("momentum").asDouble(), 0.0, false, wd, 0.9, 0.999,
                    hp.get("eps").asDouble(), hp.get("alpha").asDouble(), "");
        };
    }
}
