package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.iblrnn.train.RunDirectory;

/**
 * Turns compare's RUN_DIR arguments into run directories. A run directory holds params.json. A directory without
 * one is searched (up to {@link #MAX_DEPTH} levels, skipping {@code analyze/}) for run directories, so {@code
 * compare runs/sweep-hidden_size-seed} and {@code compare runs} work as well as {@code compare runs/*}; compare's own
 * output directories are skipped.
 */
public final class RunDirs {

    /** Levels below an argument searched for runs: runs/sweep-x/hidden_size=50_seed=3 is two. */
    public static final int MAX_DEPTH = 3;
    /** The file that marks a compare output directory. */
    public static final String COMPARE_MARKER = "compare_runs.csv";

    private RunDirs() {
    }

    /** The run directories named by {@code args}, in argument order then by path, without duplicates. */
    public static List<Path> expand(List<Path> args) {
        if (args.isEmpty()) {
            throw new InvalidInputException("compare needs at least one RUN_DIR (a run directory or a folder of runs,"
                    + " e.g. runs/sweep-hidden_size-seed)");
        }
        Set<Path> out = new LinkedHashSet<>();
        for (Path a : args) {
            Path p = a.toAbsolutePath().normalize();
            if (!Files.exists(p)) {
                throw new InvalidInputException("RUN_DIR " + a + " does not exist (give run directories printed by"
                        + " 'ibl-rnn train', or a folder of runs)");
            }
            if (isCompareOutput(p)) {
                continue;
            }
            if (!Files.isDirectory(p)) {
                throw new InvalidInputException("RUN_DIR " + a + " is a file, not a run directory (give run"
                        + " directories, or a folder of runs)");
            }
            if (isRun(p)) {
                out.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            search(p, 1, found);
            if (found.isEmpty()) {
                throw new InvalidInputException("RUN_DIR " + a + " is not a run directory (no " + RunDirectory.PARAMS_FILE
                        + ") and holds none within " + MAX_DEPTH + " levels");
            }
            found.sort(null);
            out.addAll(found);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("compare found no run directory in " + args
                    + " (only compare output directories)");
        }
        return List.copyOf(out);
    }

    static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RunDirectory.PARAMS_FILE));
    }

    static boolean isCompareOutput(Path dir) {
        return Files.isRegularFile(dir.resolve(COMPARE_MARKER));
    }

    private static void search(Path dir, int depth, List<Path> found) {
        if (depth > MAX_DEPTH) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path c : s.filter(Files::isDirectory).sorted().toList()) {
                String n = c.getFileName().toString();
                if (n.equals("analyze") || n.startsWith(".") || isCompareOutput(c)) {
                    continue;
                }
                if (isRun(c)) {
                    found.add(c);
                } else {
                    search(c, depth + 1, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Short names for the runs: the directory name, or the last two (three, ...) path segments where names collide.
     */
    public static List<String> shortNames(List<Path> dirs) {
        for (int segments = 1; ; segments++) {
            List<String> names = new ArrayList<>();
            boolean unique = true;
            Set<String> seen = new java.util.HashSet<>();
            boolean exhausted = true;
            for (Path d : dirs) {
                int n = d.getNameCount();
                int from = Math.max(0, n - segments);
                exhausted &= from == 0;
                String name = d.subpath(from, n).toString().replace('\\', '/');
                names.add(name);
                unique &= seen.add(name);
            }
            if (unique || exhausted) {
                return names;
            }
        }
    }
}
