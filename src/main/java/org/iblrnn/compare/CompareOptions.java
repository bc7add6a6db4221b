package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code compare} should do.
 *
 * @param runArgs             run directories or folders of runs, as given
 * @param out                 output directory (created or updated; files replaced atomically)
 * @param analyzeMissing      what to do with runs that lack analyze/metrics.json
 * @param blocks              blocks of the session simulated for runs analysed here (default 200)
 * @param seed                analysis seed for runs analysed here (every run gets the same task stream)
 * @param runsForCurves       run names or directories for the behaviour-curve figures (empty: all runs when at most
 *                            {@link #MAX_RUN_LINES}, else one line per configuration)
 * @param allowDifferentTasks compare runs trained on different tasks instead of refusing
 * @param dpi                 PNG resolution
 * @param similarity          also drive every network through one common session and compare their solutions
 *                            (CKA, SVCCA, MDS, fixed-point topology; see {@code compare.similarity}); takes seconds
 *                            per network
 */
public record CompareOptions(List<Path> runArgs, Path out, AnalyzeMode analyzeMissing, int blocks, long seed,
                             List<String> runsForCurves, boolean allowDifferentTasks, double dpi, boolean similarity) {

    /** Above this many runs, the behaviour curves show configurations instead of runs (unless runs are chosen). */
    public static final int MAX_RUN_LINES = 8;

    public CompareOptions {
        runArgs = List.copyOf(runArgs);
        runsForCurves = List.copyOf(runsForCurves);
        if (blocks < 1) {
            throw new InvalidInputException("--blocks must be >= 1 but was " + blocks);
        }
        if (!(dpi >= 10 && dpi <= 1200)) {
            throw new InvalidInputException("--dpi must be within [10, 1200] but was " + dpi);
        }
        if (out == null) {
            throw new InvalidInputException("compare needs an output directory (--out DIR)");
        }
    }

    /**
     * Defaults: no analysis of missing runs, 200 blocks, seed 1, 300 dpi, curves chosen automatically, no similarity
     * analysis.
     */
    public static CompareOptions defaults(List<Path> runArgs, Path out) {
        return new CompareOptions(runArgs, out, AnalyzeMode.NONE, BehaviourSimulation.DEFAULT_BLOCKS, 1, List.of(),
                false, 300, false);
    }

    public CompareOptions withSimilarity(boolean s) {
        return new CompareOptions(runArgs, out, analyzeMissing, blocks, seed, runsForCurves, allowDifferentTasks, dpi, s);
    }

    public CompareOptions withAnalyzeMissing(AnalyzeMode m, int b) {
        return new CompareOptions(runArgs, out, m, b, seed, runsForCurves, allowDifferentTasks, dpi, similarity);
    }

    public CompareOptions withRunsForCurves(List<String> names) {
        return new CompareOptions(runArgs, out, analyzeMissing, blocks, seed, names, allowDifferentTasks, dpi, similarity);
    }

    public CompareOptions withAllowDifferentTasks(boolean allow) {
        return new CompareOptions(runArgs, out, analyzeMissing, blocks, seed, runsForCurves, allow, dpi, similarity);
    }

    public CompareOptions withSeed(long s) {
        return new CompareOptions(runArgs, out, analyzeMissing, blocks, s, runsForCurves, allowDifferentTasks, dpi, similarity);
    }

    public CompareOptions withDpi(double d) {
        return new CompareOptions(runArgs, out, analyzeMissing, blocks, seed, runsForCurves, allowDifferentTasks, d, similarity);
    }
}
