package org.iblrnn.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.iblrnn.cli.ExitCodes;
import org.iblrnn.compare.similarity.SimilarityResult;
import org.iblrnn.compare.similarity.SimilarityTables;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.train.StopSignal;
import org.iblrnn.train.TrainingRun;
import org.iblrnn.train.TrainingSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains tiny rnn, gru and lstm runs, then runs {@code ibl-rnn compare --similarity} on them through the command
 * line: the CSVs, figures and PDF pages exist and agree with each other, and an architecture whose fixed-point search
 * is unavailable gets NA rows with the reason instead of failing the command.
 */
class SimilarityEndToEndTest {

    @TempDir
    static Path tmp;
    static Path sweep;
    static final String[] ARCHS = {"rnn", "gru", "lstm"};

    @BeforeAll
    static void trainTinyRuns() throws Exception {
        sweep = tmp.resolve("sweep");
        for (String a : ARCHS) {
            Params p = ParamsJson.applyOverrides(Params.defaults(), List.of("model.architecture=" + a,
                    "model.kwargs.core_kwargs.hidden_size=4", "env.kwargs.blocks_per_session=1",
                    "run.num_grad_steps=20", "optimizer.optimizer=adam", "optimizer.kwargs.lr=0.01"));
            TrainingRun run = TrainingRun.create(p, tmp, sweep.resolve("architecture=" + a + "_seed=1"),
                    new TrainingSchedule(5, 250, 10));
            run.run(StopSignal.manual(), null);
        }
    }

    static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // no cell of these files holds a comma except the quoted note, which is last
            List<String> cells = new ArrayList<>(List.of(line.split(",", header.size())));
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static final java.util.function.Supplier<Path> RNN = () -> sweep.resolve("architecture=rnn_seed=1");

    /** A new run directory under tmp holding the tiny rnn run's params.json only. */
    static Path paramsOnlyCopy(String relative) throws java.io.IOException {
        Path dir = tmp.resolve(relative);
        Files.createDirectories(dir);
        Files.copy(RNN.get().resolve("params.json"), dir.resolve("params.json"));
        return dir;
    }

    /** The similarity analysis (3 blocks, seed 1) of the tiny rnn run, named "trained", and {@code other}. */
    static SimilarityResult similarity(Path other, String name, List<String> notes) throws Exception {
        RunLoader loader = new RunLoader(AnalyzeMode.NONE, 3, 1, n -> { });
        Grouping g = Grouping.of(List.of(loader.load(RNN.get(), "trained").summary(),
                loader.load(other, name).summary()));
        return org.iblrnn.compare.similarity.SimilarityAnalysis.run(g, 3, 1, notes::add).orElseThrow();
    }

    @Test
    void theBaselineIsTheStepZeroCheckpoint() throws Exception {
        // a run holding only its step-0 checkpoint is its own baseline: trained and initial values coincide
        Path start = paramsOnlyCopy("start-only/architecture=rnn_seed=3");
        Files.copy(RNN.get().resolve("checkpoint_grad_steps=0.safetensors"),
                start.resolve("checkpoint_grad_steps=0.safetensors"));
        SimilarityResult r = similarity(start, "start", new ArrayList<>());
        int s = r.labels().indexOf("start");
        int t = r.labels().indexOf("trained");
        int obs = r.observerIndex();
        assertThat(r.ckaInitial()[s][obs]).isEqualTo(r.cka()[s][obs]);
        assertThat(r.ckaInitial()[t][obs]).isEqualTo(r.cka()[s][obs]);
        assertThat(r.cka()[t][obs]).isNotEqualTo(r.cka()[s][obs]);
        assertThat(r.ckaInitial()[s][t]).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aDivergedNetworkIsLeftOutWithANote() throws Exception {
        Path diverged = paramsOnlyCopy("diverged/architecture=rnn_seed=2");
        var ref = org.iblrnn.train.RunDirectory.existing(RNN.get()).newestCheckpoint().orElseThrow();
        var c = org.iblrnn.train.Checkpoint.read(ref.file());
        double[] nan = c.weights().clone();
        java.util.Arrays.fill(nan, Double.NaN);
        new org.iblrnn.train.Checkpoint(c.step(), c.params(), nan, c.optimizer(), c.optimizerSteps())
                .write(diverged.resolve(ref.file().getFileName()));
        List<String> notes = new ArrayList<>();
        SimilarityResult r = similarity(diverged, "bad", notes);
        assertThat(r.networks()).extracting(SimilarityResult.Network::name).containsExactly("trained");
        assertThat(r.cka()).hasDimensions(2, 2);
        // non-finite weights are refused when the checkpoint is read; the run is left out, the rest compared
        assertThat(notes).anyMatch(n -> n.contains("bad left out") && n.contains("holds NaN"));
    }

    @Test
    void writesSimilarityTopologyAndFiguresAndCleansThemUpWithoutTheFlag() throws Exception {
        Path out = tmp.resolve("cmp");
        CompareEndToEndTest.Cli r = CompareEndToEndTest.cli("compare", sweep.toString(), "--out", out.toString(),
                "--analyze-missing", "--blocks", "4", "--dpi", "40", "--similarity");
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("similarity: common session of 4 blocks");
        assertThat(r.out()).contains("Similarity of solutions").contains("Fixed-point topology");

        // every unordered pair of 3 networks and the observer, each CKA and SVCCA in [0, 1]
        List<Map<String, String>> sim = csv(out.resolve(SimilarityTables.SIMILARITY_CSV));
        assertThat(sim).hasSize(6);
        assertThat(sim.get(0).keySet()).startsWith("run_a", "run_b", "cka", "svcca");
        for (Map<String, String> row : sim) {
            // the runs' step-0 checkpoints give the baseline columns
            for (String col : List.of("cka", "svcca", "cka_initial", "svcca_initial")) {
                assertThat(Double.parseDouble(row.get(col))).as(col).isBetween(0.0, 1.0);
            }
        }
        assertThat(sim.stream().filter(row -> row.get("run_b").equals(SimilarityResult.OBSERVER))).hasSize(3);

        // six input conditions per network; counts add up where the search ran, NA with a reason where it did not
        List<Map<String, String>> topo = csv(out.resolve(SimilarityTables.TOPOLOGY_CSV));
        assertThat(topo).hasSize(3 * 6);
        Map<String, List<Map<String, String>>> byArch = topo.stream()
                .collect(Collectors.groupingBy(row -> row.get("architecture")));
        for (String a : ARCHS) {
            assertThat(byArch.get(a)).as(a).hasSize(6);
            for (Map<String, String> row : byArch.get(a)) {
                if (row.get("status").equals("ok")) {
                    int fp = Integer.parseInt(row.get("fixed_points"));
                    assertThat(Integer.parseInt(row.get("stable")) + Integer.parseInt(row.get("saddles"))
                            + Integer.parseInt(row.get("other_unstable"))).as(a).isEqualTo(fp);
                } else {
                    assertThat(row.get("status")).isEqualTo("NA");
                    assertThat(row.get("fixed_points")).isEqualTo("NA");
                    assertThat(row.get("note")).as(a).contains("fixed-point search unavailable");
                }
            }
        }
        // the rnn and gru searches run today; the lstm's until the fixed-point code supports [h, c] states
        assertThat(byArch.get("rnn")).allMatch(row -> row.get("status").equals("ok"));
        assertThat(byArch.get("gru")).allMatch(row -> row.get("status").equals("ok"));

        List<Map<String, String>> nets = csv(out.resolve(SimilarityTables.NETWORKS_CSV));
        assertThat(nets).extracting(row -> row.get("architecture")).containsExactlyInAnyOrder(ARCHS);
        for (Map<String, String> row : nets) {
            assertThat(Double.parseDouble(row.get("common_accuracy"))).isBetween(0.0, 1.0);
            assertThat(Integer.parseInt(row.get("svcca_dims"))).isBetween(1, 4);
        }

        for (String stem : List.of("compare_similarity_cka", "compare_similarity_mds", "compare_fixed_point_topology")) {
            assertThat(Files.size(out.resolve(stem + ".png"))).as(stem).isGreaterThan(1000);
        }
        int pagesWith;
        try (PDDocument doc = Loader.loadPDF(out.resolve(Comparison.PDF).toFile())) {
            pagesWith = doc.getNumberOfPages();
        }

        // the same output directory without --similarity: its files and figures are gone, three pages fewer
        CompareEndToEndTest.Cli plain = CompareEndToEndTest.cli("compare", sweep.toString(), "--out", out.toString(),
                "--analyze-missing", "--blocks", "4", "--dpi", "40");
        assertThat(plain.status()).as(plain.err()).isEqualTo(ExitCodes.OK);
        assertThat(plain.err()).doesNotContain("similarity");
        for (String f : List.of(SimilarityTables.SIMILARITY_CSV, SimilarityTables.TOPOLOGY_CSV,
                SimilarityTables.NETWORKS_CSV, "compare_similarity_cka.png", "compare_similarity_mds.png",
                "compare_fixed_point_topology.png")) {
            assertThat(out.resolve(f)).doesNotExist();
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve(Comparison.PDF).toFile())) {
            assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(pagesWith - 3);
        }
    }
}
