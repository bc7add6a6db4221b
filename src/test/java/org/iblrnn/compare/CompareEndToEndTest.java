package org.iblrnn.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.iblrnn.cli.CompareCommand;
import org.iblrnn.cli.ExitCodes;
import org.iblrnn.cli.Main;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.train.StopSignal;
import org.iblrnn.train.TrainingRun;
import org.iblrnn.train.TrainingSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Trains two tiny networks, then runs {@code ibl-rnn compare --analyze-missing} on them through the command line. */
class CompareEndToEndTest {

    @TempDir
    static Path tmp;
    static Path sweep;

    record Cli(int status, String out, String err) {
    }

    @BeforeAll
    static void trainTwoTinyRuns() throws Exception {
        sweep = tmp.resolve("sweep");
        for (int h : new int[] {4, 6}) {
            Params p = ParamsJson.applyOverrides(Params.defaults(), List.of("model.kwargs.core_kwargs.hidden_size=" + h,
                    "env.kwargs.blocks_per_session=1", "run.num_grad_steps=20", "optimizer.optimizer=adam",
                    "optimizer.kwargs.lr=0.01"));
            TrainingRun run = TrainingRun.create(p, tmp, sweep.resolve("hidden_size=" + h + "_seed=1"),
                    new TrainingSchedule(5, 250, 10));
            run.run(StopSignal.manual(), null);
        }
    }

    /** The root command line with compare registered (the lead registers it in RootCommand). */
    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        if (!cl.getSubcommands().containsKey("compare")) {
            cl.addSubcommand("compare", new CompareCommand());
        }
        CommandLine sub = cl.getSubcommands().get("compare");
        sub.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
        sub.setOut(cl.getOut());
        sub.setErr(cl.getErr());
        int status = cl.execute(args);
        return new Cli(status, out.toString(), err.toString());
    }

    @Test
    void analysesMissingRunsBrieflyAndWritesTableFiguresAndPdf() throws Exception {
        Path out = tmp.resolve("cmp");
        Cli r = cli("compare", sweep.toString(), "--out", out.toString(), "--analyze-missing", "--blocks", "6",
                "--dpi", "40");
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("hidden_size=4_seed=1: simulating checkpoint step 19 for 6 blocks");
        assertThat(r.out().strip()).endsWith(out.toAbsolutePath().toString());
        assertThat(r.out()).contains("hidden_size=4 ").contains("compare-sim");

        List<String> csv = Files.readAllLines(out.resolve(Comparison.RUNS_CSV));
        assertThat(csv).hasSize(3);
        for (String line : csv.subList(1, 3)) {
            List<String> c = List.of(line.split(",", -1));
            assertThat(c.get(CompareTable.RUN_COLUMNS.indexOf("metrics_source"))).isEqualTo("compare-sim");
            assertThat(c.get(CompareTable.RUN_COLUMNS.indexOf("steps_trained"))).isEqualTo("20");
            assertThat(c.get(CompareTable.RUN_COLUMNS.indexOf("analysed_step"))).isEqualTo("19");
            assertThat(c.get(CompareTable.RUN_COLUMNS.indexOf("analysis_blocks"))).isEqualTo("6");
            // 6 blocks of at least 20 trials each
            assertThat(Integer.parseInt(c.get(CompareTable.RUN_COLUMNS.indexOf("trials")))).isGreaterThanOrEqualTo(120);
            assertThat(Double.parseDouble(c.get(CompareTable.RUN_COLUMNS.indexOf("accuracy")))).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(c.get(CompareTable.RUN_COLUMNS.indexOf("train_accuracy_final"))))
                    .isBetween(0.0, 1.0);
        }
        List<String> similarityStems = org.iblrnn.figures.compare.CompareFigures.similarity().stream()
                .map(f -> f.stem()).toList();
        for (var f : org.iblrnn.figures.compare.CompareFigures.all()) {
            if (similarityStems.contains(f.stem())) {
                assertThat(out.resolve(f.stem() + ".png")).as("drawn only with --similarity").doesNotExist();
            } else {
                assertThat(Files.size(out.resolve(f.stem() + ".png"))).as(f.stem()).isGreaterThan(1000);
            }
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve(Comparison.PDF).toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1 + 4);
        }
        // nothing was written into the runs
        assertThat(sweep.resolve("hidden_size=4_seed=1/analyze")).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void withoutAnalysisTheRunsAreReportedAsNotAnalysed() throws Exception {
        Path out = tmp.resolve("cmp-plain");
        Cli r = cli("compare", sweep.resolve("hidden_size=4_seed=1").toString(),
                sweep.resolve("hidden_size=6_seed=1").toString(), "--out", out.toString(), "--dpi", "40");
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("not analysed").contains("--analyze-missing");
        assertThat(out.resolve("compare_learning_curves.png")).exists();
        assertThat(out.resolve("compare_accuracy_by_hidden_size.png")).doesNotExist();
    }

    @Test
    void invalidInputIsExitTwoWithOneLine() {
        Cli r = cli("compare", tmp.resolve("nope").toString(), "--out", tmp.resolve("x").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).contains("does not exist").doesNotContain("\n").doesNotContain("Exception");
        Cli bad = cli("compare", sweep.toString(), "--analyze-missing=sometimes", "--out", tmp.resolve("x").toString());
        assertThat(bad.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("--analyze-missing");
        Cli unknown = cli("compare", sweep.toString(), "--runs-for-curves", "nosuchrun", "--out",
                tmp.resolve("x").toString());
        assertThat(unknown.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("nosuchrun").contains("hidden_size=4_seed=1");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
