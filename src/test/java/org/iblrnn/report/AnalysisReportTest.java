package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iblrnn.config.Params;
import org.iblrnn.figures.PaperFigures;
import org.iblrnn.io.NpyArray;
import org.iblrnn.io.NpzReader;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.train.Checkpoint;
import org.iblrnn.train.StopSignal;
import org.iblrnn.train.TrainingRun;
import org.iblrnn.train.TrainingSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisReportTest {

    @TempDir
    static Path tmp;
    static Path runDir;
    static AnalysisReport.Result result;

    @BeforeAll
    static void trainAndAnalyse() throws Exception {
        Params p = ParamsJson.applyOverrides(Params.defaults(), List.of("model.kwargs.core_kwargs.hidden_size=8",
                "env.kwargs.blocks_per_session=2", "run.num_grad_steps=30", "optimizer.optimizer=adam",
                "optimizer.kwargs.lr=0.01"));
        TrainingRun run = TrainingRun.create(p, tmp, tmp.resolve("run"), TrainingSchedule.defaults());
        run.run(StopSignal.manual(), null);
        runDir = run.directory().path();
        result = AnalysisReport.run(AnalyzeOptions.defaults(runDir).withBlocks(12).withDpi(40).withTrainingSteps(30, 40));
    }

    @Test
    void writesEveryOutputOfTheSpec() {
        Path out = runDir.resolve("analyze");
        assertThat(out.resolve("metrics.json")).exists();
        assertThat(out.resolve("report.pdf")).exists();
        assertThat(out.resolve("session.npz")).exists();
        assertThat(out.resolve("logging.log")).exists();
        assertThat(out.toFile().list((d, n) -> n.startsWith("events.out.tfevents."))).hasSize(1);
        assertThat(result.failedFigures()).isZero();
        for (var f : result.figures()) {
            assertThat(out.resolve(f.stem() + ".png")).exists();
        }
    }

    @Test
    void metricsJsonHasTheAgentsSection() throws Exception {
        JsonNode m = new ObjectMapper().readTree(runDir.resolve("analyze/metrics.json").toFile());
        for (String agent : List.of("rnn", "bayesian_actor", "ideal_actor", "blockless_actor", "exp_weighted_actor",
                "bayesian_observer")) {
            JsonNode a = m.path("agents").path(agent);
            assertThat(a.isObject()).as(agent).isTrue();
            for (String k : List.of("correct_by_total_trials", "correct_by_action_taken", "action_taken_by_total_trials",
                    "dts_per_trial", "zero_strength_concordant_correct", "zero_strength_discordant_correct", "trials")) {
                assertThat(a.has(k)).as(agent + "." + k).isTrue();
            }
            assertThat(a.path("trials").asInt()).isGreaterThan(12 * 20 - 1);
            double c = a.path("correct_by_total_trials").asDouble();
            assertThat(c).isBetween(0.0, 1.0);
            if (a.path("correct_by_action_taken").isNumber()) {
                assertThat(a.path("correct_by_action_taken").asDouble()).isBetween(0.0, 1.0);
            }
        }
        assertThat(m.path("timing_seconds").path("simulate_rnn").isNumber()).isTrue();
        assertThat(m.path("run").path("grad_step").asLong()).isEqualTo(29);
    }

    @Test
    void sessionNpzReplaysExactlyThroughTheCheckpointedNetwork() throws Exception {
        Map<String, NpyArray> npz = NpzReader.read(runDir.resolve("analyze/session.npz"));
        double[] left = npz.get("left_stimulus").doubles();
        double[] right = npz.get("right_stimulus").doubles();
        double[] reward = npz.get("reward").doubles();
        double[] pLeft = npz.get("left_action_prob").doubles();
        NpyArray hidden = npz.get("hidden_state");
        int h = hidden.shape()[1];
        assertThat(hidden.shape()[0]).isEqualTo(left.length);
        double[] hs = hidden.doubles();
        Checkpoint ck = Checkpoint.read(runDir.resolve("checkpoint_grad_steps=29.safetensors"));
        RecurrentNetwork net = RecurrentNetwork.of(ck.params().model(), ck.weights());
        double[] state = new double[net.stateSize()];
        double[] probs = new double[2];
        for (int t = 0; t < left.length; t++) {
            double[] x = {left[t], right[t], t == 0 ? 0.0 : reward[t - 1]};
            net.step(state, x, state, probs);
            for (int i = 0; i < h; i++) {
                assertThat(state[i]).isEqualTo(hs[t * h + i]);
            }
            assertThat(probs[0]).isEqualTo(pLeft[t]);
        }
        assertThat(npz).containsKeys("trial_side", "block_side", "trial_strength", "trial_end", "action_taken",
                "bayesian_observer_block_posterior_right");
    }

    @Test
    void reportHasSummaryPagesThenOnePagePerFigure() throws Exception {
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("analyze/report.pdf").toFile())) {
            int figures = result.figures().size();
            int summary = doc.getNumberOfPages() - figures;
            assertThat(summary).isBetween(1, 3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(summary);
            String text = stripper.getText(doc);
            assertThat(text).contains("bayesian_actor").contains("gradient step 29");
            // the index lists the first figure on the first page after the summary, and the last on the last page
            String first = PaperFigures.registry().figures().get(0).title();
            assertThat(text.replaceAll("\\s+", " ")).contains(first + " " + (summary + 1))
                    .endsWith(" " + doc.getNumberOfPages() + " ");
            stripper.setStartPage(summary + 1);
            stripper.setEndPage(summary + 1);
            String caption = FigureCaptions.of(PaperFigures.registry().figures().get(0).stem());
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).contains("A correct result shows: " + caption);
        }
    }

    @Test
    void firstPagePutsThePapersNumbersBesideThisRunsAndIndexesTheFigures() throws Exception {
        JsonNode m = new ObjectMapper().readTree(runDir.resolve("analyze/metrics.json").toFile());
        String ours = PaperNumbers.format(m.path("agents").path("rnn").path("correct_by_total_trials").asDouble(),
                "percent");
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("analyze/report.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // reading order, as pdftotext gives it
            stripper.setEndPage(1);
            String page1 = stripper.getText(doc);
            // the run's value and the paper's on one line, after the metric and its dot leader
            assertThat(page1).contains("This run against the paper", "Figures").containsPattern(
                    "RNN correct / trials[ .]+" + java.util.regex.Pattern.quote(ours) + " 85\\.5 % ");
            assertThat(doc.getPage(0).getAnnotations()).isNotEmpty();
        }
    }

    @Test
    void metricsJsonHasTheBehaviourPointsThePaperQuotes() throws Exception {
        JsonNode b = new ObjectMapper().readTree(runDir.resolve("analyze/metrics.json").toFile()).path("behaviour");
        for (String agent : List.of("rnn", "bayesian_actor")) {
            JsonNode a = b.path(agent);
            assertThat(a.path("steps_per_trial_by_strength").path("0.0").asDouble()).as(agent).isGreaterThan(2.0);
            assertThat(a.path("steps_per_trial_by_strength").path("2.5").asDouble()).as(agent).isGreaterThan(2.0);
            assertThat(a.path("correct_by_trial_within_block")).hasSize(30);
            assertThat(a.path("correct_from_trial_10").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void unknownFigureStemIsAClearError() {
        assertThatThrownBy(() -> AnalysisReport.run(AnalyzeOptions.defaults(runDir).withBlocks(2)
                .withOnly(List.of("no_such_figure")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_figure");
    }

    @Test
    void runWithoutCheckpointIsAClearError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-run"));
        assertThatThrownBy(() -> AnalysisReport.run(AnalyzeOptions.defaults(empty)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no checkpoint");
        assertThat(empty.resolve("analyze")).doesNotExist();
    }
}
