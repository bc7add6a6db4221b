package org.iblrnn.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups runs by configuration, ignoring the seed (and the free-text description): runs whose params.json differ
 * only in {@code run.seed} are repeats of one experiment. Labels name only the keys that vary among the compared runs
 * ({@code hidden_size=50}, {@code hidden_size=50 lr=0.001}), as the sweep names its runs.
 */
public final class Grouping {

    private final List<String> varyingKeys;
    private final List<GroupSummary> groups;
    private final List<RunSummary> runs;

    private Grouping(List<String> varyingKeys, List<GroupSummary> groups, List<RunSummary> runs) {
        this.varyingKeys = varyingKeys;
        this.groups = groups;
        this.runs = runs;
    }

    /** Groups {@code runs}; groups are ordered by their varying values (numbers numerically), runs by seed. */
    public static Grouping of(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("compare needs at least one run to group");
        }
        List<String> varying = varyingKeys(runs);
        Comparator<RunSummary> byConfig = (a, b) -> {
            for (String k : varying) {
                int c = compareValues(a.config().get(k), b.config().get(k));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        List<RunSummary> sorted = new ArrayList<>(runs);
        sorted.sort(byConfig.thenComparingLong(RunSummary::seed).thenComparing(RunSummary::name));
        Map<String, List<RunSummary>> members = new LinkedHashMap<>();
        Map<String, String> series = new LinkedHashMap<>();
        for (RunSummary r : sorted) {
            String label = label(r, varying, true);
            members.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
            series.putIfAbsent(label, label(r, varying, false));
        }
        List<GroupSummary> groups = new ArrayList<>();
        members.forEach((label, rs) -> groups.add(GroupSummary.of(label, series.get(label), rs)));
        return new Grouping(varying, List.copyOf(groups), List.copyOf(sorted));
    }

    /** Keys (other than the seed and description) whose values are not the same in every run, in file order. */
    static List<String> varyingKeys(List<RunSummary> runs) {
        Set<String> all = new java.util.LinkedHashSet<>();
        runs.forEach(r -> all.addAll(r.config().keySet()));
        List<String> out = new ArrayList<>();
        for (String k : all) {
            if (k.equals(ParamsTree.SEED_KEY) || k.equals(ParamsTree.DESCRIPTION_KEY)) {
                continue;
            }
            String v0 = runs.get(0).config().get(k);
            if (runs.stream().anyMatch(r -> !Objects.equals(r.config().get(k), v0))) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    private static String label(RunSummary r, List<String> varying, boolean withHiddenSize) {
        Set<String> shortNames = new TreeSet<>();
        Set<String> clashing = new TreeSet<>();
        for (String k : varying) {
            if (!shortNames.add(ParamsTree.shortName(k))) {
                clashing.add(ParamsTree.shortName(k));
            }
        }
        List<String> parts = new ArrayList<>();
        for (String k : varying) {
            if (!withHiddenSize && k.equals(ParamsTree.HIDDEN_SIZE_KEY)) {
                continue;
            }
            String s = ParamsTree.shortName(k);
            parts.add((clashing.contains(s) ? k : s) + "=" + r.config().get(k));
        }
        if (parts.isEmpty()) {
            return withHiddenSize ? r.architecture() + " hidden_size=" + r.hiddenSize() : r.architecture();
        }
        return String.join(" ", parts);
    }

    private static int compareValues(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** The keys that vary among the runs (seed and description excluded). */
    public List<String> varyingKeys() {
        return varyingKeys;
    }

    /** The groups in order. */
    public List<GroupSummary> groups() {
        return groups;
    }

    /** The runs ordered by group, then seed. */
    public List<RunSummary> runs() {
        return runs;
    }

    /** The distinct series labels (configurations without hidden size), in group order. */
    public List<String> series() {
        return groups.stream().map(GroupSummary::series).distinct().toList();
    }
}
