package org.iblrnn.analysis.psychometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class PsychofitTest {

    // a mouse-like P(right) curve: signed contrast (%), trials, rightward choices
    private static final double[] X = {-100, -25, -12.5, -6.25, 0, 6.25, 12.5, 25, 100};
    private static final double[] N = {40, 50, 60, 70, 80, 70, 60, 50, 40};
    private static final double[] K = {3, 6, 12, 20, 38, 50, 49, 45, 37};

    private static double[] proportions() {
        double[] p = new double[K.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = K[i] / N[i];
        }
        return p;
    }

    /**
     * One fit (no random restarts) against a Python transcription of psychofit's neg_likelihood minimised by
     * {@code scipy.optimize.fmin(nll, [0, 40, .1, .1], args=(x, n, p, parmin, parmax), full_output=True)}
     * (scipy 1.17.1): xopt, fopt = 254.28596025979093, nit = 113, nfev = 207.
     */
    @Test
    void singleFitMatchesScipy() {
        PsychometricFit fit = Psychofit.mleFitPsycho(X, N, proportions(), PsychometricModel.ERF_PSYCHO_2GAMMAS,
                Psychofit.IBL_PARSTART, Psychofit.IBL_PARMIN, Psychofit.IBL_PARMAX, 1, new SplittableRandom(1));
        assertThat(fit.params()).containsExactly(new double[] {0.0021771431649817152, 14.161293798819713,
                0.09442235345983802, 0.08908940582840298}, within(1e-9));
        assertThat(fit.logLikelihood()).isCloseTo(-254.28596025979093, within(1e-9));
        assertThat(fit.optimizer().iterations()).isEqualTo(113);
        assertThat(fit.optimizer().evaluations()).isEqualTo(207);

        PsychometricFit other = Psychofit.mleFitPsycho(X, N, proportions(), PsychometricModel.ERF_PSYCHO_2GAMMAS,
                new double[] {20, 15, .15, .05}, Psychofit.IBL_PARMIN, Psychofit.IBL_PARMAX, 1,
                new SplittableRandom(1));
        assertThat(other.params()).containsExactly(new double[] {0.47662416641497485, 14.07714481616691,
                0.10011757199950902, 0.08455123979142042}, within(1e-9));
        assertThat(other.logLikelihood()).isCloseTo(-254.22623186859144, within(1e-9));
        assertThat(other.optimizer().iterations()).isEqualTo(155);
        assertThat(other.optimizer().evaluations()).isEqualTo(262);
    }

    /** Fit 2 starts at parmin + u·(parmax − parmin); the better of the two fits is kept. */
    @Test
    void restartsDrawFromTheRngAndTheBestFitWins() {
        double[] u = {0.7, 0.125, 0.75, 0.25};
        RandomGenerator scripted = new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return u[next++];
            }
        };
        PsychometricFit two = Psychofit.mleFitPsycho(X, N, proportions(), PsychometricModel.ERF_PSYCHO_2GAMMAS,
                Psychofit.IBL_PARSTART, Psychofit.IBL_PARMIN, Psychofit.IBL_PARMAX, 2, scripted);
        double[] start2 = new double[4];
        for (int k = 0; k < 4; k++) {
            start2[k] = Psychofit.IBL_PARMIN[k] + u[k] * (Psychofit.IBL_PARMAX[k] - Psychofit.IBL_PARMIN[k]);
        }
        PsychometricFit fromStart2 = Psychofit.mleFitPsycho(X, N, proportions(),
                PsychometricModel.ERF_PSYCHO_2GAMMAS, start2, Psychofit.IBL_PARMIN, Psychofit.IBL_PARMAX, 1, null);
        PsychometricFit fromStart1 = Psychofit.mleFitPsycho(X, N, proportions(),
                PsychometricModel.ERF_PSYCHO_2GAMMAS, Psychofit.IBL_PARSTART, Psychofit.IBL_PARMIN,
                Psychofit.IBL_PARMAX, 1, null);
        assertThat(fromStart2.logLikelihood()).isGreaterThan(fromStart1.logLikelihood());
        assertThat(two.params()).containsExactly(fromStart2.params());
        assertThat(two.logLikelihood()).isEqualTo(fromStart2.logLikelihood());
    }

    @Test
    void negLogLikelihoodPenaltyAndClamps() {
        double[] lo = {-1, 0, 0};
        double[] hi = {1, 10, 0.4};
        double[] x = {100};
        double[] n = {2};
        double[] half = {0.5};
        assertThat(Psychofit.negLogLikelihood(new double[] {0, 1, 0.5}, x, n, half, PsychometricModel.ERF_PSYCHO,
                lo, hi)).isEqualTo(Psychofit.PENALTY);
        assertThat(Psychofit.negLogLikelihood(new double[] {-1.5, 1, 0.1}, x, n, half, PsychometricModel.ERF_PSYCHO,
                lo, hi)).isEqualTo(Psychofit.PENALTY);
        // erf(100) == 1 exactly, so F == 1 and is replaced by 1 − eps
        double clamped = -2 * (0.5 * Math.log(1 - Math.ulp(1.0)) + 0.5 * Math.log(Math.ulp(1.0)));
        assertThat(Psychofit.negLogLikelihood(new double[] {0, 1, 0}, x, n, half, PsychometricModel.ERF_PSYCHO,
                lo, hi)).isEqualTo(clamped).isCloseTo(36.04365338911715, within(1e-12));
        // and F == 0 by eps
        assertThat(Psychofit.negLogLikelihood(new double[] {0, 1, 0}, new double[] {-100}, n, half,
                PsychometricModel.ERF_PSYCHO, lo, hi)).isEqualTo(clamped);
    }

    /**
     * Large synthetic binomial data from known parameters: the MLE must lie within 5 standard errors, the
     * standard errors coming from the inverse Fisher information I = Σ n F'F'ᵀ / (F(1 − F)) at the truth.
     */
    @Test
    void recoversKnownParametersWithinFiveStandardErrors() {
        double[] truth = {-4, 18, 0.06, 0.12};
        double[] x = {-100, -50, -25, -12.5, -6.25, 0, 6.25, 12.5, 25, 50, 100};
        int trialsPerLevel = 20_000;
        double[] n = new double[x.length];
        double[] p = new double[x.length];
        SplittableRandom data = new SplittableRandom(20200501L);
        for (int i = 0; i < x.length; i++) {
            double f = PsychometricModel.ERF_PSYCHO_2GAMMAS.value(truth, x[i]);
            int k = 0;
            for (int t = 0; t < trialsPerLevel; t++) {
                k += data.nextDouble() < f ? 1 : 0;
            }
            n[i] = trialsPerLevel;
            p[i] = (double) k / trialsPerLevel;
        }
        PsychometricFit fit = Psychofit.iblFit(x, n, p, new SplittableRandom(7));
        double[] se = standardErrors(PsychometricModel.ERF_PSYCHO_2GAMMAS, truth, x, n);
        for (int k = 0; k < truth.length; k++) {
            assertThat(fit.params()[k]).as("parameter %d (se %s)", k, se[k])
                    .isCloseTo(truth[k], within(5 * se[k]));
        }
        assertThat(se[0]).isLessThan(1.0); // the check is informative: bias known to better than 1 %
    }

    @Test
    void defaultsFitAThreeParameterModelAndNanLevelsAreDropped() {
        double[] truth = {0.3, 2.5, 0.1};
        double[] x = {0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0, 0.5};
        double[] n = new double[x.length];
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            n[i] = 1000;
            p[i] = PsychometricModel.ERF_PSYCHO.value(truth, x[i]);
        }
        p[8] = Double.NaN;
        PsychometricFit fit = Psychofit.mleFitPsycho(x, n, p, PsychometricModel.ERF_PSYCHO, new SplittableRandom(3));
        // noise-free proportions: the optimum is the truth itself (up to the simplex tolerance)
        assertThat(fit.params()).containsExactly(truth, within(2e-3));
        assertThat(Double.isFinite(fit.logLikelihood())).isTrue();
    }

    @Test
    void sameSeedSameFit() {
        PsychometricFit a = Psychofit.iblFit(X, N, proportions(), new SplittableRandom(11));
        PsychometricFit b = Psychofit.iblFit(X, N, proportions(), new SplittableRandom(11));
        assertThat(a.params()).containsExactly(b.params());
        assertThat(a.logLikelihood()).isGreaterThanOrEqualTo(-254.22623186859144 - 1e-9);
    }

    @Test
    void preconditions() {
        assertThatThrownBy(() -> Psychofit.mleFitPsycho(X, new double[2], proportions(),
                PsychometricModel.ERF_PSYCHO, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> Psychofit.mleFitPsycho(X, N, proportions(), PsychometricModel.ERF_PSYCHO_2GAMMAS,
                new double[] {0, 1, 0}, null, null, 1, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parstart must have 4");
        assertThatThrownBy(() -> Psychofit.mleFitPsycho(X, N, proportions(), PsychometricModel.ERF_PSYCHO,
                null, null, null, 0, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nfits");
    }

    private static double[] standardErrors(PsychometricModel model, double[] theta, double[] x, double[] n) {
        int np = theta.length;
        RealMatrix info = MatrixUtils.createRealMatrix(np, np);
        for (int i = 0; i < x.length; i++) {
            double f = model.value(theta, x[i]);
            double[] grad = new double[np];
            for (int k = 0; k < np; k++) {
                double h = 1e-6 * Math.max(1, Math.abs(theta[k]));
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[k] += h;
                down[k] -= h;
                grad[k] = (model.value(up, x[i]) - model.value(down, x[i])) / (2 * h);
            }
            for (int a = 0; a < np; a++) {
                for (int b = 0; b < np; b++) {
                    info.addToEntry(a, b, n[i] * grad[a] * grad[b] / (f * (1 - f)));
                }
            }
        }
        RealMatrix cov = MatrixUtils.inverse(info);
        double[] se = new double[np];
        for (int k = 0; k < np; k++) {
            se[k] = Math.sqrt(cov.getEntry(k, k));
        }
        return se;
    }
}
