package org.iblrnn.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.iblrnn.train.TrainedNetwork;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.AnalysisSettings;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.config.Params;
import org.iblrnn.figures.PaperFigures;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.NpyArray;
import org.iblrnn.io.NpyDtype;
import org.iblrnn.io.NpzWriter;
import org.iblrnn.io.TensorBoardWriter;
import org.iblrnn.task.SessionTable;
import org.iblrnn.train.Checkpoint;
import org.iblrnn.train.RunLogging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code analyze}: turns a trained run into {@code RUN_DIR/analyze/} — one PNG per figure, report.pdf,
 * metrics.json, session.npz, logging.log and a TensorBoard event file with the {@code analyze/} scalars and the
 * figures as images. Each metrics section and each figure is isolated: one that fails is logged and reported
 * (metrics.json {@code failures}, a failure page in the PDF) and the rest still appear.
 */
public final class AnalysisReport {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisReport.class);
    public static final String DIR = "analyze";

    /** A named part of metrics.json computed from the context. */
    public record Section(String name, Function<AnalysisContext, Object> compute) {
    }

    private AnalysisReport() {
    }

    /** The metrics.json sections beyond {@code agents}, in order (later issues add theirs here). */
    static List<Section> sections() {
        List<Section> s = new ArrayList<>();
        s.add(new Section("behaviour", org.iblrnn.analysis.behaviour.BehaviourSummary::metrics));
        s.add(new Section("state_space", org.iblrnn.analysis.statespace.StateSpaceMetrics::stateSpace));
        s.add(new Section("fixed_points", ctx -> org.iblrnn.analysis.fixedpoint.FixedPointMetrics.of(
                ctx.get(org.iblrnn.analysis.fixedpoint.FixedPointProducts.FIXED_POINTS))));
        s.add(new Section("mice_comparison", ctx -> org.iblrnn.behaviour.MiceComparison.metrics(ctx,
                ctx.get(org.iblrnn.behaviour.MiceComparison.MICE))));
        s.add(new Section("radd", org.iblrnn.analysis.reduced.ReducedMetrics::radd));
        s.add(new Section("agents", org.iblrnn.analysis.reduced.ReducedMetrics::agents));
        s.add(new Section("distillation", org.iblrnn.analysis.reduced.ReducedMetrics::distillation));
        s.add(new Section("circuit", org.iblrnn.analysis.reduced.ReducedMetrics::circuit));
        s.add(new Section("small_models", org.iblrnn.analysis.reduced.ReducedMetrics::smallModels));
        return s;
    }

    /** What analyze produced. */
    public record Result(Path dir, List<FigureOutcome> figures, Map<String, Object> metrics) {
        public long failedFigures() {
            return figures.stream().filter(f -> !f.ok()).count();
        }
    }

    /** Loads the checkpoint, simulates, analyses, renders and writes everything. */
    @SuppressWarnings("try") // the logging scope is the try block
    public static Result run(AnalyzeOptions opt) throws IOException {
        FigureRegistry<AnalysisContext> registry = selected(opt.only());
        TrainedNetwork trained = TrainedNetwork.load(opt.runDir(), opt.checkpoint());
        Path out = opt.runDir().resolve(DIR);
        Files.createDirectories(out);
        try (RunLogging logging = RunLogging.to(out.resolve("logging.log"))) {
            try {
                return analyse(trained, opt, out, registry);
            } catch (IOException | RuntimeException | Error e) {
                RunLogging.recordFailure(LOG, e);
                throw e;
            }
        }
    }

    private static Result analyse(TrainedNetwork trained, AnalyzeOptions opt, Path out,
                                  FigureRegistry<AnalysisContext> registry) throws IOException {
        Map<String, Double> timing = new LinkedHashMap<>();
        Params params = trained.params();
        Checkpoint ck = trained.checkpoint();
        Path ckFile = trained.file();
        LOG.info("Analysing {} (step {}) on a {}-block session", ckFile, ck.step(), opt.blocks());

        long seed = opt.seed() != null ? opt.seed() : params.run().seed();
        long t0 = System.nanoTime();
        AnalysisContext ctx = AnalysisContext.simulate(trained, opt.blocks(), seed)
                .withSettings(new AnalysisSettings(out, opt.miceData(), opt.twoUnitRun(),
                        opt.distillationSteps(), opt.twoUnitSteps()));
        timing.put("simulate_rnn", seconds(t0));
        LOG.info("Simulated {} RNN steps, {} trials in {} s", ctx.rnnSession().rows(), ctx.rnnSession().trials().size(),
                fmt(timing.get("simulate_rnn")));

        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        metrics.put("run", runInfo(opt, ck, ckFile, ctx, seed));
        t0 = System.nanoTime();
        try {
            metrics.put("agents", BehaviourProducts.agentMetrics(ctx));
        } catch (RuntimeException e) {
            failures.put("agents", e.getMessage());
            LOG.warn("metrics section agents failed: {}", e.toString());
        }
        timing.put("agents", seconds(t0));
        for (Section s : sections()) {
            t0 = System.nanoTime();
            try {
                Object v = s.compute().apply(ctx);
                mergeInto(metrics, s.name(), v);
            } catch (RuntimeException e) {
                failures.put(s.name(), e.getMessage());
                LOG.warn("metrics section {} failed: {}", s.name(), e.toString());
            }
            timing.put(s.name(), seconds(t0));
        }

        t0 = System.nanoTime();
        List<FigureOutcome> figures = new FigureRenderer<AnalysisContext>(opt.dpi()).renderAll(registry, ctx, out);
        timing.put("figures", seconds(t0));
        for (FigureOutcome f : figures) {
            if (!f.ok()) {
                failures.put("figure:" + f.stem(), f.message());
            }
        }

        t0 = System.nanoTime();
        writeNpz(ctx, out.resolve("session.npz"));
        timing.put("session_npz", seconds(t0));

        t0 = System.nanoTime();
        PdfReport pdf = new PdfReport("ibl-rnn analysis — " + out.getParent().getFileName());
        summarise(pdf, opt, ck, ckFile, ctx, metrics);
        pdf.figures(registry.figures(), figures, FigureCaptions::of);
        pdf.save(out.resolve("report.pdf"));
        timing.put("report_pdf", seconds(t0));

        t0 = System.nanoTime();
        writeTensorBoard(out, ck.step(), metrics, figures, opt.dpi());
        timing.put("tensorboard", seconds(t0));

        ctx.timings().forEach((k, v) -> timing.putIfAbsent("product:" + k, v));
        metrics.put("figures", Map.of("rendered", figures.stream().filter(FigureOutcome::ok).count(),
                "failed", figures.stream().filter(f -> !f.ok()).count()));
        metrics.put("failures", failures);
        metrics.put("timing_seconds", timing);
        AtomicFiles.writeString(out.resolve("metrics.json"), MetricsJson.write(metrics));
        LOG.info("Wrote {} ({} figures, {} failed)", out, figures.size(), figures.stream().filter(f -> !f.ok()).count());
        return new Result(out, figures, metrics);
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> metrics, String name, Object v) {
        if (v instanceof Map<?, ?> m && metrics.get(name) instanceof Map<?, ?> existing) {
            ((Map<String, Object>) existing).putAll((Map<String, Object>) m);
        } else {
            metrics.put(name, v);
        }
    }

    private static FigureRegistry<AnalysisContext> selected(List<String> only) {
        FigureRegistry<AnalysisContext> all = PaperFigures.registry();
        if (only.isEmpty()) {
            return all;
        }
        Set<String> known = new java.util.LinkedHashSet<>();
        all.figures().forEach(f -> known.add(f.stem()));
        FigureRegistry<AnalysisContext> r = new FigureRegistry<>();
        for (String stem : only) {
            if (!known.contains(stem)) {
                throw new InvalidInputException("--only: unknown figure stem '" + stem + "' (see 'ibl-rnn analyze --list')");
            }
        }
        for (Figure<AnalysisContext> f : all.figures()) {
            if (only.contains(f.stem())) {
                r.register(f);
            }
        }
        return r;
    }

    private static Map<String, Object> runInfo(AnalyzeOptions opt, Checkpoint ck, Path ckFile, AnalysisContext ctx,
                                               long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_dir", opt.runDir().toAbsolutePath().toString());
        m.put("checkpoint", ckFile.getFileName().toString());
        m.put("grad_step", ck.step());
        m.put("architecture", ck.params().model().architecture().key());
        m.put("hidden_size", ck.params().model().hiddenSize());
        m.put("blocks", opt.blocks());
        m.put("rnn_steps", ctx.rnnSession().rows());
        m.put("seed", seed);
        return m;
    }

    private static void summarise(PdfReport pdf, AnalyzeOptions opt, Checkpoint ck, Path ckFile, AnalysisContext ctx,
                                  Map<String, Object> metrics) {
        Params p = ck.params();
        pdf.fact("Run", opt.runDir().toAbsolutePath().toString())
                .fact("Checkpoint", ckFile.getFileName() + " (gradient step " + ck.step() + ")")
                .fact("Model", p.model().architecture().key() + ", hidden size " + p.model().hiddenSize()
                        + ", init " + p.model().paramInit())
                .fact("Training", p.optimizer().kind().key() + " lr " + p.optimizer().lr() + ", loss " + p.lossFn().key()
                        + ", seed " + p.run().seed())
                .fact("Task", "strengths " + java.util.Arrays.toString(p.env().strengths()) + ", block probs "
                        + java.util.Arrays.deepToString(p.env().blockSideProbs()))
                .fact("Analysis session", opt.blocks() + " blocks, " + ctx.rnnSession().trials().size() + " trials, "
                        + ctx.rnnSession().rows() + " RNN steps");
        JsonNode tree = MetricsJson.mapper().valueToTree(metrics);
        PaperNumbers paper = PaperNumbers.load();
        List<PaperComparison.Row> rows = PaperComparison.rows(paper, tree);
        List<String> notes = new ArrayList<>();
        notes.add("Paper values: the NeurIPS 2020 paper's 50-unit network after 100,001 steps on a 1000-block session. "
                + "\u2713: this run lies within the tolerance (reading error of figure values plus seed-to-seed "
                + "variation); \u2717: it does not. An RNN is a random object: other seeds land near, not on, these "
                + "numbers.");
        paper.sources().forEach((k, v) -> notes.add(k + ": " + v + "."));
        List<List<String>> cells = new ArrayList<>();
        for (Map.Entry<String, List<PaperComparison.Row>> e : PaperComparison.bySection(rows).entrySet()) {
            List<String> group = new ArrayList<>(java.util.Collections.nCopies(PaperComparison.HEADER.size(), ""));
            group.set(0, e.getKey());
            cells.add(group);
            e.getValue().forEach(r -> cells.add(r.cells()));
        }
        pdf.heading("This run against the paper");
        pdf.table(PaperComparison.HEADER, cells, notes, PaperComparison.ALIGN);
        JsonNode agents = tree.path("agents");
        if (agents.isObject() && agents.size() > 0) {
            pdf.heading("Agents on the analysis task");
            pdf.table(AgentsTable.HEADER, AgentsTable.rows(agents), AgentsTable.notes(agents));
        }
    }

    private static void writeNpz(AnalysisContext ctx, Path file) throws IOException {
        SessionTable t = ctx.rnnSession();
        try (NpzWriter w = NpzWriter.open(file, true)) {
            for (Map.Entry<String, Object> e : t.columns().entrySet()) {
                String name = e.getKey();
                Object v = e.getValue();
                if (name.equals("hidden_state")) {
                    w.add(name, new NpyArray(NpyDtype.FLOAT64, t.shapeOf(name), v));
                } else if (v instanceof double[] d) {
                    w.add(name, d);
                } else if (v instanceof int[] i) {
                    w.add(name, i);
                } else if (v instanceof boolean[] b) {
                    w.add(name, b);
                } else {
                    throw new IllegalStateException("column " + name + " has unsupported type " + v.getClass());
                }
            }
            try {
                ObserverResult obs = ctx.get(BehaviourProducts.OBSERVER);
                w.add("bayesian_observer_block_posterior_right", obs.blockPosteriorRight());
                w.add("bayesian_observer_block_prior_right", obs.blockPriorRight());
                w.add("bayesian_observer_stimulus_prior_right", obs.stimulusPriorRight());
                w.add("bayesian_observer_stimulus_posterior_right", obs.stimulusPosteriorRight());
                w.add("bayesian_observer_action_side", obs.actionSide());
                w.add("bayesian_observer_correct", obs.correct());
            } catch (RuntimeException e) {
                LOG.warn("session.npz: observer columns omitted: {}", e.getMessage());
            }
        }
    }

    private static void writeTensorBoard(Path out, long step, Map<String, Object> metrics, List<FigureOutcome> figures,
                                         double dpi) throws IOException {
        try (var old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).toList()) {
                Files.delete(p);
            }
        }
        try (TensorBoardWriter tb = TensorBoardWriter.create(out)) {
            if (metrics.get("agents") instanceof Map<?, ?> agents) {
                for (Map.Entry<?, ?> e : agents.entrySet()) {
                    if (e.getValue() instanceof AgentMetrics a) {
                        String p = "analyze/" + e.getKey() + "/";
                        tb.addScalar(p + "correct_by_total_trials", a.correctByTotalTrials(), step);
                        tb.addScalar(p + "correct_by_action_taken", a.correctByActionTaken(), step);
                        tb.addScalar(p + "action_taken_by_total_trials", a.actionTakenByTotalTrials(), step);
                        tb.addScalar(p + "dts_per_trial", a.dtsPerTrial(), step);
                        tb.addScalar(p + "zero_strength_concordant_correct", a.zeroStrengthConcordantCorrect(), step);
                        tb.addScalar(p + "zero_strength_discordant_correct", a.zeroStrengthDiscordantCorrect(), step);
                    }
                }
            }
            for (FigureOutcome f : figures) {
                if (f.ok() && f.file() != null) {
                    // the PNG's size in pixels is the drawable's size in inches at the rendering dpi (PngWriter)
                    tb.addImage("analyze/" + f.stem(), Files.readAllBytes(f.file()),
                            (int) Math.round(f.drawable().widthInches() * dpi),
                            (int) Math.round(f.drawable().heightInches() * dpi), step);
                }
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
    }
}
