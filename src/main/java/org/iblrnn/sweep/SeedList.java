package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --seeds} option: the values {@code run.seed} takes in a sweep. Accepts ranges and lists and mixtures
 * ({@code 1-10}, {@code 1,3,5}, {@code 1-3,7}); the order given is kept, repeated seeds are an error.
 */
public final class SeedList {

    /** The key the seeds are written to. */
    public static final String SEED_KEY = "run.seed";
    private static final int MAX_SEEDS = 100_000;

    private SeedList() {
    }

    public static List<Long> parse(String option) {
        String text = option == null ? "" : option.trim();
        if (text.isEmpty()) {
            throw new InvalidInputException("--seeds is empty (give e.g. 1-10 or 1,3,5)");
        }
        Set<Long> seeds = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            int dash = p.indexOf('-', 1);
            try {
                if (dash > 0) {
                    long from = Long.parseLong(p.substring(0, dash).trim());
                    long to = Long.parseLong(p.substring(dash + 1).trim());
                    if (to < from) {
                        throw new InvalidInputException("--seeds " + option + ": range '" + p
                                + "' runs backwards (write it as " + to + "-" + from + ")");
                    }
                    if (to - from >= MAX_SEEDS) {
                        throw new InvalidInputException("--seeds " + option + ": range '" + p + "' has more than "
                                + MAX_SEEDS + " seeds (split the sweep)");
                    }
                    for (long s = from; s <= to; s++) {
                        add(seeds, s, option);
                    }
                } else {
                    add(seeds, Long.parseLong(p), option);
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--seeds " + option + ": '" + p + "' is not a seed or a range"
                        + " (give e.g. 1-10 or 1,3,5)", e);
            }
        }
        return List.copyOf(new ArrayList<>(seeds));
    }

    private static void add(Set<Long> seeds, long seed, String option) {
        if (!seeds.add(seed)) {
            throw new InvalidInputException("--seeds " + option + ": seed " + seed + " is given twice (each seed once)");
        }
    }
}
