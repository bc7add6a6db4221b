package org.iblrnn.fitmice.group;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * Random-effects Bayesian model selection (Stephan, Penny, Daunizeau, Moran &amp; Friston, NeuroImage 2009): each
 * mouse is assumed to use one model, drawn with unknown frequencies r ~ Dirichlet(α₀ = 1), and the log evidence of
 * every model for every mouse is given. The variational posterior over r is Dirichlet(α) with
 * <pre>
 *   g_nk ∝ exp(ln p(y_n | k) + ψ(α_k) − ψ(Σ_j α_j)),   α_k = α₀ + Σ_n g_nk,
 * </pre>
 * iterated from α = α₀ until α changes by less than 10⁻⁹. Unlike summing log evidence over mice (fixed effects), one
 * mouse with an extreme likelihood cannot decide the group's answer. Reported per model: the expected frequency
 * α_k/Σα and the exceedance probability P(r_k &gt; r_j for all j ≠ k): exact for two models (a Beta tail), else by
 * drawing r from the posterior (normalised Gamma(α_k) draws, seeded).
 */
public final class BayesianModelSelection {

    private static final double PRIOR = 1.0;
    private static final double TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 100_000;

    /**
     * @param alpha             posterior Dirichlet parameters
     * @param expectedFrequency α_k / Σα
     * @param exceedance        P(model k is the most frequent)
     * @param iterations        variational updates made
     * @param draws             Dirichlet draws behind the exceedance (0 when exact)
     */
    public record Result(double[] alpha, double[] expectedFrequency, double[] exceedance, int iterations, int draws) {
    }

    private BayesianModelSelection() {
    }

    /**
     * @param logEvidence mice × models
     * @param seed        seed of the exceedance draws
     * @param draws       number of draws (for three models or more)
     */
    public static Result fit(double[][] logEvidence, long seed, int draws) {
        int n = logEvidence.length;
        if (n == 0) {
            throw new IllegalArgumentException("Bayesian model selection needs at least one subject");
        }
        int k = logEvidence[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("Bayesian model selection needs at least two models but got " + k);
        }
        double[] alpha = new double[k];
        java.util.Arrays.fill(alpha, PRIOR);
        double[] g = new double[k];
        int it = 0;
        while (it < MAX_ITERATIONS) {
            it++;
            double total = 0.0;
            for (double a : alpha) {
                total += a;
            }
            double psiTotal = Gamma.digamma(total);
            double[] beta = new double[k];
            for (double[] row : logEvidence) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    g[j] = row[j] + Gamma.digamma(alpha[j]) - psiTotal;
                    max = Math.max(max, g[j]);
                }
                double sum = 0.0;
                for (int j = 0; j < k; j++) {
                    g[j] = Math.exp(g[j] - max);
                    sum += g[j];
                }
                for (int j = 0; j < k; j++) {
                    beta[j] += g[j] / sum;
                }
            }
            double change = 0.0;
            for (int j = 0; j < k; j++) {
                double next = PRIOR + beta[j];
                change = Math.max(change, Math.abs(next - alpha[j]));
                alpha[j] = next;
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        double total = 0.0;
        for (double a : alpha) {
            total += a;
        }
        double[] freq = new double[k];
        for (int j = 0; j < k; j++) {
            freq[j] = alpha[j] / total;
        }
        if (k == 2) {
            // r_1 ~ Beta(α_1, α_2): P(r_1 > ½) = 1 − I_½(α_1, α_2)
            double p1 = 1.0 - Beta.regularizedBeta(0.5, alpha[0], alpha[1]);
            return new Result(alpha, freq, new double[] {p1, 1.0 - p1}, it, 0);
        }
        return new Result(alpha, freq, exceedance(alpha, seed, draws), it, draws);
    }

    /** Fraction of Dirichlet(α) draws in which each model has the largest share. */
    static double[] exceedance(double[] alpha, long seed, int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("exceedance probabilities need at least one draw");
        }
        RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
        int k = alpha.length;
        long[] wins = new long[k];
        for (int d = 0; d < draws; d++) {
            int best = 0;
            double bestValue = -1.0;
            for (int j = 0; j < k; j++) {
                // normalising by the sum does not change which share is largest
                double v = rng.nextGamma(alpha[j], 1.0);
                if (v > bestValue) {
                    bestValue = v;
                    best = j;
                }
            }
            wins[best]++;
        }
        double[] xp = new double[k];
        for (int j = 0; j < k; j++) {
            xp[j] = wins[j] / (double) draws;
        }
        return xp;
    }
}
