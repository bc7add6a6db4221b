package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configurations of a sweep: the cartesian product of the {@code --grid} axes and the seeds.
 *
 * <p>Order (stable, documented because the SLURM array index is the position): the first axis varies slowest, the
 * seeds (the last axis) fastest; values in the order given. {@code --grid h=2,50 --seeds 1-2} gives
 * {@code h=2 seed=1}, {@code h=2 seed=2}, {@code h=50 seed=1}, {@code h=50 seed=2}.
 *
 * <p>Directory names: {@code <label>=<value>} joined by {@code _}, e.g. {@code hidden_size=50_seed=3}. The label is the
 * key's last segment, or the whole dotted key when two axes share a last segment. Values are made safe for file
 * systems and shells: brackets, quotes and spaces are dropped, commas become {@code -}, any other character outside
 * {@code [A-Za-z0-9._+-]} becomes {@code _}. Two configurations whose names collide are an error.
 */
public final class SweepGrid {

    private static final int MAX_DIR_NAME = 200;

    private final List<GridAxis> axes;

    /**
     * @param gridAxes the {@code --grid} axes in the order given
     * @param seeds    the {@code --seeds} values, or empty when the sweep does not vary the seed this way
     */
    public SweepGrid(List<GridAxis> gridAxes, List<Long> seeds) {
        List<GridAxis> all = new ArrayList<>(gridAxes);
        if (!seeds.isEmpty()) {
            all.add(new GridAxis(SeedList.SEED_KEY, seeds.stream().map(String::valueOf).toList()));
        }
        Set<String> keys = new HashSet<>();
        for (GridAxis a : all) {
            if (!keys.add(a.key())) {
                throw new InvalidInputException("--grid " + a.key() + " is given twice"
                        + (a.key().equals(SeedList.SEED_KEY) ? " (as --grid run.seed and --seeds: use one)" : " (list all its values in one --grid)"));
            }
        }
        if (all.isEmpty()) {
            throw new InvalidInputException("a sweep needs at least one --grid KEY=V1,V2,... or --seeds");
        }
        this.axes = List.copyOf(all);
    }

    public List<GridAxis> axes() {
        return axes;
    }

    /** The number of configurations (product of the axes' sizes). */
    public int size() {
        long n = 1;
        for (GridAxis a : axes) {
            n *= a.values().size();
            if (n > 1_000_000) {
                throw new InvalidInputException("the grid has more than 1000000 configurations (split the sweep)");
            }
        }
        return (int) n;
    }

    /** All configurations in expansion order. */
    public List<SweepPoint> points() {
        int n = size();
        List<String> labels = labels();
        List<SweepPoint> out = new ArrayList<>(n);
        Map<String, Integer> byName = new HashMap<>();
        for (int index = 0; index < n; index++) {
            int rest = index;
            String[] chosen = new String[axes.size()];
            for (int a = axes.size() - 1; a >= 0; a--) {
                List<String> values = axes.get(a).values();
                chosen[a] = values.get(rest % values.size());
                rest /= values.size();
            }
            List<String> overrides = new ArrayList<>();
            StringBuilder name = new StringBuilder();
            for (int a = 0; a < axes.size(); a++) {
                overrides.add(axes.get(a).key() + "=" + chosen[a]);
                if (a > 0) {
                    name.append('_');
                }
                name.append(labels.get(a)).append('=').append(safeValue(chosen[a]));
            }
            String dirName = name.toString();
            if (dirName.length() > MAX_DIR_NAME) {
                throw new InvalidInputException("run directory name '" + dirName.substring(0, 60) + "...' is longer than "
                        + MAX_DIR_NAME + " characters (use shorter grid values or fewer axes)");
            }
            Integer clash = byName.putIfAbsent(dirName, index);
            if (clash != null) {
                throw new InvalidInputException("configurations " + out.get(clash).overrides() + " and " + overrides
                        + " both map to the run directory name '" + dirName + "' (make the grid values differ in"
                        + " letters, digits, '.', '+' or '-')");
            }
            out.add(new SweepPoint(index, overrides, dirName));
        }
        return out;
    }

    private List<String> labels() {
        Map<String, Integer> count = new HashMap<>();
        axes.forEach(a -> count.merge(a.shortKey(), 1, Integer::sum));
        return axes.stream().map(a -> count.get(a.shortKey()) > 1 ? a.key() : a.shortKey()).toList();
    }

    /** A value as it appears in a directory name (see the class comment). */
    static String safeValue(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\'' || Character.isWhitespace(c)) {
                continue;
            }
            if (c == ',') {
                sb.append('-');
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '+' || c == '-') {
                sb.append(c);
            } else {
                sb.append('_');
            }
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }
}
