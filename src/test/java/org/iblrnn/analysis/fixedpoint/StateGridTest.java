package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.analysis.statespace.PcaAnalysis;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.junit.jupiter.api.Test;

class StateGridTest {

    @Test
    void pointInConvexPolygonCountsTheBoundaryAsInside() {
        double[] square = {0, 0, 1, 0, 1, 1, 0, 1};
        assertThat(StateGrid.inside(square, 0.5, 0.5, 1e-12)).isTrue();
        assertThat(StateGrid.inside(square, 1.0, 0.5, 1e-12)).isTrue();
        assertThat(StateGrid.inside(square, 0.0, 0.0, 1e-12)).isTrue();
        assertThat(StateGrid.inside(square, 1.01, 0.5, 1e-12)).isFalse();
        double[] clockwise = {0, 0, 0, 1, 1, 1, 1, 0};
        assertThat(StateGrid.inside(clockwise, 0.5, 0.5, 1e-12)).isTrue();
        assertThat(StateGrid.inside(clockwise, -0.5, 0.5, 1e-12)).isFalse();
    }

    @Test
    void keepsGridPointsInsideATriangleOfStatesAndMapsThemOntoThePlane() {
        // states on the triangle (0,0), (2,0), (0,1) embedded in 3-D with a constant third coordinate
        int n = 3000;
        double[] x = new double[3 * n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            double v = rng.nextDouble();
            if (u + v > 1) {
                u = 1 - u;
                v = 1 - v;
            }
            x[3 * i] = 2 * u;
            x[3 * i + 1] = v;
            x[3 * i + 2] = 0.7;
        }
        x[0] = 0;
        x[1] = 0;
        x[3] = 2;
        x[4] = 0;
        x[6] = 0;
        x[7] = 1;
        PrincipalComponents pca = PcaAnalysis.fit(x, 3, new double[]{1, 0, 0});
        StateGrid g = StateGrid.sample(pca, 11);
        // independently: map every grid point of the PCA box back and test the triangle's inequalities
        double[] xs = StateGrid.linspace(pca.xRange()[0], pca.xRange()[1], 11);
        double[] ys = StateGrid.linspace(pca.yRange()[0], pca.yRange()[1], 11);
        int expected = 0;
        for (double yy : ys) {
            for (double xx : xs) {
                double[] s = pca.inverse(xx, yy);
                if (s[0] >= -1e-9 && s[1] >= -1e-9 && s[0] / 2 + s[1] <= 1 + 1e-9) {
                    expected++;
                }
            }
        }
        assertThat(g.size()).isEqualTo(expected).isGreaterThan(20);
        for (int i = 0; i < g.size(); i++) {
            double[] s = g.state(i);
            assertThat(s[2]).isCloseTo(0.7, within(1e-9));
            assertThat(s[0] / 2 + s[1]).isLessThanOrEqualTo(1 + 1e-9);
            assertThat(s[0]).isGreaterThanOrEqualTo(-1e-9);
            assertThat(s[1]).isGreaterThanOrEqualTo(-1e-9);
            double[] p = pca.project(s);
            assertThat(p[0]).isCloseTo(g.pcaPoints()[2 * i], within(1e-9));
        }
    }
}
