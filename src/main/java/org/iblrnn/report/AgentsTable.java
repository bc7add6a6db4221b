package org.iblrnn.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary's agents table (metrics.json {@code agents}): one row per agent with its accuracy, how often it acted,
 * its decision time and its zero-strength accuracy on concordant and discordant trials, plus notes saying what each
 * agent is. The passive Bayesian observer acts on nobody's session but the RNN's, so its action columns are dashes.
 */
final class AgentsTable {

    /** Column headers; a no-break space keeps "/ trials" together when a header wraps. */
    static final List<String> HEADER = List.of("agent", "correct /\u00a0trials", "correct /\u00a0actions",
            "actions /\u00a0trials", "steps /\u00a0trial", "zero strength, concordant", "zero strength, discordant",
            "trials");

    /** The passive agent, evaluated at the RNN's decision steps. */
    static final String OBSERVER = "bayesian_observer";

    private static final String DASH = "\u2014";

    private static final Map<String, String> WHAT = Map.of(
            "rnn", "the trained network, in its own session.",
            "bayesian_actor", "the paper's Bayesian actor with its two quirks: its next-trial prior is the predicted "
                    + "block probability (the 0.8/0.2 mixing is left out, so it is over-confident) and the stimulus "
                    + "strength is re-marginalised at every step; it acts when its posterior passes 0.9.",
            "ideal_actor", "the exact posterior (one strength per trial, prior from the block belief through the "
                    + "0.8/0.2 mixing) with the same 0.9 rule; it often times out (about 16 % of trials), so it is "
                    + "correct on fewer trials than the paper's actor but on more of its actions.",
            "blockless_actor", "the actor with its side prior reset to 0.5 every trial (no block memory).",
            "exp_weighted_actor", "the actor with a side prior smoothed over past trials (decay 0.9).",
            OBSERVER, "passive: it reads the RNN's session and is forced to choose at the RNN's decision step, so it "
                    + "has no actions or decision times of its own (dashes).",
            "radd", "the 2-unit RADD network distilled from the RNN's task-aligned dynamics.",
            "traditionally_distilled", "a 2-unit network trained to match the RNN's output probabilities.",
            "two_unit", "a 2-unit network trained directly on the task.");

    private AgentsTable() {
    }

    /** One row per agent of metrics.json {@code agents}, in its order. */
    static List<List<String>> rows(JsonNode agents) {
        List<List<String>> rows = new ArrayList<>();
        agents.properties().forEach(e -> {
            JsonNode a = e.getValue();
            boolean passive = e.getKey().equals(OBSERVER);
            rows.add(List.of(e.getKey(), pct(a.path("correct_by_total_trials")),
                    passive ? DASH : pct(a.path("correct_by_action_taken")),
                    passive ? DASH : pct(a.path("action_taken_by_total_trials")),
                    passive ? DASH : num(a.path("dts_per_trial")),
                    num(a.path("zero_strength_concordant_correct")), num(a.path("zero_strength_discordant_correct")),
                    a.path("trials").isNumber() ? Integer.toString(a.path("trials").asInt()) : DASH));
        });
        return rows;
    }

    /** The notes under the table: the columns, then what each listed agent is. */
    static List<String> notes(JsonNode agents) {
        List<String> notes = new ArrayList<>();
        notes.add("Columns: correct / trials counts timeouts as errors; an action is a choice made before the "
                + "timeout; steps / trial include the blank steps; concordant trials are on the block's side. "
                + "Each closed-loop agent plays its own session of the same task.");
        agents.fieldNames().forEachRemaining(name -> {
            String what = WHAT.get(name);
            if (what != null) {
                notes.add(name + ": " + what);
            }
        });
        return notes;
    }

    private static String pct(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.1f %%", 100 * v.asDouble()) : DASH;
    }

    private static String num(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.2f", v.asDouble()) : DASH;
    }
}
