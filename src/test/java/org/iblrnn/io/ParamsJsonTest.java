package org.iblrnn.io;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.LossKind;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.OptimizerKind;
import org.iblrnn.config.Params;
import org.iblrnn.config.RunConfig;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The original's params.json as Python's json.dump writes utils/params.py (tuples as lists, 1/50 as 0.02). */
    private static final String ORIGINAL = """
            {
                "model": {
                    "architecture": "rnn",
                    "kwargs": {
                        "input_size": 3,
                        "output_size": 2,
                        "core_kwargs": {
                            "num_layers": 1,
                            "hidden_size": 50
                        },
                        "param_init": "default",
                        "connectivity_kwargs": {
                            "input_mask": "none",
                            "recurrent_mask": "none",
                            "readout_mask": "none"
                        }
                    }
                },
                "optimizer": {
                    "optimizer": "sgd",
                    "kwargs": {
                        "lr": 0.001,
                        "momentum": 0.1,
                        "nesterov": false,
                        "weight_decay": 0
                    },
                    "description": "Vanilla SGD"
                },
                "loss_fn": {
                    "loss_fn": "nll"
                },
                "run": {
                    "start_grad_step": 0,
                    "num_grad_steps": 100001,
                    "seed": 1
                },
                "env": {
                    "num_sessions": 1,
                    "kwargs": {
                        "num_stimulus_strength": 6,
                        "min_stimulus_strength": 0,
                        "max_stimulus_strength": 2.5,
                        "block_side_probs": [
                            [
                                0.8,
                                0.2
                            ],
                            [
                                0.2,
                                0.8
                            ]
                        ],
                        "trials_per_block_param": 0.02,
                        "blocks_per_session": 4,
                        "min_trials_per_block": 20,
                        "max_trials_per_block": 100,
                        "max_obs_per_trial": 10,
                        "rnn_steps_before_obs": 2,
                        "time_delay_penalty": -0.05
                    }
                },
                "description": "You can add a really really really long description here."
            }
            """;

    private static Params custom() {
        ModelConfig m = new ModelConfig(Architecture.GRU, 3, 2, 1, 8, "xavier_normal", "input_mask", "4_block_diag",
                "readout_mask");
        OptimizerConfig o = new OptimizerConfig(OptimizerKind.SGD, 0.25, 0.5, 0.125, false, 1e-4, 0.9, 0.999, 1e-8,
                0.99, "sgd with dampening");
        TaskConfig t = new TaskConfig(3, 0.5, 2.0, new double[][]{{0.7, 0.3}, {0.1, 0.9}}, 0.05, 2, 5, 50, 8, 0, -0.1);
        return new Params(m, o, LossKind.CE, new RunConfig(5000, 12, 123456789012L), 4, t, "a \"quoted\"\nline");
    }

    private static Params withOptimizer(OptimizerKind kind, double lr, double momentum, double beta1, double beta2,
                                        double eps, double alpha) {
        OptimizerConfig d = OptimizerConfig.defaults();
        boolean sgd = kind == OptimizerKind.SGD;
        return Params.defaults().withOptimizer(new OptimizerConfig(kind, lr, momentum, d.dampening(), false, 0.01,
                beta1, beta2, eps, alpha, sgd ? d.description() : kind.key()));
    }

    @Test
    void defaultsRoundTrip() {
        String text = ParamsJson.write(Params.defaults());
        assertThat(ParamsJson.parse(text, "params.json")).isEqualTo(Params.defaults());
    }

    @Test
    void customParamsRoundTrip() {
        assertThat(ParamsJson.parse(ParamsJson.write(custom()), "x")).isEqualTo(custom());
    }

    @Test
    void adamAndRmspropRoundTrip() {
        OptimizerConfig d = OptimizerConfig.defaults();
        Params adam = withOptimizer(OptimizerKind.ADAM, 3e-3, d.momentum(), 0.8, 0.95, 1e-6, d.alpha());
        Params rms = withOptimizer(OptimizerKind.RMSPROP, 1e-2, 0.3, d.beta1(), d.beta2(), 1e-7, 0.9);
        assertThat(ParamsJson.parse(ParamsJson.write(adam), "x")).isEqualTo(adam);
        assertThat(ParamsJson.parse(ParamsJson.write(rms), "x")).isEqualTo(rms);
    }

    @Test
    void writesTheOriginalsStructureAndKeyOrder() throws Exception {
        JsonNode written = JSON.readTree(ParamsJson.write(Params.defaults()));
        JsonNode original = JSON.readTree(ORIGINAL);
        assertThat(keyPaths(written, "")).isEqualTo(keyPaths(original, ""));
        assertThat(written.at("/env/kwargs/block_side_probs").toString()).isEqualTo("[[0.8,0.2],[0.2,0.8]]");
        assertThat(written.at("/model/kwargs/core_kwargs/hidden_size").isInt()).isTrue();
        assertThat(written.at("/optimizer/kwargs/nesterov").isBoolean()).isTrue();
    }

    private static List<String> keyPaths(JsonNode n, String prefix) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(k -> {
            String p = prefix.isEmpty() ? k : prefix + "." + k;
            out.add(p);
            if (n.get(k).isObject()) {
                out.addAll(keyPaths(n.get(k), p));
            }
        });
        return out;
    }

    @Test
    void optimizerKwargsHoldOnlyTheOptimizersKeys() throws Exception {
        OptimizerConfig d = OptimizerConfig.defaults();
        assertThat(kwargsKeys(Params.defaults())).containsExactly("lr", "momentum", "nesterov", "weight_decay");
        assertThat(kwargsKeys(custom())).containsExactly("lr", "momentum", "dampening", "nesterov", "weight_decay");
        assertThat(kwargsKeys(withOptimizer(OptimizerKind.ADAM, 1e-3, 0, 0.9, 0.999, 1e-8, 0.99)))
                .containsExactly("lr", "betas", "eps", "weight_decay");
        assertThat(kwargsKeys(withOptimizer(OptimizerKind.RMSPROP, 1e-3, 0, 0.9, 0.999, 1e-8, 0.99)))
                .containsExactly("lr", "alpha", "eps", "weight_decay", "momentum");
        JsonNode adam = JSON.readTree(ParamsJson.write(withOptimizer(OptimizerKind.ADAM, 1e-3, d.momentum(), 0.8,
                0.95, 1e-8, d.alpha())));
        assertThat(adam.at("/optimizer/kwargs/betas").toString()).isEqualTo("[0.8,0.95]");
    }

    private static List<String> kwargsKeys(Params p) throws Exception {
        List<String> keys = new ArrayList<>();
        JSON.readTree(ParamsJson.write(p)).at("/optimizer/kwargs").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void originalParamsJsonLoadsAsThePapersDefaults() {
        assertThat(ParamsJson.parse(ORIGINAL, "params.json")).isEqualTo(Params.defaults());
    }

    @Test
    void missingKeysTakeDefaults() {
        Params p = ParamsJson.parse("{\"model\": {\"kwargs\": {\"core_kwargs\": {\"hidden_size\": 2}}}}", "x");
        assertThat(p).isEqualTo(Params.defaults().withModel(ModelConfig.defaults().withHiddenSize(2)));
        assertThat(ParamsJson.parse("{}", "x")).isEqualTo(Params.defaults());
    }

    @Test
    void rmspropWithoutKwargsTakesTorchDefaults() {
        OptimizerConfig o = ParamsJson.parse("{\"optimizer\": {\"optimizer\": \"rmsprop\"}}", "x").optimizer();
        assertThat(o.kind()).isEqualTo(OptimizerKind.RMSPROP);
        assertThat(o.lr()).isEqualTo(1e-2);
        assertThat(o.momentum()).isEqualTo(0.0);
        assertThat(o.alpha()).isEqualTo(0.99);
        assertThat(o.eps()).isEqualTo(1e-8);
    }

    @Test
    void integralFloatsAreAcceptedForIntegers() {
        Params p = ParamsJson.parse("{\"env\": {\"num_sessions\": 3.0, \"kwargs\": {\"min_trials_per_block\": 2e1}}}",
                "x");
        assertThat(p.numSessions()).isEqualTo(3);
        assertThat(p.env().minTrialsPerBlock()).isEqualTo(20);
    }

    @Test
    void rowSumMessageIsExact() {
        String text = set("env.kwargs.block_side_probs", "[[0.8, 0.1], [0.2, 0.8]]");
        assertThatThrownBy(() -> ParamsJson.parse(text, "params.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("params.json: env.kwargs.block_side_probs[0] must sum to 1 but sums to 0.9"
                        + " (make P(left)+P(right)=1)");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "model.kwargs.core_kwargs.hidden_size | 0 | model.kwargs.core_kwargs.hidden_size must be ≥ 1 but is 0",
            "model.kwargs.core_kwargs.hidden_size | \"50\" | model.kwargs.core_kwargs.hidden_size must be an integer but is \"50\"",
            "model.kwargs.core_kwargs.hidden_size | 50.5 | must be an integer but is 50.5",
            "model.kwargs.input_size | 2 | model.kwargs.input_size must be 3 but is 2",
            "model.kwargs.output_size | 3 | model.kwargs.output_size must be 2 but is 3",
            "model.kwargs.core_kwargs.num_layers | 2 | num_layers must be 1 but is 2 (only one recurrent layer",
            "model.architecture | \"transformer\" | model.architecture must be one of rnn, gru, lstm but is \"transformer\"",
            "model.architecture | 3 | model.architecture must be a string but is 3",
            "model.kwargs.param_init | \"he\" | model.kwargs.param_init must be one of default, eye",
            "model.kwargs.connectivity_kwargs.input_mask | \"random\" | connectivity_kwargs.input_mask must be one of none",
            "model.kwargs.connectivity_kwargs.recurrent_mask | \"7_block_diag\" | recurrent_mask must use a block count N ≥ 1 that divides hidden_size 50",
            "optimizer.optimizer | \"lbfgs\" | optimizer.optimizer must be one of sgd, adam, rmsprop but is \"lbfgs\"",
            "optimizer.kwargs.lr | 0 | optimizer.kwargs.lr must be > 0 but is 0",
            "optimizer.kwargs.lr | NaN | optimizer.kwargs.lr must be a finite number but is NaN",
            "optimizer.kwargs.momentum | 1.0 | optimizer.kwargs.momentum must be in [0, 1) but is 1",
            "optimizer.kwargs.momentum | -0.1 | optimizer.kwargs.momentum must be in [0, 1) but is -0.1",
            "optimizer.kwargs.nesterov | 1 | optimizer.kwargs.nesterov must be true or false but is 1",
            "optimizer.kwargs.weight_decay | -1 | optimizer.kwargs.weight_decay must be ≥ 0 but is -1",
            "optimizer.kwargs.betas | [0.9, 0.99] | optimizer.kwargs.betas is not a parameter of sgd",
            "optimizer.kwargs.amsgrad | false | optimizer.kwargs.amsgrad is not a parameter of sgd",
            "loss_fn.loss_fn | \"hinge\" | loss_fn.loss_fn must be one of nll, ce, mse but is \"hinge\"",
            "run.start_grad_step | -1 | run.start_grad_step must be ≥ 0 but is -1",
            "run.num_grad_steps | 0 | run.num_grad_steps must be ≥ 1 but is 0",
            "run.seed | 1.5 | run.seed must be an integer but is 1.5",
            "env.num_sessions | 0 | env.num_sessions must be ≥ 1 but is 0",
            "env.kwargs.num_stimulus_strength | 0 | env.kwargs.num_stimulus_strength must be ≥ 1 but is 0",
            "env.kwargs.min_stimulus_strength | 3 | env.kwargs.min_stimulus_strength must be ≤ max_stimulus_strength 2.5 but is 3",
            "env.kwargs.max_stimulus_strength | Infinity | env.kwargs.max_stimulus_strength must be a finite number but is Infinity",
            "env.kwargs.block_side_probs | [[1.2, -0.2], [0.2, 0.8]] | env.kwargs.block_side_probs[0][0] must be a probability in [0, 1] but is 1.2",
            "env.kwargs.block_side_probs | [[0.8, 0.2]] | env.kwargs.block_side_probs must be a 2x2 nested list but is [[0.8,0.2]]",
            "env.kwargs.block_side_probs | [[0.8, 0.2], [0.2]] | env.kwargs.block_side_probs[1] must be a list of 2 numbers but is [0.2]",
            "env.kwargs.block_side_probs | [[0.8, 0.2], [0.2, \"a\"]] | env.kwargs.block_side_probs[1][1] must be a number but is \"a\"",
            "env.kwargs.block_side_probs | [[0.8, 0.2], [0.3, 0.8]] | env.kwargs.block_side_probs[1] must sum to 1 but sums to 1.1",
            "env.kwargs.trials_per_block_param | 0 | env.kwargs.trials_per_block_param must be in (0, 1] but is 0",
            "env.kwargs.trials_per_block_param | 1.5 | env.kwargs.trials_per_block_param must be in (0, 1] but is 1.5",
            "env.kwargs.blocks_per_session | 0 | env.kwargs.blocks_per_session must be ≥ 1 but is 0",
            "env.kwargs.min_trials_per_block | 0 | env.kwargs.min_trials_per_block must be ≥ 1 but is 0",
            "env.kwargs.min_trials_per_block | 101 | env.kwargs.min_trials_per_block must be ≤ max_trials_per_block 100 but is 101",
            "env.kwargs.max_obs_per_trial | 0 | env.kwargs.max_obs_per_trial must be ≥ 1 but is 0",
            "env.kwargs.rnn_steps_before_obs | -1 | env.kwargs.rnn_steps_before_obs must be ≥ 0 but is -1",
            "env.kwargs.time_delay_penalty | -Infinity | env.kwargs.time_delay_penalty must be a finite number",
            "description | 5 | description must be a string but is 5",
            "model.kwargs.core_kwargs.bias | true | unknown key model.kwargs.core_kwargs.bias (valid keys in model.kwargs.core_kwargs: num_layers, hidden_size",
            "env.kwargs.max_stimulus | 2 | unknown key env.kwargs.max_stimulus",
            "extra | 1 | unknown key extra (valid keys in the top level: model, optimizer",
            "model.kwargs | 3 | model.kwargs must be an object {...} but is 3",
    })
    void invalidValuesAreRejectedWithAMessageNamingTheKey(String path, String literal, String expected) {
        String text = set(path, literal);
        assertThatThrownBy(() -> ParamsJson.parse(text, "params.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("params.json: ")
                .hasMessageContaining(expected)
                .hasMessageContaining("(")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void optimizerSpecificRules() {
        String nesterov = set("optimizer.kwargs.momentum", "0", set("optimizer.kwargs.nesterov", "true", null));
        assertThatThrownBy(() -> ParamsJson.parse(nesterov, "p"))
                .hasMessageContaining("optimizer.kwargs.nesterov must be false unless momentum > 0 and dampening = 0");
        String adam = "{\"optimizer\": {\"optimizer\": \"adam\", \"kwargs\": {\"betas\": [0.9, 1.0]}}}";
        assertThatThrownBy(() -> ParamsJson.parse(adam, "p"))
                .hasMessageContaining("optimizer.kwargs.betas[1] must be in [0, 1) but is 1");
        String eps = "{\"optimizer\": {\"optimizer\": \"rmsprop\", \"kwargs\": {\"eps\": 0}}}";
        assertThatThrownBy(() -> ParamsJson.parse(eps, "p")).hasMessageContaining("optimizer.kwargs.eps must be > 0");
        String betas = "{\"optimizer\": {\"optimizer\": \"adam\", \"kwargs\": {\"betas\": [0.9]}}}";
        assertThatThrownBy(() -> ParamsJson.parse(betas, "p"))
                .hasMessageContaining("optimizer.kwargs.betas must be a list of 2 numbers but is [0.9]");
        String ams = "{\"optimizer\": {\"optimizer\": \"adam\", \"kwargs\": {\"amsgrad\": true}}}";
        assertThatThrownBy(() -> ParamsJson.parse(ams, "p"))
                .hasMessageContaining("optimizer.kwargs.amsgrad must be false but is true");
        String momentum = "{\"optimizer\": {\"optimizer\": \"adam\", \"kwargs\": {\"momentum\": 0.5}}}";
        assertThatThrownBy(() -> ParamsJson.parse(momentum, "p"))
                .hasMessageContaining("optimizer.kwargs.momentum is not a parameter of adam (adam takes lr, betas");
    }

    @Test
    void syntaxErrorsAndDuplicatesNameTheSource() {
        assertThatThrownBy(() -> ParamsJson.parse("{\"run\": {\"seed\": 1,}}", "cfg.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cfg.json: not valid JSON at line 1");
        assertThatThrownBy(() -> ParamsJson.parse("{\"run\": {\"seed\": 1, \"seed\": 2}}", "cfg.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("seed");
        assertThatThrownBy(() -> ParamsJson.parse("[1, 2]", "cfg.json"))
                .hasMessageStartingWith("cfg.json: must be a JSON object");
        assertThatThrownBy(() -> ParamsJson.parse("", "cfg.json"))
                .hasMessageStartingWith("cfg.json: must be a JSON object {...} but is empty");
        assertThatThrownBy(() -> ParamsJson.parse("{} {}", "cfg.json")).hasMessageStartingWith("cfg.json: not valid JSON");
    }

    @Test
    void readsFilesAndNamesMissingOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("params.json");
        Files.writeString(file, ParamsJson.write(custom()));
        assertThat(ParamsJson.read(file)).isEqualTo(custom());
        Files.writeString(file, set("env.num_sessions", "0"));
        assertThatThrownBy(() -> ParamsJson.read(file)).hasMessageStartingWith(file + ": env.num_sessions");
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> ParamsJson.read(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void overridesSetNumbersArraysBooleansAndStrings() {
        Params p = ParamsJson.applyOverrides(Params.defaults(), List.of(
                "env.kwargs.max_stimulus_strength=2.0",
                "env.kwargs.block_side_probs=[[0.7,0.3],[0.3,0.7]]",
                "optimizer.kwargs.nesterov=true",
                "model.architecture=gru",
                "model.kwargs.core_kwargs.hidden_size=2",
                "description=two words",
                "run.seed=7"));
        assertThat(p.env().maxStimulusStrength()).isEqualTo(2.0);
        assertThat(p.env().blockSideProbs()).isDeepEqualTo(new double[][]{{0.7, 0.3}, {0.3, 0.7}});
        assertThat(p.optimizer().nesterov()).isTrue();
        assertThat(p.model().architecture()).isEqualTo(Architecture.GRU);
        assertThat(p.model().hiddenSize()).isEqualTo(2);
        assertThat(p.description()).isEqualTo("two words");
        assertThat(p.run().seed()).isEqualTo(7);
        assertThat(p.env().minTrialsPerBlock()).isEqualTo(20);
        assertThat(ParamsJson.applyOverrides(custom(), List.of())).isEqualTo(custom());
        assertThat(ParamsJson.applyOverrides(custom(), List.of("run.seed=123456789012"))).isEqualTo(custom());
    }

    @Test
    void overridesCanSwitchOptimizer() {
        Params adam = ParamsJson.applyOverrides(Params.defaults(),
                List.of("optimizer.optimizer=adam", "optimizer.kwargs.betas=[0.5, 0.6]"));
        assertThat(adam.optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
        assertThat(adam.optimizer().lr()).isEqualTo(1e-3);
        assertThat(adam.optimizer().beta1()).isEqualTo(0.5);
        assertThat(adam.optimizer().beta2()).isEqualTo(0.6);
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("optimizer.kwargs.betas=[0.5, 0.6]")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--set overrides: optimizer.kwargs.betas is not a parameter of sgd");
    }

    @Test
    void overrideErrorsNameThePathAndListValidKeys() {
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("env.kwargs.max_strength=2")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--set env.kwargs.max_strength: unknown key 'max_strength' in env.kwargs (valid keys there: "
                        + "num_stimulus_strength, min_stimulus_strength, max_stimulus_strength, block_side_probs, "
                        + "trials_per_block_param, blocks_per_session, min_trials_per_block, max_trials_per_block, "
                        + "max_obs_per_trial, rnn_steps_before_obs, time_delay_penalty)");
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("modle.architecture=gru")))
                .hasMessageStartingWith("--set modle.architecture: unknown key 'modle' in the top level (valid keys there: model,");
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("model.kwargs=3")))
                .hasMessageContaining("model.kwargs is a section, not a value (set one of its keys: input_size,");
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("run.seed.x=3")))
                .hasMessageContaining("run.seed is a value, not a section");
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("run.seed")))
                .hasMessageContaining("must have the form key.path=value");
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("env.kwargs.max_obs_per_trial=0")))
                .hasMessageStartingWith("--set overrides: env.kwargs.max_obs_per_trial must be ≥ 1 but is 0");
        assertThatThrownBy(() -> ParamsJson.applyOverrides(Params.defaults(), List.of("env.num_sessions=many")))
                .hasMessageStartingWith("--set overrides: env.num_sessions must be an integer but is \"many\"");
    }

    /** The defaults' params.json text with one value replaced (or added) at a dotted path. */
    private static String set(String path, String literal) {
        return set(path, literal, null);
    }

    /** Reads NaN and Infinity as Python's json writes them. */
    private static final ObjectMapper LENIENT =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private static String set(String path, String literal, String base) {
        try {
            ObjectNode root = (ObjectNode) LENIENT
                    .readTree(base == null ? ParamsJson.write(Params.defaults()) : base);
            String[] keys = path.split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < keys.length - 1; i++) {
                node = node.get(keys[i]) instanceof ObjectNode o ? o : node.putObject(keys[i]);
            }
            JsonNode value = LENIENT.readTree(literal);
            node.set(keys[keys.length - 1], value);
            // Jackson quotes non-finite numbers on output; Python's json writes them bare
            return root.toString().replace("\"NaN\"", "NaN").replace("\"Infinity\"", "Infinity")
                    .replace("\"-Infinity\"", "-Infinity");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
