package org.iblrnn.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SvccaTest {

    @Test
    void oneDimensionIsTheAbsoluteCorrelationComputedByHand() {
        // centred x = (-1.5, -0.5, 0.5, 1.5), y = (-1.5, 0.5, -0.5, 1.5): corr = 4 / 5
        Svcca.Result r = Svcca.of(new double[][] {{1}, {2}, {3}, {4}}, new double[][] {{4}, {2}, {3}, {1}});
        assertThat(r.mean()).isCloseTo(0.8, within(1e-14));
        assertThat(r.dimsX()).isEqualTo(1);
        assertThat(r.dimsY()).isEqualTo(1);
    }

    @Test
    void anInvertibleLinearMapGivesOne() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][] x = LinearCkaTest.gaussian(rng, 400, 4);
        double[][] a = {{2, 1, 0, 0}, {0, 1, 3, 0}, {1, 0, 1, 1}, {0, 0, 0, 0.5}};
        Svcca.Result r = Svcca.of(Representation.of(x), Representation.of(LinearCkaTest.times(x, a)), 1.0);
        assertThat(r.correlations()).hasSize(4);
        for (double c : r.correlations()) {
            assertThat(c).isCloseTo(1.0, within(1e-10));
        }
        assertThat(r.mean()).isCloseTo(1.0, within(1e-10));
    }

    @Test
    void recoversKnownCanonicalCorrelations() {
        // Y = (ρ₁x₁ + √(1−ρ₁²)z₁, ρ₂x₂ + √(1−ρ₂²)z₂): canonical correlations ρ₁ and ρ₂; the sample estimate has a
        // standard error of about (1 − ρ²)/√n, so each is checked within 4 of those (plus O(1/n) bias)
        int n = 20_000;
        double[] rho = {0.9, 0.5};
        SplittableRandom rng = new SplittableRandom(12);
        double[][] x = LinearCkaTest.gaussian(rng, n, 2);
        double[][] z = LinearCkaTest.gaussian(rng, n, 2);
        double[][] y = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                y[i][j] = rho[j] * x[i][j] + Math.sqrt(1 - rho[j] * rho[j]) * z[i][j];
            }
        }
        Svcca.Result r = Svcca.of(x, y);
        assertThat(r.dimsX()).isEqualTo(2);
        assertThat(r.dimsY()).isEqualTo(2);
        for (int k = 0; k < 2; k++) {
            double se = (1 - rho[k] * rho[k]) / Math.sqrt(n);
            assertThat(r.correlations()[k]).isCloseTo(rho[k], within(4 * se + 2.0 / n));
        }
        assertThat(r.mean()).isCloseTo(0.7, within(4 * 0.75 / Math.sqrt(n)));
    }

    @Test
    void theSvdStepDropsLowVarianceNoiseDimensions() {
        // X = (a, b, 10⁻³c): the third dimension holds 5·10⁻⁷ of the variance and is dropped at 99 %; Y = (a, b, d).
        // After the reduction both directions of X are found in Y (mean 1); without it the noise dimension adds a
        // third, near-zero correlation.
        int n = 3000;
        SplittableRandom rng = new SplittableRandom(13);
        double[][] g = LinearCkaTest.gaussian(rng, n, 4);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {g[i][0], g[i][1], 1e-3 * g[i][2]};
            y[i] = new double[] {g[i][0] - g[i][1], g[i][1], g[i][3]};
        }
        Svcca.Result reduced = Svcca.of(x, y);
        assertThat(reduced.dimsX()).isEqualTo(2);
        assertThat(reduced.dimsY()).isEqualTo(3);
        assertThat(reduced.mean()).isCloseTo(1.0, within(1e-10));
        Svcca.Result full = Svcca.of(Representation.of(x), Representation.of(y), 1.0);
        assertThat(full.dimsX()).isEqualTo(3);
        // the third correlation is that of independent noise, |r| ≲ 4/√n
        assertThat(full.correlations()[2]).isLessThan(4 / Math.sqrt(n));
        assertThat(full.mean()).isCloseTo(2.0 / 3, within(4 / Math.sqrt(n)));
    }

    @Test
    void dimsExplainingCountsLeadingVariance() {
        double[][] x = new double[4][];
        x[0] = new double[] {3, 0, 0};
        x[1] = new double[] {-3, 0, 0};
        x[2] = new double[] {0, 1, 0};
        x[3] = new double[] {0, -1, 0};
        // singular values √18 and √2 (variance shares 0.9 and 0.1), third 0
        Representation r = Representation.of(x);
        assertThat(r.singularValues()[0]).isCloseTo(Math.sqrt(18), within(1e-12));
        assertThat(r.singularValues()[1]).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(r.dimsExplaining(0.9)).isEqualTo(1);
        assertThat(r.dimsExplaining(0.95)).isEqualTo(2);
        assertThat(r.dimsExplaining(1.0)).isEqualTo(2);
    }
}
