package org.iblrnn.compare.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.compare.TextTable;

/**
 * The files of {@code compare --similarity}: compare_similarity.csv (one row per pair, observer included),
 * compare_topology.csv (one row per network and input condition) and compare_networks.csv (one row per network: its
 * closeness to the observer and its behaviour), plus the printed summary of mean similarity between groups. CSV
 * numbers are full precision, empty when undefined; a network whose fixed-point search was unavailable has
 * {@code NA} counts and the reason in {@code note}.
 */
public final class SimilarityTables {

    public static final String SIMILARITY_CSV = "compare_similarity.csv";
    public static final String TOPOLOGY_CSV = "compare_topology.csv";
    public static final String NETWORKS_CSV = "compare_networks.csv";

    public static final List<String> SIMILARITY_COLUMNS = List.of("run_a", "run_b", "cka", "svcca", "group_a",
            "group_b", "cka_initial", "svcca_initial");
    public static final List<String> TOPOLOGY_COLUMNS = List.of("run", "group", "architecture", "hidden_size",
            "seed", "condition", "status", "fixed_points", "stable", "saddles", "other_unstable", "slow_directions",
            "slowest_stable_modulus", "note");
    public static final List<String> NETWORK_COLUMNS = List.of("run", "group", "architecture", "hidden_size", "seed",
            "checkpoint_step", "samples", "svcca_dims", "cka_observer", "svcca_observer", "cka_observer_block_belief",
            "mean_cka_same_group", "mean_cka_other_groups", "common_accuracy", "common_agreement_with_bayesian_actor",
            "common_zero_strength_concordant", "common_zero_strength_discordant", "accuracy",
            "zero_strength_concordant", "zero_strength_discordant", "fixed_points", "cka_observer_initial",
            "cka_observer_block_belief_initial", "mean_cka_same_group_initial", "mean_cka_other_groups_initial");

    private SimilarityTables() {
    }

    /** Every unordered pair (i &lt; j) of networks and the observer. */
    public static TextTable similarity(SimilarityResult r) {
        List<String> labels = r.labels();
        List<String> groups = r.groups();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                rows.add(List.of(labels.get(i), labels.get(j), num(r.cka()[i][j]), num(r.svcca()[i][j]),
                        groups.get(i), groups.get(j), num(r.ckaInitial()[i][j]), num(r.svccaInitial()[i][j])));
            }
        }
        return new TextTable(SIMILARITY_COLUMNS, rows);
    }

    /** One row per network and condition (NA rows with the reason when a network's search was unavailable). */
    public static TextTable topology(SimilarityResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (SimilarityResult.Network n : r.networks()) {
            List<String> head = List.of(n.name(), n.group(), n.architecture(), String.valueOf(n.hiddenSize()),
                    String.valueOf(n.seed()));
            Topology t = n.topology();
            if (!t.available()) {
                for (String c : conditions(r)) {
                    List<String> row = new ArrayList<>(head);
                    row.addAll(List.of(c, "NA", "NA", "NA", "NA", "NA", "NA", "NA", t.reason()));
                    rows.add(row);
                }
                continue;
            }
            for (Topology.ConditionTopology c : t.rows()) {
                List<String> row = new ArrayList<>(head);
                row.addAll(List.of(c.condition(), "ok", String.valueOf(c.fixedPoints()), String.valueOf(c.stable()),
                        String.valueOf(c.saddles()), String.valueOf(c.otherUnstable()),
                        String.valueOf(c.slowDirections()), num(c.slowestStableModulus()), ""));
                rows.add(row);
            }
        }
        return new TextTable(TOPOLOGY_COLUMNS, rows);
    }

    /** One row per network. */
    public static TextTable networks(SimilarityResult r) {
        List<List<String>> rows = new ArrayList<>();
        int obs = r.observerIndex();
        List<String> groups = r.groups();
        for (int i = 0; i < r.networks().size(); i++) {
            SimilarityResult.Network n = r.networks().get(i);
            double same = meanOver(r.cka()[i], groups, i, true);
            double other = meanOver(r.cka()[i], groups, i, false);
            rows.add(List.of(n.name(), n.group(), n.architecture(), String.valueOf(n.hiddenSize()),
                    String.valueOf(n.seed()), String.valueOf(n.checkpointStep()), String.valueOf(r.samples()),
                    String.valueOf(n.svccaDims()), num(r.cka()[i][obs]), num(r.svcca()[i][obs]),
                    num(n.ckaBlockBelief()), num(same), num(other), num(n.common().accuracy()),
                    num(n.common().agreementWithActor()), num(n.common().zeroConcordant()),
                    num(n.common().zeroDiscordant()), num(n.closedLoop().correctByTotalTrials()),
                    num(n.closedLoop().zeroStrengthConcordantCorrect()),
                    num(n.closedLoop().zeroStrengthDiscordantCorrect()),
                    n.topology().available() ? "ok" : "NA: " + n.topology().reason(), num(r.ckaInitial()[i][obs]),
                    num(n.ckaBlockBeliefInitial()), num(meanOver(r.ckaInitial()[i], groups, i, true)),
                    num(meanOver(r.ckaInitial()[i], groups, i, false))));
        }
        return new TextTable(NETWORK_COLUMNS, rows);
    }


    /**
     * Mean CKA (or SVCCA) between groups, rows and columns the groups with the observer last; each cell the trained
     * networks' value and, in brackets, the same at the start of training. For printing.
     */
    public static TextTable groupMeans(SimilarityResult r, boolean svcca) {
        List<String> groups = r.groups();
        List<String> distinct = r.distinctGroups();
        double[][] end = svcca ? r.svcca() : r.cka();
        double[][] start = svcca ? r.svccaInitial() : r.ckaInitial();
        List<String> header = new ArrayList<>(List.of((svcca ? "mean SVCCA" : "mean CKA") + " (at start)"));
        header.addAll(distinct);
        List<List<String>> rows = new ArrayList<>();
        for (String a : distinct) {
            List<String> row = new ArrayList<>(List.of(a));
            for (String b : distinct) {
                double v = SimilarityResult.meanBetween(end, groups, a, b);
                double v0 = SimilarityResult.meanBetween(start, groups, a, b);
                row.add(!Double.isFinite(v) ? "–" : Double.isFinite(v0)
                        ? String.format(Locale.ROOT, "%.2f (%.2f)", v, v0) : String.format(Locale.ROOT, "%.2f", v));
            }
            rows.add(row);
        }
        return new TextTable(header, rows);
    }

    /**
     * "0.812 within configurations, 0.640 across (at the start of training 0.700 and 0.650)", – where there is no
     * such pair of networks.
     */
    public static String withinAcross(SimilarityResult r) {
        return fixed(r.meanNetworkPairs(r.cka(), true)) + " within configurations, "
                + fixed(r.meanNetworkPairs(r.cka(), false)) + " across (at the start of training "
                + fixed(r.meanNetworkPairs(r.ckaInitial(), true)) + " and "
                + fixed(r.meanNetworkPairs(r.ckaInitial(), false)) + ")";
    }

    /** Per network: closeness to the observer, behaviour and topology, rounded, for printing and the PDF. */
    public static TextTable networksForPrinting(SimilarityResult r) {
        List<List<String>> rows = new ArrayList<>();
        int obs = r.observerIndex();
        for (int i = 0; i < r.networks().size(); i++) {
            SimilarityResult.Network n = r.networks().get(i);
            rows.add(List.of(n.name(), fixed(r.cka()[i][obs]) + " (" + fixed(r.ckaInitial()[i][obs]) + ")",
                    fixed(r.svcca()[i][obs]), fixed(n.ckaBlockBelief()) + " (" + fixed(n.ckaBlockBeliefInitial()) + ")",
                    String.valueOf(n.svccaDims()), pct(n.common().accuracy()), pct(n.closedLoop().correctByTotalTrials()),
                    pct(n.closedLoop().zeroStrengthConcordantCorrect() - n.closedLoop().zeroStrengthDiscordantCorrect())));
        }
        return new TextTable(List.of("network", "CKA obs (start)", "SVCCA obs", "CKA block (start)", "dims",
                "common acc", "accuracy", "0-str gap"), rows);
    }

    /** Per network and condition the cell text of {@link Topology.ConditionTopology#cell()}, for printing. */
    public static TextTable topologyForPrinting(SimilarityResult r) {
        List<String> conditions = conditions(r);
        List<String> header = new ArrayList<>(List.of("network"));
        header.addAll(conditions);
        List<List<String>> rows = new ArrayList<>();
        for (SimilarityResult.Network n : r.networks()) {
            List<String> row = new ArrayList<>(List.of(n.name()));
            for (String c : conditions) {
                row.add(n.topology().rows().stream().filter(t -> t.condition().equals(c)).findFirst()
                        .map(Topology.ConditionTopology::cell).orElse("NA"));
            }
            rows.add(row);
        }
        return new TextTable(header, rows);
    }

    /** The conditions searched, in order: those of the first network with a topology, else every condition. */
    public static List<String> conditions(SimilarityResult r) {
        for (SimilarityResult.Network n : r.networks()) {
            if (n.topology().available()) {
                return n.topology().rows().stream().map(Topology.ConditionTopology::condition).toList();
            }
        }
        return java.util.Arrays.stream(InputCondition.values()).map(InputCondition::key).toList();
    }

    private static double meanOver(double[] row, List<String> groups, int self, boolean same) {
        double sum = 0;
        int n = 0;
        for (int j = 0; j < groups.size() - 1; j++) {
            if (j != self && groups.get(j).equals(groups.get(self)) == same && Double.isFinite(row[j])) {
                sum += row[j];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    private static String fixed(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "–";
    }
}
