package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DiscreteLyapunovTest {

    /** A random n × n matrix scaled to the given spectral radius. */
    private static double[] randomWithRadius(int n, double radius, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextGaussian();
        }
        double[][] ev = Spectra.eigenvalues(a, n);
        double rho = Math.hypot(ev[0][0], ev[1][0]);
        for (int i = 0; i < a.length; i++) {
            a[i] *= radius / rho;
        }
        return a;
    }

    private static double[] identity(int n) {
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            q[i * n + i] = 1;
        }
        return q;
    }

    @Test
    void matchesTheKroneckerSolutionOnASmallSystem() {
        int n = 5;
        double[] a = randomWithRadius(n, 0.9, 1);
        double[] q = identity(n);
        q[1] = q[n] = 0.3;
        LyapunovSolution s = DiscreteLyapunov.solve(a, q, n);
        // (I − Aᵀ ⊗ Aᵀ) vec(P) = vec(Q) with row-major vec
        DMatrixRMaj at = DMatrixRMaj.wrap(n, n, a.clone());
        CommonOps_DDRM.transpose(at);
        DMatrixRMaj k = new DMatrixRMaj(n * n, n * n);
        CommonOps_DDRM.kron(at, at, k);
        DMatrixRMaj m = CommonOps_DDRM.identity(n * n);
        CommonOps_DDRM.subtractEquals(m, k);
        DMatrixRMaj vecP = new DMatrixRMaj(n * n, 1);
        assertThat(CommonOps_DDRM.solve(m, DMatrixRMaj.wrap(n * n, 1, q.clone()), vecP)).isTrue();
        assertThat(s.converged()).isTrue();
        assertThat(s.p()).containsExactly(vecP.data, within(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.95, 0.999})
    void solvesRandomStableSystemsToSmallResidual(double radius) {
        int n = 50;
        for (long seed = 1; seed <= 3; seed++) {
            double[] a = randomWithRadius(n, radius, seed);
            LyapunovSolution s = DiscreteLyapunov.solve(a, identity(n), n);
            assertThat(s.converged()).isTrue();
            assertThat(s.relativeResidual()).isLessThan(1e-11);
            assertThat(DiscreteLyapunov.residual(a, s.p(), identity(n), n)).isEqualTo(s.relativeResidual());
            // P is symmetric positive definite: its smallest eigenvalue is ≥ λmin(Q) = 1
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(s.p()[i * n + j]).isEqualTo(s.p()[j * n + i]);
                }
                assertThat(s.p()[i * n + i]).isGreaterThanOrEqualTo(1.0 - 1e-9);
            }
        }
    }

    @Test
    void reportsNonConvergenceForAnUnstableMatrix() {
        int n = 10;
        LyapunovSolution s = DiscreteLyapunov.solve(randomWithRadius(n, 1.05, 4), identity(n), n);
        assertThat(s.converged()).isFalse();
        assertThat(s.p()[0]).isNaN();
    }
}
