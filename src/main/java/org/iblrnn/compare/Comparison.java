package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.iblrnn.compare.similarity.SimilarityAnalysis;
import org.iblrnn.compare.similarity.SimilarityResult;
import org.iblrnn.compare.similarity.SimilarityTables;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.io.StagingDirectory;
import org.iblrnn.report.PdfReport;
import org.iblrnn.train.RunDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code compare}: reads the runs, refuses mixed tasks, fills in missing metrics as asked, groups by configuration,
 * optionally compares the networks' solutions ({@code --similarity}), and writes {@code OUT/}: compare_runs.csv,
 * compare_groups.csv, compare.txt (the printed tables), with --similarity also compare_similarity.csv,
 * compare_topology.csv and compare_networks.csv, one PNG per figure and compare.pdf. Everything is validated before anything is written; outputs are built in a hidden sibling
 * directory and moved into place at the end, so a failure leaves nothing partial behind.
 */
public final class Comparison {

    private static final Logger LOG = LoggerFactory.getLogger(Comparison.class);
    public static final String RUNS_CSV = RunDirs.COMPARE_MARKER;
    public static final String GROUPS_CSV = "compare_groups.csv";
    public static final String TEXT = "compare.txt";
    public static final String PDF = "compare.pdf";

    private Comparison() {
    }

    /**
     * What compare produced.
     *
     * @param out     the output directory
     * @param data    the compared runs and curves
     * @param printed the tables as printed (also in compare.txt)
     * @param figures outcome per rendered figure
     * @param skipped figure stem → why it was not drawn
     */
    public record Result(Path out, CompareData data, String printed, List<FigureOutcome> figures,
                         Map<String, String> skipped) {
        public long failedFigures() {
            return figures.stream().filter(f -> !f.ok()).count();
        }
    }

    /** Runs the comparison; {@code notes} receives one-line progress and warnings for the user. */
    public static Result run(CompareOptions opt, List<? extends CompareFigure> figures, Consumer<String> notes)
            throws IOException {
        List<Path> dirs = RunDirs.expand(opt.runArgs());
        Path out = opt.out().toAbsolutePath().normalize();
        for (Path d : dirs) {
            if (out.equals(d)) {
                throw new InvalidInputException("--out " + opt.out() + " is one of the compared run directories;"
                        + " choose another output directory");
            }
        }
        List<String> names = RunDirs.shortNames(dirs);
        Map<String, Map<String, String>> configs = new LinkedHashMap<>();
        for (int i = 0; i < dirs.size(); i++) {
            configs.put(names.get(i), ParamsTree.flatten(ParamsJson.read(dirs.get(i).resolve(RunDirectory.PARAMS_FILE))));
        }
        if (!opt.allowDifferentTasks()) {
            TaskCheck.requireSameTask(configs);
        }
        List<String> chosen = resolveChosen(opt.runsForCurves(), dirs, names);

        RunLoader loader = new RunLoader(opt.analyzeMissing(), opt.blocks(), opt.seed(), notes);
        List<RunData> loaded = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            loaded.add(loader.load(dirs.get(i), names.get(i)));
        }
        Grouping grouping = Grouping.of(loaded.stream().map(RunData::summary).toList());
        Map<String, RunData> byName = new LinkedHashMap<>();
        loaded.forEach(r -> byName.put(r.name(), r));
        List<RunData> ordered = grouping.runs().stream().map(s -> byName.get(s.name())).toList();

        boolean perRun = !chosen.isEmpty() || ordered.size() <= CompareOptions.MAX_RUN_LINES;
        List<CurveUnit> units = curveUnits(perRun, chosen, ordered, grouping, notes);
        SimilarityResult similarity = opt.similarity()
                ? SimilarityAnalysis.run(grouping, opt.blocks(), opt.seed(), notes).orElse(null) : null;
        CompareData data = new CompareData(grouping, ordered, units, perRun, similarity);

        String printed = "Runs\n" + CompareTable.runsForPrinting(grouping).toAligned() + "\nConfigurations (mean ± SEM over"
                + " seeds)\n" + CompareTable.groupsForPrinting(grouping).toAligned();
        if (similarity != null) {
            printed += similarityText(similarity);
        }
        return write(out, data, printed, figures, opt.dpi(), notes);
    }

    /** The printed similarity section: what the common session was, group means, per-network closeness and topology. */
    static String similarityText(SimilarityResult s) {
        return String.format(java.util.Locale.ROOT, "%nSimilarity of solutions (hidden states at the %d trial ends of one"
                + " common %d-block session, seed %d; the %s is the Bayesian observer's [block belief, stimulus"
                + " belief]; in brackets the same for the runs' step-0 checkpoints, the similarity the inputs alone"
                + " produce)%n", s.samples(), s.blocks(), s.seed(), SimilarityResult.OBSERVER)
                + SimilarityTables.groupMeans(s, false).toAligned() + SimilarityTables.groupMeans(s, true).toAligned()
                + "mean CKA between networks: " + SimilarityTables.withinAcross(s) + "\n"
                + "\nNetworks (CKA and SVCCA with the observer, dims = SVCCA dimensions, common acc = forced choice in"
                + " the common session)\n" + SimilarityTables.networksForPrinting(s).toAligned()
                + "\nFixed-point topology per input condition (stable·saddles·other unstable | slow directions (slowest"
                + " stable |λ|))\n"
                + SimilarityTables.topologyForPrinting(s).toAligned()
                + s.networks().stream().filter(n -> !n.topology().available()).map(n -> n.name() + ": "
                        + n.topology().reason() + "\n").distinct().reduce("", String::concat);
    }

    private static List<String> resolveChosen(List<String> wanted, List<Path> dirs, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            int idx = names.indexOf(w);
            if (idx < 0) {
                Path p = Path.of(w).toAbsolutePath().normalize();
                idx = dirs.indexOf(p);
            }
            if (idx < 0) {
                throw new InvalidInputException("--runs-for-curves: '" + w + "' is not among the compared runs"
                        + " (give a run's name as in the table, or its directory; names: " + String.join(", ", names) + ")");
            }
            if (!out.contains(names.get(idx))) {
                out.add(names.get(idx));
            }
        }
        return out;
    }

    private static List<CurveUnit> curveUnits(boolean perRun, List<String> chosen, List<RunData> runs,
                                              Grouping grouping, Consumer<String> notes) throws IOException {
        List<CurveUnit> units = new ArrayList<>();
        if (perRun) {
            for (RunData r : runs) {
                if (!chosen.isEmpty() && !chosen.contains(r.name())) {
                    continue;
                }
                Optional<TrialOutcomes> t = RunLoader.trials(r);
                if (t.isPresent()) {
                    units.add(new CurveUnit(r.name(), List.of(r.name()), List.of(t.get())));
                } else if (r.summary().metrics().source() != RunMetrics.Source.UNTRAINED) {
                    notes.accept(r.name() + ": no analysis trials (not analysed, or " + RunLoader.SESSION
                            + " missing); left out of the behaviour curves");
                }
            }
            return units;
        }
        Map<String, RunData> byName = new LinkedHashMap<>();
        runs.forEach(r -> byName.put(r.name(), r));
        for (GroupSummary g : grouping.groups()) {
            List<String> members = new ArrayList<>();
            List<TrialOutcomes> trials = new ArrayList<>();
            for (RunSummary s : g.runs()) {
                Optional<TrialOutcomes> t = RunLoader.trials(byName.get(s.name()));
                if (t.isPresent()) {
                    members.add(s.name());
                    trials.add(t.get());
                }
            }
            if (!trials.isEmpty()) {
                units.add(new CurveUnit(g.label(), members, trials));
            }
        }
        return units;
    }

    private static Result write(Path out, CompareData data, String printed, List<? extends CompareFigure> figures,
                                double dpi, Consumer<String> notes) throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
        try {
            AtomicFiles.writeString(staging.resolve(RUNS_CSV), CompareTable.runs(data.grouping()).toCsv());
            AtomicFiles.writeString(staging.resolve(GROUPS_CSV), CompareTable.groups(data.grouping()).toCsv());
            AtomicFiles.writeString(staging.resolve(TEXT), printed);
            SimilarityResult sim = data.similarity();
            if (sim != null) {
                AtomicFiles.writeString(staging.resolve(SimilarityTables.SIMILARITY_CSV),
                        SimilarityTables.similarity(sim).toCsv());
                AtomicFiles.writeString(staging.resolve(SimilarityTables.TOPOLOGY_CSV),
                        SimilarityTables.topology(sim).toCsv());
                AtomicFiles.writeString(staging.resolve(SimilarityTables.NETWORKS_CSV),
                        SimilarityTables.networks(sim).toCsv());
            }

            FigureRegistry<CompareData> registry = new FigureRegistry<>();
            Map<String, String> skipped = new LinkedHashMap<>();
            for (CompareFigure f : figures) {
                if (!f.requested(data)) {
                    continue;
                }
                Optional<String> why = f.skipReason(data);
                if (why.isPresent()) {
                    skipped.put(f.stem(), why.get());
                    notes.accept("figure " + f.stem() + " not drawn: " + why.get());
                } else {
                    registry.register(f);
                }
            }
            List<FigureOutcome> outcomes = new FigureRenderer<CompareData>(dpi).renderAll(registry, data, staging);
            for (FigureOutcome o : outcomes) {
                if (!o.ok()) {
                    notes.accept("figure " + o.stem() + " failed: " + o.message());
                }
            }
            PdfReport pdf = new PdfReport("ibl-rnn compare — " + data.runs().size() + " runs");
            pdf.fact("Runs", data.runs().size() + " in " + data.grouping().groups().size() + " configurations");
            pdf.fact("Varying settings", data.grouping().varyingKeys().isEmpty() ? "none (seeds only)"
                    : String.join(", ", data.grouping().varyingKeys()));
            pdf.fact("Behaviour curves", data.curvesPerRun() ? "one line per run" : "one line per configuration"
                    + " (mean ± SEM over runs)");
            TextTable g = CompareTable.groupsForPrinting(data.grouping());
            pdf.table(g.header(), g.rows());
            TextTable r = CompareTable.runsForPrinting(data.grouping()).without("arch", "train acc");
            pdf.table(r.header(), r.rows());
            if (sim != null) {
                pdf.fact("Similarity", "hidden states h at the " + sim.samples() + " trial ends of one common "
                        + sim.blocks() + "-block session (seed " + sim.seed() + ")");
                pdf.fact("Common session", "played by the Bayesian actor; its inputs are fed open-loop to every network");
                pdf.fact("Observer", "the Bayesian observer's [block belief, stimulus belief] at the same steps");
                pdf.fact("(at start)", "the same for the runs' step-0 checkpoints: what the inputs alone produce");
                pdf.fact("Mean CKA between networks", SimilarityTables.withinAcross(sim));
                for (boolean svcca : new boolean[] {false, true}) {
                    TextTable gm = SimilarityTables.groupMeans(sim, svcca);
                    pdf.table(gm.header(), gm.rows());
                }
                TextTable nt = SimilarityTables.networksForPrinting(sim);
                pdf.table(nt.header(), nt.rows());
                TextTable tt = SimilarityTables.topologyForPrinting(sim);
                pdf.table(tt.header(), tt.rows());
            }
            pdf.figures(registry.figures(), outcomes);
            pdf.save(staging.resolve(PDF));

            commit(staging, out, figures);
            List<FigureOutcome> moved = outcomes.stream().map(o -> o.file() == null ? o : new FigureOutcome(o.stem(),
                    o.ok(), o.message(), o.seconds(), out.resolve(o.file().getFileName()), o.drawable())).toList();
            LOG.info("compare wrote {} ({} runs, {} figures)", out, data.runs().size(), outcomes.size());
            return new Result(out, data, printed, moved, skipped);
        } finally {
            StagingDirectory.deleteQuietly(staging);
        }
    }

    /** Moves the staged files into {@code out}, replacing earlier compare outputs and removing stale figures. */
    private static void commit(Path staging, Path out, List<? extends CompareFigure> figures) throws IOException {
        if (!Files.exists(out)) {
            try {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
                Files.createDirectories(out);
            }
        }
        if (!Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + " exists and is not a directory; choose another");
        }
        Set<String> produced;
        try (Stream<Path> s = Files.list(staging)) {
            produced = new java.util.HashSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
        for (CompareFigure f : figures) {
            String png = f.stem() + ".png";
            if (!produced.contains(png)) {
                Files.deleteIfExists(out.resolve(png));
            }
        }
        for (String csv : List.of(SimilarityTables.SIMILARITY_CSV, SimilarityTables.TOPOLOGY_CSV,
                SimilarityTables.NETWORKS_CSV)) {
            if (!produced.contains(csv)) {
                Files.deleteIfExists(out.resolve(csv));
            }
        }
        for (String name : produced) {
            StagingDirectory.moveReplacing(staging.resolve(name), out.resolve(name));
        }
    }
}
