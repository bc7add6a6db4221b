package org.iblrnn.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of compare: one row per run ({@code compare_runs.csv}) and one per configuration with mean ± SEM over
 * seeds ({@code compare_groups.csv}). The CSVs hold full-precision numbers (empty cells for undefined ones); the
 * printed forms are rounded and keep the columns a reader scans first.
 */
public final class CompareTable {

    /** Columns of compare_runs.csv. */
    public static final List<String> RUN_COLUMNS = List.of("run", "group", "metrics_source", "architecture",
            "hidden_size", "seed", "max_stim_strength", "steps_trained", "analysed_step", "analysis_blocks", "trials",
            "accuracy", "zero_strength_concordant", "zero_strength_discordant", "zero_strength_gap", "steps_per_trial",
            "train_accuracy_final", "pca2_cumulative_variance", "block_trial_readout_angle_deg",
            "block_classifier_accuracy", "radd_r_squared", "run_dir");

    /** Columns of compare_groups.csv. */
    public static final List<String> GROUP_COLUMNS = List.of("group", "architecture", "hidden_size", "runs",
            "measured_runs", "seeds", "accuracy_mean", "accuracy_sem", "zero_strength_concordant_mean",
            "zero_strength_concordant_sem", "zero_strength_discordant_mean", "zero_strength_discordant_sem",
            "zero_strength_gap_mean", "zero_strength_gap_sem", "steps_per_trial_mean", "steps_per_trial_sem",
            "train_accuracy_final_mean", "train_accuracy_final_sem");

    private CompareTable() {
    }

    /** One row per run, in grouping order. */
    public static TextTable runs(Grouping g) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupSummary group : g.groups()) {
            for (RunSummary r : group.runs()) {
                RunMetrics m = r.metrics();
                rows.add(List.of(r.name(), group.label(), m.source().label(), r.architecture(),
                        String.valueOf(r.hiddenSize()), String.valueOf(r.seed()), num(r.maxStimulusStrength()),
                        String.valueOf(r.stepsTrained()), m.analysedStep() < 0 ? "" : String.valueOf(m.analysedStep()),
                        m.blocks() < 0 ? "" : String.valueOf(m.blocks()), m.measured() ? String.valueOf(m.trials()) : "",
                        num(m.accuracy()), num(m.zeroConcordant()), num(m.zeroDiscordant()), num(m.zeroStrengthGap()),
                        num(m.stepsPerTrial()), num(r.trainAccuracyFinal()), num(m.pcaTwoVariance()),
                        num(m.readoutAngleDegrees()), num(m.blockClassifierAccuracy()), num(m.raddRSquared()),
                        r.dir().toString()));
            }
        }
        return new TextTable(RUN_COLUMNS, rows);
    }

    /** One row per configuration. */
    public static TextTable groups(Grouping g) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupSummary s : g.groups()) {
            List<String> row = new ArrayList<>(List.of(s.label(), s.runs().get(0).architecture(),
                    String.valueOf(s.hiddenSize()), String.valueOf(s.runs().size()), String.valueOf(s.measuredRuns()),
                    s.seeds()));
            for (MeanSem m : List.of(s.accuracy(), s.zeroConcordant(), s.zeroDiscordant(), s.zeroStrengthGap(),
                    s.stepsPerTrial(), s.trainAccuracyFinal())) {
                row.add(num(m.mean()));
                row.add(num(m.sem()));
            }
            rows.add(row);
        }
        return new TextTable(GROUP_COLUMNS, rows);
    }

    /** The per-run table as printed: rounded, fewer columns. */
    public static TextTable runsForPrinting(Grouping g) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupSummary group : g.groups()) {
            for (RunSummary r : group.runs()) {
                RunMetrics m = r.metrics();
                rows.add(List.of(r.name(), m.source().label(), r.architecture(), String.valueOf(r.hiddenSize()),
                        String.valueOf(r.seed()), String.valueOf(r.stepsTrained()), pct(m.accuracy()),
                        pct(m.zeroConcordant()), pct(m.zeroDiscordant()), pct(m.zeroStrengthGap()),
                        fixed(m.stepsPerTrial(), 2), pct(r.trainAccuracyFinal())));
            }
        }
        return new TextTable(List.of("run", "metrics", "arch", "hidden", "seed", "steps", "accuracy", "0-str conc",
                "0-str disc", "gap", "steps/trial", "train acc"), rows);
    }

    /** The per-configuration table as printed: mean ± SEM over seeds, in percent. */
    public static TextTable groupsForPrinting(Grouping g) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupSummary s : g.groups()) {
            rows.add(List.of(s.label(), s.measuredRuns() + "/" + s.runs().size(), pm(s.accuracy()),
                    pm(s.zeroConcordant()), pm(s.zeroDiscordant()), pm(s.zeroStrengthGap()),
                    pmFixed(s.stepsPerTrial()), pm(s.trainAccuracyFinal())));
        }
        return new TextTable(List.of("configuration", "runs", "accuracy %", "0-str conc %", "0-str disc %", "gap %",
                "steps/trial", "train acc %"), rows);
    }

    /** Full-precision CSV number; empty for NaN. */
    static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "–";
    }

    private static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "–";
    }

    private static String pm(MeanSem m) {
        if (!Double.isFinite(m.mean())) {
            return "–";
        }
        return Double.isFinite(m.sem()) ? String.format(Locale.ROOT, "%.1f ± %.1f", 100 * m.mean(), 100 * m.sem())
                : String.format(Locale.ROOT, "%.1f", 100 * m.mean());
    }

    private static String pmFixed(MeanSem m) {
        if (!Double.isFinite(m.mean())) {
            return "–";
        }
        return Double.isFinite(m.sem()) ? String.format(Locale.ROOT, "%.2f ± %.2f", m.mean(), m.sem())
                : String.format(Locale.ROOT, "%.2f", m.mean());
    }
}
