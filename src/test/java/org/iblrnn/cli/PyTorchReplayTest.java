package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iblrnn.io.NamedArray;
import org.iblrnn.io.NpzReader;
import org.iblrnn.io.Safetensors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real PyTorch reads what ibl-rnn writes: tiny networks are trained and analysed through the CLI, then
 * {@code src/test/resources/torch/replay_session.py} loads each checkpoint into {@code torch.nn.RNN/GRU/LSTM} +
 * {@code Linear} with {@code load_state_dict(strict=True)} and replays the analysis session's inputs, which must
 * reproduce the recorded hidden states and action probabilities to 1e-12.
 *
 * <p>Python: {@code IBL_RNN_PYTHON} if set (it must then have torch and numpy), else the first of {@code python3}
 * on the PATH and {@code /usr/bin/python3} that imports both. Without one the tests are reported as skipped, or
 * fail when {@code IBL_RNN_REQUIRE_TORCH=1} (as CI sets it, so that CI always runs them).
 */
class PyTorchReplayTest {

    private static final double TOLERANCE = 1e-12;
    private static final long PYTHON_TIMEOUT_SECONDS = 300;

    private static String python;
    private static String whyNoPython;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void findPython() throws Exception {
        String explicit = System.getenv("IBL_RNN_PYTHON");
        if (explicit != null && !explicit.isBlank()) {
            String problem = importProblem(explicit);
            if (problem != null) {
                fail("IBL_RNN_PYTHON=" + explicit + " cannot import torch and numpy: " + problem);
            }
            python = explicit;
            return;
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            String problem = importProblem(candidate);
            if (problem == null) {
                python = candidate;
                return;
            }
            tried.add(candidate + " (" + problem + ")");
        }
        whyNoPython = "no python that imports torch and numpy: tried " + String.join(", ", tried)
                + "; install them (apt-get install python3-torch python3-numpy) or set IBL_RNN_PYTHON";
    }

    /** Null when {@code exe} runs and imports torch and numpy, else what went wrong. */
    private static String importProblem(String exe) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(exe, "-c", "import torch, numpy").redirectErrorStream(true).start();
            if (!p.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? null : lastLine(out);
        } catch (IOException e) {
            return "cannot run: " + e.getMessage();
        }
    }

    private static void requirePython() {
        if (python == null) {
            if ("1".equals(System.getenv("IBL_RNN_REQUIRE_TORCH"))) {
                fail("IBL_RNN_REQUIRE_TORCH=1 but " + whyNoPython);
            }
            Assumptions.abort(whyNoPython);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rnn", "gru", "lstm"})
    void pytorchReplaysTheAnalysisSessionFromTheCheckpoint(String architecture) throws Exception {
        requirePython();
        Path run = trainAndAnalyse(architecture);
        JsonNode verdict = replay(run.resolve("checkpoint_grad_steps=3.safetensors"),
                run.resolve("analyze/session.npz"));

        assertThat(verdict.get("architecture").asText()).isEqualTo(architecture);
        assertThat(verdict.get("hidden_size").asInt()).isEqualTo(6);
        int rows = NpzReader.read(run.resolve("analyze/session.npz")).get("left_stimulus").shape()[0];
        assertThat(verdict.get("rows").asInt()).isEqualTo(rows).isGreaterThan(3 * 20);
        assertThat(verdict.get("feedback_is_previous_reward").asBoolean()).isTrue();
        assertThat(verdict.get("max_abs_diff_hidden").asDouble()).as(verdict.toString()).isLessThanOrEqualTo(TOLERANCE);
        assertThat(verdict.get("max_abs_diff_probs").asDouble()).as(verdict.toString()).isLessThanOrEqualTo(TOLERANCE);
        assertThat(verdict.get("ok").asBoolean()).isTrue();
    }

    /** The comparison notices a change of one recurrent weight by 1e-6 (so a pass above means something). */
    @Test
    void aPerturbedWeightIsDetected() throws Exception {
        requirePython();
        Path run = trainAndAnalyse("perturbed-rnn", "rnn");
        Path original = run.resolve("checkpoint_grad_steps=3.safetensors");
        Safetensors.Contents c = Safetensors.read(original);
        NamedArray w = c.tensors().get("core.weight_hh_l0");
        w.data()[0] += 1e-6;
        Path perturbed = tmp.resolve("perturbed.safetensors");
        Safetensors.write(perturbed, c.tensors(), c.metadata());

        JsonNode verdict = replay(perturbed, run.resolve("analyze/session.npz"));
        assertThat(verdict.get("ok").asBoolean()).as(verdict.toString()).isFalse();
        assertThat(verdict.get("max_abs_diff_hidden").asDouble()).isGreaterThan(1e-9);
    }

    private static Path trainAndAnalyse(String architecture) {
        return trainAndAnalyse(architecture, architecture);
    }

    /** A 6-unit network trained for 4 Adam steps, analysed on a 3-block session (one cheap figure). */
    private static Path trainAndAnalyse(String name, String architecture) {
        Path run = tmp.resolve(name);
        TrainCommandTest.Result t = TrainCommandTest.run("train", "--run-dir", run.toString(),
                "--set", "model.architecture=" + architecture, "--set", "model.kwargs.core_kwargs.hidden_size=6",
                "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=4",
                "--set", "optimizer.optimizer=adam", "--set", "optimizer.kwargs.lr=0.05");
        assertThat(t.status()).as(t.err()).isZero();
        TrainCommandTest.Result a = TrainCommandTest.run("analyze", run.toString(), "--blocks", "3", "--dpi", "20",
                "--only", "behav_reward_rate", "--distillation-steps", "2", "--two-unit-steps", "2");
        assertThat(a.status()).as(a.err()).isZero();
        return run;
    }

    private static JsonNode replay(Path checkpoint, Path npz) throws Exception {
        Path script = resource("/torch/replay_session.py");
        Process p = new ProcessBuilder(python, script.toString(), checkpoint.toString(), npz.toString(),
                Double.toString(TOLERANCE)).start();
        // stderr may carry warnings; drain it on its own thread so neither pipe can block the child
        var stderr = new java.util.concurrent.CompletableFuture<String>();
        Thread drain = new Thread(() -> {
            try {
                stderr.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                stderr.complete("(unreadable: " + e.getMessage() + ")");
            }
        });
        drain.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("replay_session.py did not finish within " + PYTHON_TIMEOUT_SECONDS + " s");
        }
        drain.join();
        assertThat(p.exitValue()).as("replay_session.py exit status; stderr:\n" + stderr.get()).isZero();
        return new ObjectMapper().readTree(lastLine(out));
    }

    private static Path resource(String name) throws URISyntaxException {
        var url = PyTorchReplayTest.class.getResource(name);
        assertThat(url).as("test resource " + name).isNotNull();
        return Path.of(url.toURI());
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
