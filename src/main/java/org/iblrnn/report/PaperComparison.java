package org.iblrnn.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A run's headline numbers beside the paper's: for every {@link PaperNumbers} entry, the matching value read from the
 * run's metrics.json, printed in the same unit, with a tick when it lies within the tolerance. Entries whose value the
 * run lacks (a failed section, an analysis without mice) show a dash.
 */
public final class PaperComparison {

    /** The column header of the comparison tables. */
    public static final List<String> HEADER = List.of("metric", "this run", "paper", "\u00b1", "source", "agrees");
    /** Column alignment: the run's value right against the paper's, left-aligned, so the two read as a pair. */
    public static final List<PdfReport.Align> ALIGN = List.of(PdfReport.Align.LEFT, PdfReport.Align.RIGHT,
            PdfReport.Align.LEFT, PdfReport.Align.RIGHT, PdfReport.Align.LEFT, PdfReport.Align.CENTER);

    /** A run's value: the number compared, and how it is printed (null: format the number). */
    record Ours(double value, String display) {
        static Ours of(double v) {
            return new Ours(v, null);
        }

        static final Ours NONE = new Ours(Double.NaN, null);
    }

    /** One printed row. */
    public record Row(String section, String metric, String ours, String paper, String tolerance, String source,
                      Boolean agrees) {
        /** The row's cells in {@link #HEADER} order. */
        public List<String> cells() {
            return List.of(metric, ours, paper, tolerance, source, agrees == null ? "" : agrees ? "\u2713" : "\u2717");
        }
    }

    private static final Map<String, Function<JsonNode, Ours>> OURS = ours();

    private PaperComparison() {
    }

    /** The keys a run's value is known for (every {@link PaperNumbers} key must be one). */
    static java.util.Set<String> keys() {
        return OURS.keySet();
    }

    /** The rows of every reference number, in order, compared with {@code metrics} (metrics.json as a tree). */
    public static List<Row> rows(PaperNumbers paper, JsonNode metrics) {
        List<Row> rows = new ArrayList<>();
        for (PaperNumbers.Number n : paper.numbers()) {
            Function<JsonNode, Ours> f = OURS.get(n.key());
            if (f == null) {
                throw new IllegalStateException("paper number " + n.key() + " has no matching metrics.json value");
            }
            Ours o = f.apply(metrics);
            String ours = o.display() != null ? o.display() : PaperNumbers.format(o.value(), n.unit());
            rows.add(new Row(n.section(), n.metric(), ours, n.display(), n.toleranceDisplay(), n.source(),
                    n.agrees(o.value())));
        }
        return rows;
    }

    /** The rows grouped by section, sections in first-appearance order. */
    public static Map<String, List<Row>> bySection(List<Row> rows) {
        Map<String, List<Row>> m = new LinkedHashMap<>();
        for (Row r : rows) {
            m.computeIfAbsent(r.section(), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    // ------------------------------------------------------------------ where each number lives in metrics.json

    private static Map<String, Function<JsonNode, Ours>> ours() {
        Map<String, Function<JsonNode, Ours>> m = new LinkedHashMap<>();
        m.put("rnn_correct", j -> at(j, "agents", "rnn", "correct_by_total_trials"));
        m.put("rnn_zero_concordant", j -> at(j, "agents", "rnn", "zero_strength_concordant_correct"));
        m.put("rnn_zero_discordant", j -> at(j, "agents", "rnn", "zero_strength_discordant_correct"));
        m.put("rnn_strength1_concordant", j -> byStrength(j, "rnn", "correct_by_strength_concordant", 1.0));
        m.put("rnn_strength1_discordant", j -> byStrength(j, "rnn", "correct_by_strength_discordant", 1.0));
        m.put("rnn_trial1", j -> index(j.path("behaviour").path("rnn").path("correct_by_trial_within_block"), 0));
        m.put("rnn_trial5", j -> index(j.path("behaviour").path("rnn").path("correct_by_trial_within_block"), 4));
        m.put("rnn_plateau", j -> at(j, "behaviour", "rnn", "correct_from_trial_10"));
        m.put("rnn_p_right_right_block", j -> at(j, "mice_comparison", "rnn", "p_right_zero_stimulus", "right_block"));
        m.put("rnn_p_right_left_block", j -> at(j, "mice_comparison", "rnn", "p_right_zero_stimulus", "left_block"));
        m.put("rnn_steps_strength_max", j -> largestStrength(j, "rnn"));
        m.put("rnn_steps_strength_zero", j -> byStrength(j, "rnn", "steps_per_trial_by_strength", 0.0));
        m.put("actor_correct", j -> at(j, "agents", "bayesian_actor", "correct_by_total_trials"));
        m.put("actor_zero_concordant", j -> at(j, "agents", "bayesian_actor", "zero_strength_concordant_correct"));
        m.put("actor_zero_discordant", j -> at(j, "agents", "bayesian_actor", "zero_strength_discordant_correct"));
        m.put("actor_strength1_concordant",
                j -> byStrength(j, "bayesian_actor", "correct_by_strength_concordant", 1.0));
        m.put("actor_strength1_discordant",
                j -> byStrength(j, "bayesian_actor", "correct_by_strength_discordant", 1.0));
        m.put("actor_steps_strength_max", j -> largestStrength(j, "bayesian_actor"));
        m.put("actor_steps_strength_zero", j -> byStrength(j, "bayesian_actor", "steps_per_trial_by_strength", 0.0));

        m.put("pc1", j -> index(j.path("state_space").path("pca_cumulative_variance"), 0));
        m.put("pc12", j -> index(j.path("state_space").path("pca_cumulative_variance"), 1));
        m.put("readout_angle", j -> at(j, "state_space", "angle_block_trial_readout_degrees_pca"));
        m.put("obs_slope_stimulus", j -> at(j, "state_space", "obs_effect_slope_trial"));
        m.put("obs_r_stimulus", j -> at(j, "state_space", "obs_effect_r_trial"));
        m.put("obs_slope_block", j -> at(j, "state_space", "obs_effect_slope_block"));
        m.put("obs_r_block", j -> at(j, "state_space", "obs_effect_r_block"));

        for (String c : List.of("left_stimulus", "right_stimulus", "equal_stimulus", "negative_feedback",
                "positive_feedback", "no_stimulus")) {
            m.put("fp_" + c, j -> fixedPoints(j.path("fixed_points").path(c)));
        }

        m.put("radd_correct", j -> at(j, "agents", "radd", "correct_by_total_trials"));
        m.put("radd_zero_concordant", j -> at(j, "agents", "radd", "zero_strength_concordant_correct"));
        m.put("radd_zero_discordant", j -> at(j, "agents", "radd", "zero_strength_discordant_correct"));
        m.put("radd_observation_ratio", PaperComparison::raddObservationRatio);
        m.put("radd_block_memory", j -> {
            JsonNode a = j.path("radd").path("A");
            return a.isArray() ? Ours.of(a.path(1).path(1).asDouble() - a.path(0).path(0).asDouble()) : Ours.NONE;
        });
        m.put("two_unit_zero_concordant", j -> at(j, "agents", "two_unit", "zero_strength_concordant_correct"));
        m.put("two_unit_zero_discordant", j -> at(j, "agents", "two_unit", "zero_strength_discordant_correct"));
        m.put("distilled_zero_concordant",
                j -> at(j, "agents", "traditionally_distilled", "zero_strength_concordant_correct"));
        m.put("distilled_zero_discordant",
                j -> at(j, "agents", "traditionally_distilled", "zero_strength_discordant_correct"));

        m.put("circuit_two_groups", PaperComparison::twoLargestGroups);

        m.put("mice_correct", j -> at(j, "mice_comparison", "mice", "correct_by_total_trials"));
        m.put("mice_zero_concordant", j -> at(j, "mice_comparison", "mice", "zero_stimulus_accuracy", "concordant"));
        m.put("mice_zero_discordant", j -> at(j, "mice_comparison", "mice", "zero_stimulus_accuracy", "discordant"));
        m.put("mice_p_right_left_block", j -> at(j, "mice_comparison", "mice", "p_right_zero_stimulus", "left_block"));
        m.put("mice_p_right_right_block",
                j -> at(j, "mice_comparison", "mice", "p_right_zero_stimulus", "right_block"));
        return m;
    }

    private static Ours at(JsonNode j, String... path) {
        JsonNode n = j;
        for (String p : path) {
            n = n.path(p);
        }
        return n.isNumber() ? Ours.of(n.asDouble()) : Ours.NONE;
    }

    private static Ours index(JsonNode array, int i) {
        JsonNode n = array.path(i);
        return n.isNumber() ? Ours.of(n.asDouble()) : Ours.NONE;
    }

    /** A value keyed by unsigned strength in the {@code behaviour} section. */
    private static Ours byStrength(JsonNode j, String agent, String curve, double strength) {
        JsonNode m = j.path("behaviour").path(agent).path(curve);
        var it = m.properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (Double.parseDouble(e.getKey()) == strength && e.getValue().isNumber()) {
                return Ours.of(e.getValue().asDouble());
            }
        }
        return Ours.NONE;
    }

    /** Steps per trial at the largest strength of the task (2.5 in the paper's task). */
    private static Ours largestStrength(JsonNode j, String agent) {
        JsonNode m = j.path("behaviour").path(agent).path("steps_per_trial_by_strength");
        double best = Double.NEGATIVE_INFINITY;
        Ours out = Ours.NONE;
        var it = m.properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            double s = Double.parseDouble(e.getKey());
            if (s > best && e.getValue().isNumber()) {
                best = s;
                out = Ours.of(e.getValue().asDouble());
            }
        }
        return out;
    }

    /** Stable fixed points of a condition, printed with the unstable ones when there are any. */
    private static Ours fixedPoints(JsonNode c) {
        if (!c.path("stable").isNumber()) {
            return Ours.NONE;
        }
        int stable = c.path("stable").asInt();
        int unstable = c.path("unique").asInt() - stable;
        String text = stable + (unstable > 0 ? " (+" + unstable + " unstable)" : "");
        return new Ours(stable, text);
    }

    /**
     * How much more one observation d = right − left moves the stimulus coordinate than the block coordinate:
     * (B_stim,right − B_stim,left) / (B_block,right − B_block,left).
     */
    private static Ours raddObservationRatio(JsonNode j) {
        JsonNode b = j.path("radd").path("B");
        if (!b.isArray()) {
            return Ours.NONE;
        }
        double stim = b.path(0).path(1).asDouble() - b.path(0).path(0).asDouble();
        double block = b.path(1).path(1).asDouble() - b.path(1).path(0).asDouble();
        return block == 0 ? Ours.NONE : Ours.of(stim / block);
    }

    /** Units in the two largest clusters of the hidden-unit correlations, printed as "a + b". */
    private static Ours twoLargestGroups(JsonNode j) {
        JsonNode sizes = j.path("circuit").path("cluster_sizes");
        List<Integer> s = new ArrayList<>();
        sizes.forEach(n -> s.add(n.asInt()));
        if (s.size() < 2) {
            return s.isEmpty() ? Ours.NONE : new Ours(s.get(0), Integer.toString(s.get(0)));
        }
        s.sort(java.util.Comparator.reverseOrder());
        return new Ours(s.get(0) + s.get(1), s.get(0) + " + " + s.get(1));
    }
}
