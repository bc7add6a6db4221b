package org.iblrnn.task;

import java.util.SplittableRandom;

/**
 * Deterministic random streams derived from a run's seed, so that results never depend on thread count or on
 * the order in which sessions happen to be generated.
 *
 * <p>Each stream's seed is a chain of SplitMix64 finalisers over the inputs, each input entering after its own
 * domain constant; the resulting 64-bit value seeds a fresh {@link SplittableRandom}. Session {@code i} of gradient
 * step {@code g} therefore draws the same numbers whether the batch runs on one thread or eight.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long SESSION_DOMAIN = 0x5E55_10A5_D0_0D_5EEDL;
    private static final long ANALYSIS_DOMAIN = 0xA7A1_7515_BEEF_CAFEL;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private Seeds() {
    }

    /**
     * The stream for one session of one gradient step.
     *
     * @param runSeed      the run's seed ({@code run.seed} of params.json)
     * @param gradStep     the gradient step (or any other outer counter)
     * @param sessionIndex the session's index within the step's batch
     * @return a fresh generator; equal triples give identical streams
     */
    public static SplittableRandom forSession(long runSeed, long gradStep, int sessionIndex) {
        long h = mix64(runSeed ^ SESSION_DOMAIN);
        h = mix64(h + GOLDEN_GAMMA + mix64(gradStep + GOLDEN_GAMMA));
        h = mix64(h + GOLDEN_GAMMA + mix64(sessionIndex + 2 * GOLDEN_GAMMA));
        return new SplittableRandom(h);
    }

    /**
     * A named stream for an analysis (e.g. "pca-split", "vector-field-subsample"), independent of every other
     * name and of the training streams.
     *
     * @param seed    the run's seed
     * @param purpose a stable name of what the stream is for (not null)
     * @return a fresh generator; equal (seed, purpose) give identical streams
     */
    public static SplittableRandom forAnalysis(long seed, String purpose) {
        if (purpose == null) {
            throw new IllegalArgumentException("Seeds.forAnalysis: purpose is null; pass a stable stream name");
        }
        long fnv = FNV_OFFSET;
        for (int i = 0; i < purpose.length(); i++) {
            fnv = (fnv ^ purpose.charAt(i)) * FNV_PRIME;
        }
        long h = mix64(seed ^ ANALYSIS_DOMAIN);
        h = mix64(h + GOLDEN_GAMMA + mix64(fnv + purpose.length()));
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser (Stafford's variant 13): a bijection on 64-bit values with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
