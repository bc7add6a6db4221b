package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.train.StopSignal;
import org.iblrnn.train.TrainingRun;
import org.iblrnn.train.TrainingSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every architecture gets every figure and the same metrics.json keys, with nothing failing. */
class ArchitectureParityTest {

    @TempDir
    static Path tmp;
    static final Map<Architecture, AnalysisReport.Result> RESULTS = new EnumMap<>(Architecture.class);
    static final Map<Architecture, JsonNode> METRICS = new EnumMap<>(Architecture.class);

    @BeforeAll
    static void trainAndAnalyseEachArchitecture() throws Exception {
        for (Architecture a : Architecture.values()) {
            Params p = ParamsJson.applyOverrides(Params.defaults(), List.of("model.architecture=" + a.key(),
                    "model.kwargs.core_kwargs.hidden_size=6", "env.kwargs.blocks_per_session=2",
                    "run.num_grad_steps=20", "optimizer.optimizer=adam", "optimizer.kwargs.lr=0.01"));
            TrainingRun run = TrainingRun.create(p, tmp, tmp.resolve(a.key()), TrainingSchedule.defaults());
            run.run(StopSignal.manual(), null);
            Path dir = run.directory().path();
            RESULTS.put(a, AnalysisReport.run(AnalyzeOptions.defaults(dir).withBlocks(8).withDpi(20)
                    .withTrainingSteps(20, 20)));
            METRICS.put(a, new ObjectMapper().readTree(dir.resolve("analyze/metrics.json").toFile()));
        }
    }

    @Test
    void nothingFailsForAnyArchitecture() {
        for (Architecture a : Architecture.values()) {
            assertThat(METRICS.get(a).path("failures").size()).as(a + " failures: " + METRICS.get(a).path("failures"))
                    .isZero();
            assertThat(RESULTS.get(a).failedFigures()).as(a.key()).isZero();
            assertThat(RESULTS.get(a).figures().stream().map(f -> f.stem()).toList())
                    .isEqualTo(RESULTS.get(Architecture.RNN).figures().stream().map(f -> f.stem()).toList());
        }
    }

    @Test
    void metricsHaveTheSameKeysForEveryArchitecture() {
        Set<String> rnn = keys(METRICS.get(Architecture.RNN));
        assertThat(rnn).contains("fixed_points.left_stimulus.refinement.converged", "circuit.mean_within",
                "small_models.two_unit.fixed_points.no_stimulus", "state_space.block_scaling_parameter");
        for (Architecture a : List.of(Architecture.GRU, Architecture.LSTM)) {
            Set<String> other = keys(METRICS.get(a));
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(rnn);
            Set<String> missing = new TreeSet<>(rnn);
            missing.removeAll(other);
            assertThat(extra).as(a.key() + " keys the rnn lacks").isEmpty();
            assertThat(missing).as("rnn keys the " + a.key() + " lacks").isEmpty();
        }
    }

    /**
     * Dotted paths of every object key, lists as leaves. Left out: timings (which name products), and the entries of
     * the RNN's psychometric fits, which exist per block side only if the network chose in that block side (these
     * barely trained networks may never respond) — a property of behaviour, not of the architecture.
     */
    private static Set<String> keys(JsonNode m) {
        Set<String> out = new TreeSet<>();
        collect(m, "", out);
        out.removeIf(k -> k.startsWith("timing_seconds.") || k.startsWith("run.")
                || k.startsWith("mice_comparison.rnn.psychometric."));
        return out;
    }

    private static void collect(JsonNode n, String prefix, Set<String> out) {
        n.properties().forEach(e -> {
            String k = prefix + e.getKey();
            out.add(k);
            if (e.getValue().isObject()) {
                collect(e.getValue(), k + ".", out);
            }
        });
    }
}
