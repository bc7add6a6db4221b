package org.iblrnn.fitmice.classical;

import java.util.ArrayList;
import java.util.List;

/**
 * A model in which the mouse combines a prior over the stimulus side, built from the history, with noisy sight of the
 * contrast (the observer of IBL's behavior_models and of Findling et al., Nature 2025). Models differ only in the
 * prior π_t = P(right stimulus on trial t | history), which starts at ½ on every session's first trial.
 *
 * <p>The observer sees x ~ N(c, ζ²) for signed contrast c, holds the belief b(x) = P(c &gt; 0 | x) under a
 * N(0, σ₀²) contrast prior (σ₀ = 0.49, IBL's value), and chooses right when b(x) &gt; 1 − π_t. Solving for x gives
 * <pre>
 *   P(right) = γ_L + (1 − γ_L − γ_R)·Φ(z),   z = c/ζ + √(1 + ζ²/σ₀²)·Φ⁻¹(π_t)
 * </pre>
 * with lapses as in {@link LapsedProbit}; π_t is clipped to [10⁻⁷, 1 − 10⁻⁷] as IBL does. Parameters: ζ (sensory
 * noise, contrast units), γ_L, γ_R and, for the kernels, the learning rate α.
 */
public abstract class PriorChoiceModel extends ClassicalModel {

    /** σ₀, the width of the observer's Gaussian prior over signed contrast (IBL behavior_models' value). */
    public static final double CONTRAST_PRIOR_WIDTH = 0.49;
    /** π is kept within [FLOOR, 1 − FLOOR]. */
    static final double FLOOR = 1e-7;

    /** The prior of every trial of one table, for a given θ. */
    interface PriorSequence {

        /** Whether the prior depends on θ (else {@link #fill} is called once). */
        boolean dependsOnTheta();

        /** Writes π_t and, when {@code dPi} is not null, dπ_t/dα (α = θ[3]). */
        void fill(double[] theta, double[] pi, double[] dPi);
    }

    PriorChoiceModel(String name, boolean withRate, int starts) {
        super(name, parameters(withRate), starts);
    }

    private static List<FreeParameter> parameters(boolean withRate) {
        List<FreeParameter> p = new ArrayList<>(List.of(
                new FreeParameter("zeta", FreeParameter.Transform.LOG, 0.1, 0.05, 0.3),
                new FreeParameter("lapse_left", FreeParameter.Transform.HALF_LOGIT, 0.05, 0.02, 0.1),
                new FreeParameter("lapse_right", FreeParameter.Transform.HALF_LOGIT, 0.05, 0.02, 0.1)));
        if (withRate) {
            p.add(new FreeParameter("alpha", FreeParameter.Transform.LOGIT, 0.2, 0.05, 0.5));
        }
        return p;
    }

    /** The prior over the trials of {@code t}. */
    abstract PriorSequence prior(TrialTable t);

    /** √(1 + ζ²/σ₀²), the weight of Φ⁻¹(π) in z. */
    static double priorWeight(double zeta) {
        return Math.sqrt(1.0 + zeta * zeta / (CONTRAST_PRIOR_WIDTH * CONTRAST_PRIOR_WIDTH));
    }

    @Override
    final Likelihood likelihood(TrialTable t) {
        return new PriorLikelihood(t, prior(t), parameters().size() > 3);
    }

    /** Scratch for one table; not thread-safe (each fit and each prediction makes its own). */
    private static final class PriorLikelihood implements Likelihood {

        private final TrialTable t;
        private final PriorSequence prior;
        private final boolean withRate;
        private final double[] pi;
        private final double[] dPi;
        private final double[] q;
        private final double[] dq;
        private final double[] d = new double[3];

        PriorLikelihood(TrialTable t, PriorSequence prior, boolean withRate) {
            this.t = t;
            this.prior = prior;
            this.withRate = withRate;
            int n = t.trials();
            pi = new double[n];
            q = new double[n];
            dPi = withRate ? new double[n] : null;
            dq = withRate ? new double[n] : null;
            if (!prior.dependsOnTheta()) {
                prior.fill(null, pi, null);
                quantiles();
            }
        }

        private void update(double[] theta) {
            if (prior.dependsOnTheta()) {
                prior.fill(theta, pi, dPi);
                quantiles();
            }
        }

        private void quantiles() {
            for (int i = 0; i < pi.length; i++) {
                double p = pi[i];
                boolean clipped = !(p > FLOOR && p < 1.0 - FLOOR);
                double pc = clipped ? Math.min(1.0 - FLOOR, Math.max(FLOOR, p)) : p;
                q[i] = NormalCdf.quantile(pc);
                if (dq != null) {
                    dq[i] = clipped ? 0.0 : dPi[i] / NormalCdf.pdf(q[i]);
                }
            }
        }

        @Override
        public double negLogLikelihood(double[] theta, double[] gradient) {
            update(theta);
            double zeta = theta[0];
            double kappa = priorWeight(zeta);
            double dKappa = zeta / (CONTRAST_PRIOR_WIDTH * CONTRAST_PRIOR_WIDTH * kappa);
            double[] c = t.contrast();
            int[] choice = t.choice();
            double nll = 0.0;
            double gZeta = 0.0;
            double gLeft = 0.0;
            double gRight = 0.0;
            double gAlpha = 0.0;
            for (int i = 0; i < c.length; i++) {
                if (choice[i] == 0) {
                    continue;
                }
                double z = c[i] / zeta + kappa * q[i];
                nll += LapsedProbit.negLogLikelihood(choice[i] > 0, z, theta[1], theta[2], d);
                gZeta += d[0] * (-c[i] / (zeta * zeta) + q[i] * dKappa);
                gLeft += d[1];
                gRight += d[2];
                if (withRate) {
                    gAlpha += d[0] * kappa * dq[i];
                }
            }
            if (gradient != null) {
                gradient[0] = gZeta;
                gradient[1] = gLeft;
                gradient[2] = gRight;
                if (withRate) {
                    gradient[3] = gAlpha;
                }
            }
            return nll;
        }

        @Override
        public double[] pRight(double[] theta) {
            return predict(theta, false);
        }

        @Override
        public double[] pRightAtZeroContrast(double[] theta) {
            return predict(theta, true);
        }

        private double[] predict(double[] theta, boolean zeroContrast) {
            update(theta);
            double kappa = priorWeight(theta[0]);
            double[] c = t.contrast();
            double[] out = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                double z = (zeroContrast ? 0.0 : c[i] / theta[0]) + kappa * q[i];
                out[i] = LapsedProbit.pRight(z, theta[1], theta[2]);
            }
            return out;
        }
    }
}
