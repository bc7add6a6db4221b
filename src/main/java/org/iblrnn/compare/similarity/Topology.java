package org.iblrnn.compare.similarity;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.fixedpoint.ConditionFixedPoints;
import org.iblrnn.analysis.fixedpoint.FixedPoint;
import org.iblrnn.analysis.fixedpoint.FixedPointResults;

/**
 * A network's fixed-point topology per constant input condition, in counts that can be compared across networks:
 * stable points (spectral radius &lt; 1), saddles (exactly one eigenvalue outside the unit circle), other unstable
 * points, and line-attractor-like slow directions: eigenvalues of a stable point's Jacobian with
 * 1 − {@link #SLOW_MARGIN} ≤ |λ| &lt; 1 (a mode that decays by less than 5 % per step, i.e. with a time constant of
 * at least about 20 steps, several trials). A line attractor has one such direction at every point along it; two
 * stable points joined by a saddle with one slow direction each form the paper's block-memory circuit.
 *
 * <p>When the search is unavailable for a network (e.g. an architecture the fixed-point code does not handle) every
 * condition is {@link Status#UNAVAILABLE} with the reason, and the counts are −1.
 *
 * @param status the search ran, or why not
 * @param reason why the search is unavailable (empty when it ran)
 * @param rows   one per condition, in search order (empty when unavailable)
 */
public record Topology(Status status, String reason, List<ConditionTopology> rows) {

    /** |λ| within this distance below 1 counts as a slow direction. */
    public static final double SLOW_MARGIN = 0.05;

    /** Whether the fixed-point search ran. */
    public enum Status { OK, UNAVAILABLE }

    public Topology {
        rows = List.copyOf(rows);
    }

    /**
     * One condition's counts.
     *
     * @param condition          the condition's key (e.g. equal_stimulus)
     * @param fixedPoints        de-duplicated fixed points
     * @param stable             those with spectral radius &lt; 1
     * @param saddles            unstable ones with exactly one eigenvalue of modulus &gt; 1
     * @param otherUnstable      the remaining ones (two or more unstable directions, or marginal)
     * @param slowDirections     the most slow directions at any one stable point (0 without stable points)
     * @param slowestStableModulus the largest spectral radius among stable points (NaN without stable points):
     *                           how slowly the slowest attracting mode decays
     */
    public record ConditionTopology(String condition, int fixedPoints, int stable, int saddles, int otherUnstable,
                                    int slowDirections, double slowestStableModulus) {

        /**
         * Compact cell text: stable · saddles · other unstable, then after a bar the slow directions and, in
         * brackets, the slowest stable modulus, e.g. "2·1·0 | 1 (0.97)".
         */
        public String cell() {
            return stable + "·" + saddles + "·" + otherUnstable + " | " + slowDirections
                    + (Double.isFinite(slowestStableModulus)
                    ? String.format(java.util.Locale.ROOT, " (%.2f)", slowestStableModulus) : "");
        }
    }

    /** Summarises a finished search. */
    public static Topology of(FixedPointResults results) {
        List<ConditionTopology> rows = new ArrayList<>();
        for (ConditionFixedPoints c : results.conditions()) {
            rows.add(of(c.condition().key(), c.fixedPoints()));
        }
        return new Topology(Status.OK, "", rows);
    }

    /** Summarises one condition's fixed points. */
    public static ConditionTopology of(String condition, List<FixedPoint> points) {
        int stable = 0;
        int saddles = 0;
        int other = 0;
        int slowMax = 0;
        double slowest = Double.NaN;
        for (FixedPoint p : points) {
            if (p.stable()) {
                stable++;
                slowMax = Math.max(slowMax, slowDirections(p));
                slowest = Double.isNaN(slowest) ? p.spectralRadius() : Math.max(slowest, p.spectralRadius());
            } else if (p.unstableDimensions() == 1) {
                saddles++;
            } else {
                other++;
            }
        }
        return new ConditionTopology(condition, points.size(), stable, saddles, other, slowMax, slowest);
    }

    /** Eigenvalues of {@code p} with 1 − {@link #SLOW_MARGIN} ≤ |λ| &lt; 1. */
    static int slowDirections(FixedPoint p) {
        int n = 0;
        for (int i = 0; i < p.eigenReal().length; i++) {
            double mod = Math.hypot(p.eigenReal()[i], p.eigenImag()[i]);
            if (mod >= 1 - SLOW_MARGIN && mod < 1) {
                n++;
            }
        }
        return n;
    }

    /** The search could not run; {@code reason} says why (one line). */
    public static Topology unavailable(String reason) {
        return new Topology(Status.UNAVAILABLE, reason.lines().findFirst().orElse("unknown").strip(), List.of());
    }

    public boolean available() {
        return status == Status.OK;
    }
}
