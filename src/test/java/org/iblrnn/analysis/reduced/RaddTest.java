package org.iblrnn.analysis.reduced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

class RaddTest {

    private static final double[][] A = {{0.54, 0.31}, {0.19, 0.84}};
    private static final double[][] B = {{-0.19, 0.20, 0.005}, {-0.04, 0.04, 0.021}};
    private static final double[] C = {0.03, -0.02};

    /** Task-like inputs: blank steps (zeros) and noisy observation steps, feedback from a coin. */
    private static double[][] inputs(int n, SplittableRandom rng) {
        double[][] u = new double[n][3];
        for (int t = 0; t < n; t++) {
            boolean blank = t % 4 < 2;
            double mu = (rng.nextBoolean() ? 1 : -1) * rng.nextInt(6) * 0.5;
            u[t][0] = blank ? 0 : Math.max(0, -mu) + rng.nextGaussian();
            u[t][1] = blank ? 0 : Math.max(0, mu) + rng.nextGaussian();
            u[t][2] = t % 4 == 0 ? (rng.nextDouble() < 0.8 ? 1 : -1) : (blank ? 0 : -0.05);
        }
        return u;
    }

    /** States of the model tanh(A z + B u + c) (normalised units), with optional pre-activation noise. */
    private static double[][] states(double[][] u, double noise, SplittableRandom rng) {
        RaddFit truth = new RaddFit(A, B, C, Double.NaN, 1.0, 0, 0);
        double[][] z = new double[u.length][2];
        double[] s = new double[2];
        for (int t = 0; t < u.length; t++) {
            double p0 = C[0] + A[0][0] * s[0] + A[0][1] * s[1] + B[0][0] * u[t][0] + B[0][1] * u[t][1] + B[0][2] * u[t][2];
            double p1 = C[1] + A[1][0] * s[0] + A[1][1] * s[1] + B[1][0] * u[t][0] + B[1][1] * u[t][1] + B[1][2] * u[t][2];
            s[0] = Math.tanh(p0 + noise * rng.nextGaussian());
            s[1] = Math.tanh(p1 + noise * rng.nextGaussian());
            z[t] = s.clone();
        }
        assertThat(truth.a()).isDeepEqualTo(A);
        return z;
    }

    @Test
    void recoversKnownParametersExactlyFromNoiselessData() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][] u = inputs(3000, rng);
        double[][] zn = states(u, 0.0, rng);
        double k = 2.7; // the task-aligned units: z = K · (normalised state)
        double[][] z = new double[zn.length][];
        for (int t = 0; t < z.length; t++) {
            z[t] = new double[]{k * zn[t][0], k * zn[t][1]};
        }
        RaddFit fit = Radd.fit(z, u, k, new SplittableRandom(3));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(fit.a()[i][j]).isCloseTo(A[i][j], within(1e-9));
            }
            for (int j = 0; j < 3; j++) {
                assertThat(fit.b()[i][j]).isCloseTo(B[i][j], within(1e-9));
            }
            assertThat(fit.c()[i]).isCloseTo(C[i], within(1e-9));
        }
        assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-12));
        assertThat(fit.testRows()).isEqualTo((int) Math.ceil(0.33 * 3000));
        assertThat(fit.trainRows() + fit.testRows()).isEqualTo(3000);
        // teacher-forced simulation reproduces the trajectory in the original units
        double[][] sim = Radd.simulate(fit, u);
        for (int t = 0; t < z.length; t++) {
            assertThat(sim[t][0]).isCloseTo(z[t][0], within(1e-7));
            assertThat(sim[t][1]).isCloseTo(z[t][1], within(1e-7));
        }
    }

    @Test
    void recoversParametersWithinStandardErrorsFromNoisyData() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 20000;
        double sigma = 0.05;
        double[][] u = inputs(n, rng);
        double[][] z = states(u, sigma, rng);
        RaddFit fit = Radd.fit(z, u, 1.0, new SplittableRandom(8));
        // OLS SE of a coefficient ≈ σ / (√n_train · sd(regressor)); regressor sds here are ≥ ~0.2
        double tol = 5 * sigma / (Math.sqrt(fit.trainRows()) * 0.2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(fit.a()[i][j]).as("A[%d][%d]", i, j).isCloseTo(A[i][j], within(tol));
            }
            for (int j = 0; j < 3; j++) {
                assertThat(fit.b()[i][j]).as("B[%d][%d]", i, j).isCloseTo(B[i][j], within(tol));
            }
        }
        assertThat(fit.rSquared()).isBetween(0.5, 1.0);
    }

    @Test
    void defaultNormaliserIsOnePointZeroOneTimesTheLargestCoordinate() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] u = inputs(500, rng);
        double[][] z = states(u, 0.1, rng);
        double max = 0;
        for (double[] r : z) {
            max = Math.max(max, Math.max(Math.abs(r[0]), Math.abs(r[1])));
        }
        assertThat(Radd.fit(z, u, new SplittableRandom(1)).normaliser()).isEqualTo(1.01 * max);
        double atMax = max;
        assertThatThrownBy(() -> Radd.fit(z, u, atMax, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normaliser");
    }

    @Test
    void splitIsDeterministicInTheSeed() {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] u = inputs(800, rng);
        double[][] z = states(u, 0.2, rng);
        RaddFit a = Radd.fit(z, u, new SplittableRandom(9));
        RaddFit b = Radd.fit(z, u, new SplittableRandom(9));
        RaddFit c = Radd.fit(z, u, new SplittableRandom(10));
        assertThat(a.a()).isDeepEqualTo(b.a());
        assertThat(a.rSquared()).isEqualTo(b.rSquared());
        assertThat(a.rSquared()).isNotEqualTo(c.rSquared());
    }

    @Test
    void raddNetworkStepsLikeTheFit() {
        RaddFit fit = new RaddFit(A, B, C, 1.0, 3.0, 0, 0);
        RecurrentNetwork net = RaddNetwork.of(fit, 4.0);
        double[] z = {0.3, -0.2};
        double[] u = {0.7, 1.4, -0.05};
        double[] next = new double[2];
        double[] probs = new double[2];
        net.step(z, u, next, probs);
        double[] expect = new double[2];
        fit.step(z, u, expect);
        assertThat(next[0]).isCloseTo(expect[0], within(1e-15));
        assertThat(next[1]).isCloseTo(expect[1], within(1e-15));
        assertThat(probs[1]).isCloseTo(1.0 / (1.0 + Math.exp(-2 * 4.0 * expect[0])), within(1e-14));
    }

    @Test
    void matchedReadoutGivesTheRaddNetworkTheRnnsLogOdds() {
        // an "RNN" whose log-odds is exactly 1.7 z0 + 0.2: the RADD network with the matched scale must map the
        // normalised state z0 / M to log-odds 1.7 z0 (the intercept has no RADD counterpart)
        SplittableRandom rng = new SplittableRandom(4);
        int n = 500;
        double m = 5.0;
        double[] z0 = new double[n];
        double[] right = new double[n];
        double[] left = new double[n];
        for (int t = 0; t < n; t++) {
            z0[t] = 4 * (2 * rng.nextDouble() - 1);
            right[t] = 1 / (1 + Math.exp(-(1.7 * z0[t] + 0.2)));
            left[t] = 1 - right[t];
        }
        double s = RaddNetwork.matchedScale(z0, right, left, m);
        assertThat(s).isCloseTo(1.7 * m / 2, within(1e-9));

        RecurrentNetwork net = RaddNetwork.of(new RaddFit(A, B, C, 1.0, m, 0, 0), s);
        double[] next = new double[2];
        double[] probs = new double[2];
        net.step(new double[] {0.1, -0.3}, new double[] {0.4, 0.9, 0.0}, next, probs);
        assertThat(Math.log(probs[1] / probs[0])).isCloseTo(1.7 * (next[0] * m), within(1e-9));
    }

    @Test
    void matchedReadoutFollowsAReversedChoiceAndRefusesOneThatIgnoresTheCoordinate() {
        double[] z0 = {-1, 0, 1, 2};
        double[] right = {0.7, 0.6, 0.5, 0.4};
        double[] left = {0.3, 0.4, 0.5, 0.6};
        assertThat(RaddNetwork.matchedScale(z0, right, left, 3.0)).isNegative();
        double[] half = {0.5, 0.5, 0.5, 0.5};
        assertThatThrownBy(() -> RaddNetwork.matchedScale(z0, half, half, 3.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not change");
    }

    @Test
    void lagDistancesAreMeanAndSdOfPairwiseDistances() {
        // 1-D trajectory 0, 1, 3, 6: lag 1 distances 1, 2, 3; lag 2: 3, 5; lag 3: 6
        double[] x = {0, 1, 3, 6};
        List<ErrorAccumulation.Row> rows = ErrorAccumulation.of("x", x, 1, 5);
        assertThat(rows.get(0).normMean()).isZero();
        assertThat(rows.get(1).normMean()).isCloseTo(2.0, within(1e-15));
        assertThat(rows.get(1).normSd()).isCloseTo(Math.sqrt(2.0 / 3.0), within(1e-15));
        assertThat(rows.get(2).normMean()).isCloseTo(4.0, within(1e-15));
        assertThat(rows.get(3).pairs()).isEqualTo(1);
        assertThat(rows.get(4).normMean()).isNaN();
        // a 2-D trajectory is divided by √2
        double[] y = {0, 0, 3, 4};
        assertThat(ErrorAccumulation.of("y", y, 2, 2).get(1).normMean()).isCloseTo(5 / Math.sqrt(2), within(1e-15));
    }
}
