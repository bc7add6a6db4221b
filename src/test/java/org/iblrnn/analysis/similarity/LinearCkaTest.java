package org.iblrnn.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearCkaTest {

    static double[][] gaussian(SplittableRandom rng, int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return x;
    }

    /** A random p × q matrix with orthonormal columns (q ≤ p), by Gram–Schmidt on Gaussian columns. */
    static double[][] orthonormalColumns(SplittableRandom rng, int p, int q) {
        double[][] cols = new double[q][p];
        for (int c = 0; c < q; c++) {
            for (int i = 0; i < p; i++) {
                cols[c][i] = rng.nextGaussian();
            }
            for (int k = 0; k < c; k++) {
                double d = 0;
                for (int i = 0; i < p; i++) {
                    d += cols[c][i] * cols[k][i];
                }
                for (int i = 0; i < p; i++) {
                    cols[c][i] -= d * cols[k][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < p; i++) {
                norm += cols[c][i] * cols[c][i];
            }
            for (int i = 0; i < p; i++) {
                cols[c][i] /= Math.sqrt(norm);
            }
        }
        double[][] m = new double[p][q];
        for (int i = 0; i < p; i++) {
            for (int c = 0; c < q; c++) {
                m[i][c] = cols[c][i];
            }
        }
        return m;
    }

    static double[][] times(double[][] x, double[][] a) {
        double[][] y = new double[x.length][a[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < a.length; k++) {
                for (int j = 0; j < a[0].length; j++) {
                    y[i][j] += x[i][k] * a[k][j];
                }
            }
        }
        return y;
    }

    @Test
    void oneDimensionIsTheSquaredCorrelationComputedByHand() {
        // centred x = (-1.5, -0.5, 0.5, 1.5), y = (-1.5, 0.5, -0.5, 1.5): xᵀy = 4, xᵀx = yᵀy = 5 → 16/25
        double[][] x = {{1}, {2}, {3}, {4}};
        double[][] y = {{1}, {3}, {2}, {4}};
        assertThat(LinearCka.of(x, y)).isCloseTo(0.64, within(1e-15));
    }

    @Test
    void twoAgainstOneDimensionComputedByHand() {
        // X centred already: XᵀX = [[2, 1], [1, 2]] (‖·‖_F = √10); y = (1, −1, 0): yᵀX = (1, −1), ‖·‖² = 2, yᵀy = 2
        double[][] x = {{1, 0}, {0, 1}, {-1, -1}};
        double[][] y = {{1}, {-1}, {0}};
        assertThat(LinearCka.of(x, y)).isCloseTo(2 / (2 * Math.sqrt(10)), within(1e-15));
        assertThat(LinearCka.of(y, x)).isCloseTo(2 / (2 * Math.sqrt(10)), within(1e-15));
    }

    @Test
    void invariantToOrthogonalTransformIsotropicScalingAndShiftEvenAcrossWidths() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = gaussian(rng, 300, 6);
        // anisotropic variances so that the invariance is not an accident of white data
        for (double[] row : x) {
            for (int j = 0; j < 6; j++) {
                row[j] *= 1 + j;
            }
        }
        double[][] q = orthonormalColumns(rng, 6, 6);
        double[][] y = times(x, q);
        for (double[] row : y) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -3.7 * row[j] + 11 * j;
            }
        }
        assertThat(LinearCka.of(x, y)).isCloseTo(1.0, within(1e-12));
        // a wider network holding X rotated into 10 dimensions: X·Qᵀ with Q 10 × 6 orthonormal columns
        double[][] wide = orthonormalColumns(rng, 10, 6);
        double[][] qt = new double[6][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 6; j++) {
                qt[j][i] = wide[i][j];
            }
        }
        assertThat(LinearCka.of(x, times(x, qt))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anAnisotropicScalingIsNotInvariant() {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] x = gaussian(rng, 500, 3);
        double[][] y = new double[500][3];
        for (int i = 0; i < 500; i++) {
            y[i] = new double[] {10 * x[i][0], x[i][1], 0.1 * x[i][2]};
        }
        assertThat(LinearCka.of(x, y)).isLessThan(0.7);
    }

    @Test
    void independentResponsesGiveAboutSqrtPqOverN() {
        // for independent white responses E‖YᵀX‖²_F ≈ n·p·q and ‖XᵀX‖_F ≈ n√p, so CKA ≈ √(pq)/n, with a relative
        // spread of about √(2/(pq)) (a scaled χ² with pq degrees of freedom); bounds at ±4 of those spreads
        int n = 2000;
        int p = 10;
        int q = 8;
        SplittableRandom rng = new SplittableRandom(5);
        double expected = Math.sqrt(p * q) / n;
        double spread = Math.sqrt(2.0 / (p * q));
        for (int rep = 0; rep < 3; rep++) {
            double cka = LinearCka.of(gaussian(rng, n, p), gaussian(rng, n, q));
            assertThat(cka).isBetween(expected * (1 - 4 * spread), expected * (1 + 4 * spread));
        }
    }

    @Test
    void noVarianceIsNaNAndMismatchedSamplesAreRejected() {
        double[][] constant = {{1, 2}, {1, 2}, {1, 2}};
        double[][] x = {{1}, {2}, {4}};
        assertThat(LinearCka.of(constant, x)).isNaN();
        assertThatThrownBy(() -> LinearCka.of(x, new double[][] {{1}, {2}})).hasMessageContaining("same samples");
        assertThatThrownBy(() -> Representation.of(new double[][] {{1}, {Double.NaN}}))
                .hasMessageContaining("finite");
    }
}
