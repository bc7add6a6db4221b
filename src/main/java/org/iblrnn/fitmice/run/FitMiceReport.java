package org.iblrnn.fitmice.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iblrnn.compare.MeanSem;
import org.iblrnn.compare.TextTable;
import org.iblrnn.figures.fitmice.FitMiceFigures;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.fitmice.ModelResult;
import org.iblrnn.fitmice.group.FitMiceResults;
import org.iblrnn.fitmice.group.GroupStatistics;
import org.iblrnn.fitmice.group.PairedComparison;
import org.iblrnn.io.StagingDirectory;
import org.iblrnn.report.PdfReport;

/**
 * Writes the group outputs of fit-mice into {@code --out}: fit-mice.json (every mouse × model with its parameters
 * per fold, and the group statistics), fit-mice.csv (one row per mouse × model), one PNG per figure and
 * fit-mice.pdf. They are built in a hidden staging directory and then moved in, so the directory never holds a mix
 * of two runs' summaries; PNGs of figures this run did not draw are removed.
 */
public final class FitMiceReport {

    public static final String JSON = "fit-mice.json";
    public static final String CSV = "fit-mice.csv";
    public static final String PDF = "fit-mice.pdf";
    private static final String FIGURE_PREFIX = "fit_mice_";

    private FitMiceReport() {
    }

    /**
     * What was written.
     *
     * @param table    the group table as printed
     * @param figures  outcome per figure
     * @param skipped  figure stem → why it was not drawn
     */
    public record Written(TextTable table, List<FigureOutcome> figures, Map<String, String> skipped) {
    }

    public static Written write(Path out, FitMiceOptions options, FitMiceResults results) throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".fit-mice.tmp-");
        try {
            ObjectMapper json = new ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
            Files.writeString(staging.resolve(JSON), json.writeValueAsString(json(json, options, results)) + "\n");
            Files.writeString(staging.resolve(CSV), csv(results).toCsv());
            Map<String, String> skipped = new LinkedHashMap<>();
            FigureRegistry<FitMiceResults> registry = FitMiceFigures.registry(results, skipped);
            List<FigureOutcome> outcomes = new FigureRenderer<FitMiceResults>(options.dpi())
                    .renderAll(registry, results, staging);
            TextTable table = groupTable(results.statistics());
            pdf(options, results, table, registry, outcomes, skipped).save(staging.resolve(PDF));
            commit(staging, out);
            List<FigureOutcome> moved = outcomes.stream().map(o -> o.file() == null ? o : new FigureOutcome(o.stem(),
                    o.ok(), o.message(), o.seconds(), out.resolve(o.file().getFileName()), o.drawable())).toList();
            return new Written(table, moved, skipped);
        } finally {
            StagingDirectory.deleteQuietly(staging);
        }
    }

    // ------------------------------------------------------------------ fit-mice.json

    static ObjectNode json(ObjectMapper mapper, FitMiceOptions o, FitMiceResults r) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode models = root.putArray("models");
        r.models().forEach(models::add);
        GroupStatistics g = r.statistics();
        root.put("reference", g.reference());
        root.put("folds", o.folds());
        root.put("seed", o.seed());
        if (o.taskRun().isPresent()) {
            root.put("task_run", o.taskRun().get().toAbsolutePath().normalize().toString());
        } else {
            root.putNull("task_run");
        }
        ObjectNode mice = root.putObject("mice");
        ObjectNode foldSessions = root.putObject("fold_sessions");
        for (String mouse : r.mice()) {
            ObjectNode m = mice.putObject(mouse);
            for (String model : r.models()) {
                ModelResult res = r.result(mouse, model);
                ObjectNode e = m.putObject(model);
                num(e, "nll_per_trial", res.nllPerTrial());
                num(e, "normalized_likelihood", res.normalizedLikelihood());
                num(e, "accuracy", res.accuracy());
                e.put("n_trials_test", res.trials());
                num(e, "nll_total", res.nll());
                e.put("folds", res.folds().size());
                ArrayNode params = e.putArray("params");
                for (ModelResult.Fold f : res.folds()) {
                    ObjectNode p = params.addObject();
                    f.params().forEach((k, v) -> num(p, k, v));
                }
            }
            ArrayNode fs = foldSessions.putArray(mouse);
            r.result(mouse, g.reference()).folds().forEach(f -> {
                ArrayNode a = fs.addArray();
                f.testSessions().forEach(a::add);
            });
        }
        ObjectNode group = root.putObject("group");
        group.put("mice", r.mice().size());
        group.put("best_model", g.best());
        ObjectNode per = group.putObject("models");
        for (int j = 0; j < g.perModel().size(); j++) {
            GroupStatistics.ModelStatistics s = g.perModel().get(j);
            ObjectNode e = per.putObject(s.model());
            meanSem(e, "nll_per_trial", s.nllPerTrial());
            meanSem(e, "delta_nll_per_trial", s.deltaNllPerTrial());
            meanSem(e, "delta_nll_total", s.deltaNll());
            meanSem(e, "normalized_likelihood", s.normalizedLikelihood());
            meanSem(e, "accuracy", s.accuracy());
            e.put("wins", s.wins());
            num(e, "bms_frequency", s.frequency());
            num(e, "bms_exceedance", s.exceedance());
            num(e, "bms_alpha", g.bms().alpha()[j]);
        }
        ObjectNode bms = group.putObject("bms");
        bms.put("log_evidence", "minus each mouse's total held-out NLL");
        bms.put("iterations", g.bms().iterations());
        bms.put("exceedance_draws", g.bms().draws());
        ObjectNode vs = group.putObject("best_vs_others");
        for (PairedComparison c : g.bestVsOthers()) {
            pair(vs.putObject(c.b()), c, "best_better_in_mice");
        }
        if (g.gruSizes().isPresent()) {
            GroupStatistics.GruSizes s = g.gruSizes().get();
            ObjectNode sizes = group.putObject("tiny_gru_sizes");
            ArrayNode units = sizes.putArray("units");
            s.units().forEach(units::add);
            sizes.put("units_needed", s.unitsNeeded());
            ArrayNode pairs = sizes.putArray("pairs");
            for (PairedComparison c : s.pairs()) {
                ObjectNode p = pairs.addObject();
                p.put("smaller", c.a());
                p.put("larger", c.b());
                pair(p, c, "smaller_better_in_mice");
                p.put("smaller_significantly_worse", c.aSignificantlyWorse());
            }
        } else {
            group.putNull("tiny_gru_sizes");
        }
        return root;
    }

    private static void pair(ObjectNode e, PairedComparison c, String betterKey) {
        meanSem(e, "difference", c.difference());
        e.put(betterKey, c.aBetter());
        num(e, "wilcoxon_p", c.pValue());
    }

    private static void meanSem(ObjectNode parent, String key, MeanSem m) {
        ObjectNode e = parent.putObject(key);
        num(e, "mean", m.mean());
        num(e, "sem", m.sem());
    }

    private static void num(ObjectNode e, String key, double v) {
        if (Double.isFinite(v)) {
            e.put(key, v);
        } else {
            e.putNull(key);
        }
    }

    // ------------------------------------------------------------------ tables

    /** One row per mouse × model. */
    static TextTable csv(FitMiceResults r) {
        List<String> header = List.of("mouse", "model", "nll_per_trial", "normalized_likelihood", "accuracy",
                "n_trials_test", "nll_total", "delta_nll_per_trial", "folds", "best_for_mouse", "params_median");
        List<List<String>> rows = new ArrayList<>();
        String ref = r.statistics().reference();
        for (String mouse : r.mice()) {
            String best = r.bestFor(mouse);
            double refNll = r.result(mouse, ref).nllPerTrial();
            for (String model : r.models()) {
                ModelResult res = r.result(mouse, model);
                rows.add(List.of(mouse, model, Double.toString(res.nllPerTrial()),
                        Double.toString(res.normalizedLikelihood()), Double.toString(res.accuracy()),
                        Integer.toString(res.trials()), Double.toString(res.nll()),
                        Double.toString(res.nllPerTrial() - refNll), Integer.toString(res.folds().size()),
                        Boolean.toString(model.equals(best)), medianParams(res)));
            }
        }
        return new TextTable(header, rows);
    }

    /** {@code name=median over folds;...} of the named (not weight) parameters. */
    private static String medianParams(ModelResult r) {
        Map<String, List<Double>> byName = new LinkedHashMap<>();
        for (ModelResult.Fold f : r.folds()) {
            f.params().forEach((k, v) -> {
                if (!k.contains("[")) {
                    byName.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                }
            });
        }
        List<String> parts = new ArrayList<>();
        byName.forEach((k, v) -> {
            double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = s.length;
            double med = n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
            parts.add(k + "=" + String.format("%.6g", med));
        });
        return String.join(";", parts);
    }

    /** The group table, models in report order. */
    public static TextTable groupTable(GroupStatistics g) {
        List<String> header = List.of("model", "NLL/trial", "NLL/trial - " + g.reference(), "norm. lik.",
                "accuracy", "wins", "BMS freq.", "exceedance");
        List<List<String>> rows = new ArrayList<>();
        for (GroupStatistics.ModelStatistics s : g.perModel()) {
            rows.add(List.of(s.model(), pm(s.nllPerTrial(), "%.4f"), pm(s.deltaNllPerTrial(), "%.4f"),
                    pm(s.normalizedLikelihood(), "%.4f"), pm(s.accuracy(), "%.3f"), Integer.toString(s.wins()),
                    String.format("%.3f", s.frequency()), String.format("%.3f", s.exceedance())));
        }
        return new TextTable(header, rows);
    }

    /** The best model against each other one. */
    public static TextTable versusTable(GroupStatistics g) {
        List<List<String>> rows = new ArrayList<>();
        for (PairedComparison c : g.bestVsOthers()) {
            rows.add(List.of(c.a() + " \u2212 " + c.b(), pm(c.difference(), "%.4f"), c.aBetter() + "/" + g.mice().size(),
                    String.format("%.2g", c.pValue())));
        }
        return new TextTable(List.of("NLL/trial difference", "mean \u00b1 SEM", "mice better", "Wilcoxon p"), rows);
    }

    /** Every smaller tiny GRU against every larger one (empty when fewer than two sizes were fitted). */
    public static TextTable gruTable(GroupStatistics g) {
        List<List<String>> rows = new ArrayList<>();
        g.gruSizes().ifPresent(s -> s.pairs().forEach(c -> rows.add(List.of(c.a() + " \u2212 " + c.b(),
                pm(c.difference(), "%.4f"), c.aBetter() + "/" + g.mice().size(), String.format("%.2g", c.pValue()),
                c.aSignificantlyWorse() ? "yes" : "no"))));
        return new TextTable(List.of("NLL/trial difference", "mean \u00b1 SEM", "smaller better", "Wilcoxon p",
                "smaller worse"), rows);
    }

    private static String pm(MeanSem m, String format) {
        return String.format(format, m.mean()) + " \u00b1 " + (Double.isFinite(m.sem()) ? String.format(format, m.sem())
                : "\u2013");
    }

    // ------------------------------------------------------------------ PDF

    private static PdfReport pdf(FitMiceOptions o, FitMiceResults r, TextTable table,
                                 FigureRegistry<FitMiceResults> registry, List<FigureOutcome> outcomes,
                                 Map<String, String> skipped) {
        GroupStatistics g = r.statistics();
        PdfReport pdf = new PdfReport("ibl-rnn fit-mice \u2014 " + r.mice().size() + " mice, " + r.models().size()
                + " models");
        int trials = r.mice().stream().mapToInt(m -> r.result(m, g.reference()).trials()).sum();
        // facts are one short line each (two columns, cut at the column's width); the explanations are notes
        pdf.fact("Protocol", o.folds() + "-fold leave-sessions-out, seed " + o.seed());
        pdf.fact("Held-out trials", String.valueOf(trials));
        pdf.fact("Best model", g.best() + " (" + g.of(g.best()).wins() + " of " + r.mice().size() + " mice)");
        g.gruSizes().ifPresent(s -> pdf.fact("Tiny GRU units needed", String.valueOf(s.unitsNeeded())));
        pdf.note("Every model is fitted on a mouse's other sessions and scored on the held-out ones (responded trials,"
                + " NLL in nats per trial). The best model has the lowest mean held-out NLL per trial; its exceedance "
                + "probability in random-effects Bayesian model selection is "
                + String.format("%.3f", g.of(g.best()).exceedance()) + ".");
        g.gruSizes().ifPresent(s -> pdf.note("Tiny GRU units needed: the smallest size that no larger one beats "
                + "significantly, paired over mice (Wilcoxon signed-rank, p < " + PairedComparison.LEVEL + ")."));
        skipped.forEach((stem, why) -> pdf.note("Not drawn: " + stem + " (" + why + ")."));
        pdf.table(table.header(), table.rows());
        TextTable vs = versusTable(g);
        if (!vs.rows().isEmpty()) {
            pdf.table(vs.header(), vs.rows());
        }
        TextTable gru = gruTable(g);
        if (!gru.rows().isEmpty()) {
            pdf.table(gru.header(), gru.rows());
        }
        pdf.figures(registry.figures(), outcomes);
        return pdf;
    }

    // ------------------------------------------------------------------ files

    private static void commit(Path staging, Path out) throws IOException {
        List<String> produced;
        try (Stream<Path> s = Files.list(staging)) {
            produced = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(FIGURE_PREFIX) && name.endsWith(".png") && !produced.contains(name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        for (String name : produced) {
            StagingDirectory.moveReplacing(staging.resolve(name), out.resolve(name));
        }
    }
}
