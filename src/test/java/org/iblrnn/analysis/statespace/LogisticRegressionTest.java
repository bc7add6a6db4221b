package org.iblrnn.analysis.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static double sigma(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    @Test
    void oneDimensionalFitMatchesTheRootOfTheScoreFoundByBisection() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 500;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
            y[i] = rng.nextDouble() < sigma(1.3 * x[i]) ? 1 : 0;
        }
        int[] rows = IntStream.range(0, n).toArray();
        LogisticFit fit = LogisticRegression.fit(x, 1, y, rows);
        // independent: the score Σ x (y − σ(βx)) is decreasing in β; bisect its root
        double lo = -20;
        double hi = 20;
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            double score = 0;
            for (int i = 0; i < n; i++) {
                score += x[i] * (y[i] - sigma(mid * x[i]));
            }
            if (score > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertThat(fit.converged()).isTrue();
        assertThat(fit.coefficients()[0]).isCloseTo(0.5 * (lo + hi), within(1e-9));
        assertThat(fit.maxGradient()).isLessThan(1e-8);
    }

    @Test
    void twoDimensionalFitRecoversTheTrueCoefficientsWithinFiveStandardErrors() {
        SplittableRandom rng = new SplittableRandom(12);
        int n = 20000;
        double[] beta = {0.8, -1.5};
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rng.nextGaussian();
            x[2 * i + 1] = rng.nextGaussian();
            y[i] = rng.nextDouble() < sigma(beta[0] * x[2 * i] + beta[1] * x[2 * i + 1]) ? 1 : 0;
        }
        LogisticFit fit = LogisticRegression.fit(x, 2, y, IntStream.range(0, n).toArray());
        // Fisher information per coefficient ≈ n E[x² σ(1−σ)]; evaluate at the truth
        double[] info = new double[2];
        for (int i = 0; i < n; i++) {
            double p = sigma(beta[0] * x[2 * i] + beta[1] * x[2 * i + 1]);
            info[0] += x[2 * i] * x[2 * i] * p * (1 - p);
            info[1] += x[2 * i + 1] * x[2 * i + 1] * p * (1 - p);
        }
        assertThat(fit.converged()).isTrue();
        assertThat(fit.iterations()).isLessThanOrEqualTo(LogisticRegression.DEFAULT_MAX_ITERATIONS);
        assertThat(fit.coefficients()[0]).isCloseTo(beta[0], within(5 / Math.sqrt(info[0])));
        assertThat(fit.coefficients()[1]).isCloseTo(beta[1], within(5 / Math.sqrt(info[1])));
        // the optimum: perturbing β lowers the training log-likelihood
        double base = fit.logLikelihood();
        for (double[] d : new double[][]{{1e-3, 0}, {-1e-3, 0}, {0, 1e-3}, {0, -1e-3}}) {
            double ll = 0;
            for (int i = 0; i < n; i++) {
                double p = sigma((fit.coefficients()[0] + d[0]) * x[2 * i] + (fit.coefficients()[1] + d[1]) * x[2 * i + 1]);
                ll += y[i] > 0.5 ? Math.log(p) : Math.log(1 - p);
            }
            assertThat(ll).isLessThan(base);
        }
    }

    @Test
    void fitsOnlyTheSelectedRows() {
        double[] x = {1, 1, -1, -1, 5};
        double[] y = {1, 0, 0, 1, 1};
        // rows 0..3 are balanced: the MLE of β is 0; row 4 would pull it positive
        LogisticFit fit = LogisticRegression.fit(x, 1, y, new int[]{0, 1, 2, 3});
        assertThat(fit.coefficients()[0]).isCloseTo(0.0, within(1e-12));
        assertThat(fit.trainingRows()).isEqualTo(4);
    }

    @Test
    void splitIsSeededAndSizedLikeScikitLearn() {
        TrainTestSplit a = TrainTestSplit.of(100, 0.33, new SplittableRandom(5));
        TrainTestSplit b = TrainTestSplit.of(100, 0.33, new SplittableRandom(5));
        assertThat(a.test()).hasSize(33).isEqualTo(b.test());
        assertThat(a.train()).hasSize(67);
        assertThat(IntStream.concat(IntStream.of(a.train()), IntStream.of(a.test())).sorted().toArray())
                .isEqualTo(IntStream.range(0, 100).toArray());
    }
}
