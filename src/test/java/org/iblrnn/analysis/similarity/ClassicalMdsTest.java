package org.iblrnn.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassicalMdsTest {

    static double[][] distances(double[][] points) {
        int m = points.length;
        double[][] d = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < points[i].length; k++) {
                    s += (points[i][k] - points[j][k]) * (points[i][k] - points[j][k]);
                }
                d[i][j] = Math.sqrt(s);
            }
        }
        return d;
    }

    @Test
    void planarPointsAreRecoveredUpToRotation() {
        SplittableRandom rng = new SplittableRandom(21);
        double[][] p = LinearCkaTest.gaussian(rng, 9, 2);
        double[][] d = distances(p);
        ClassicalMds.Embedding e = ClassicalMds.embed(d, 2);
        double[][] back = distances(e.coordinates());
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                assertThat(back[i][j]).isCloseTo(d[i][j], within(1e-10));
            }
        }
        assertThat(e.eigenvalues()[2]).isCloseTo(0.0, within(1e-10));
        assertThat(e.positiveMassExplained(2)).isCloseTo(1.0, within(1e-10));
        // centred at the origin
        for (int a = 0; a < 2; a++) {
            double s = 0;
            for (double[] c : e.coordinates()) {
                s += c[a];
            }
            assertThat(s).isCloseTo(0.0, within(1e-10));
        }
    }

    @Test
    void threePointsOnALineByHand() {
        // 0, 1, 3 on a line: centred −4/3, −1/3, 5/3; B's only eigenvalue is their squared norm 42/9
        double[][] d = {{0, 1, 3}, {1, 0, 2}, {3, 2, 0}};
        ClassicalMds.Embedding e = ClassicalMds.embed(d, 2);
        assertThat(e.eigenvalues()[0]).isCloseTo(42.0 / 9, within(1e-12));
        // sign fixed so that the largest-magnitude coordinate (5/3) is positive
        assertThat(e.coordinates()[0][0]).isCloseTo(-4.0 / 3, within(1e-12));
        assertThat(e.coordinates()[1][0]).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(e.coordinates()[2][0]).isCloseTo(5.0 / 3, within(1e-12));
        for (double[] c : e.coordinates()) {
            assertThat(c[1]).isCloseTo(0.0, within(1e-7));
        }
    }

    @Test
    void aNonEuclideanMatrixHasANegativeEigenvalue() {
        // violates the triangle inequality: d(0,2) > d(0,1) + d(1,2)
        double[][] d = {{0, 1, 5}, {1, 0, 1}, {5, 1, 0}};
        ClassicalMds.Embedding e = ClassicalMds.embed(d, 2);
        assertThat(e.eigenvalues()[2]).isLessThan(-0.1);
    }

    @Test
    void invalidDistancesAreRejected() {
        assertThatThrownBy(() -> ClassicalMds.embed(new double[][] {{0, 1}, {2, 0}}, 2)).hasMessageContaining("symmetric");
        assertThatThrownBy(() -> ClassicalMds.embed(new double[][] {{0, -1}, {-1, 0}}, 2)).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> ClassicalMds.embed(new double[][] {{0, 1}}, 2)).hasMessageContaining("square");
    }
}
