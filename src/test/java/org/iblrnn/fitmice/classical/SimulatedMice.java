package org.iblrnn.fitmice.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.special.Erf;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.fitmice.SyntheticTask;

/**
 * Mice that choose exactly as a classical model says, written out independently of the models' likelihood code
 * (only the block observer's prior is shared, and it has its own hand-checked test).
 */
final class SimulatedMice {

    static final double NO_RESPONSE = 0.01;

    private SimulatedMice() {
    }

    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    static double priorModelPRight(double c, double prior, double zeta, double lapseLeft, double lapseRight) {
        double kappa = Math.sqrt(1 + zeta * zeta / (0.49 * 0.49));
        double z = c / zeta + kappa * Math.sqrt(2.0) * Erf.erfInv(2.0 * prior - 1.0);
        return lapseLeft + (1 - lapseLeft - lapseRight) * phi(z);
    }

    static int draw(double pRight, SplittableRandom rng) {
        if (rng.nextDouble() < NO_RESPONSE) {
            return 0;
        }
        return rng.nextDouble() < pRight ? 1 : -1;
    }

    /** θ = (μ, σ, γ_L, γ_R). */
    static SyntheticTask.Mouse psychometric(double[] theta) {
        return new SyntheticTask.Mouse() {
            @Override
            public int choose(double c, SplittableRandom rng) {
                return draw(theta[2] + (1 - theta[2] - theta[3]) * phi((c - theta[0]) / theta[1]), rng);
            }

            @Override
            public void observe(int choice, int side) {
            }
        };
    }

    /** θ = (ζ, γ_L, γ_R, α); averages choices ({@code actions}) or stimulus sides. */
    static SyntheticTask.Mouse kernel(double[] theta, boolean actions) {
        return new SyntheticTask.Mouse() {
            private double prior = 0.5;

            @Override
            public int choose(double c, SplittableRandom rng) {
                return draw(priorModelPRight(c, prior, theta[0], theta[1], theta[2]), rng);
            }

            @Override
            public void observe(int choice, int side) {
                int e = actions ? choice : side;
                if (e != 0) {
                    prior += theta[3] * ((e > 0 ? 1 : 0) - prior);
                }
            }
        };
    }

    /** θ = (ζ, γ_L, γ_R): the stimuli of {@code sessions} with choices redrawn from the Bayes-optimal prior. */
    static List<ChoiceSession> bayesOptimal(List<ChoiceSession> sessions, double[] theta, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ChoiceSession> out = new ArrayList<>();
        for (ChoiceSession s : sessions) {
            int n = s.trials();
            int prefix = 0;
            while (prefix < n && s.stimProbabilityLeft()[prefix] == 0.5) {
                prefix++;
            }
            double[] prior = new double[n];
            BlockObserver.priorRight(s.stimulusSide(), 0, n, prefix, prior);
            int[] choice = new int[n];
            int[] rewarded = new int[n];
            for (int t = 0; t < n; t++) {
                choice[t] = draw(priorModelPRight(s.signedContrast()[t], prior[t], theta[0], theta[1], theta[2]), rng);
                rewarded[t] = choice[t] == s.stimulusSide()[t] ? 1 : 0;
            }
            out.add(new ChoiceSession(s.sessionNum(), s.signedContrast(), s.stimulusSide(), choice, rewarded,
                    s.stimProbabilityLeft()));
        }
        return out;
    }
}
