package org.iblrnn.analysis.reduced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    private static final int[] ALL = IntStream.range(0, 200).toArray();

    @Test
    void recoversSeveralTargetsWithTheirInterceptsFromNoiselessData() {
        SplittableRandom rng = new SplittableRandom(2);
        double[][] x = new double[200][3];
        double[][] y = new double[200][2];
        for (int r = 0; r < 200; r++) {
            for (int j = 0; j < 3; j++) {
                x[r][j] = rng.nextGaussian();
            }
            y[r][0] = 0.5 * x[r][0] - 2 * x[r][1] + 0.25 * x[r][2] + 3;
            y[r][1] = -x[r][2] - 1;
        }
        double[][] c = LeastSquares.fit(x, y, ALL);
        double[][] expected = {{0.5, -2, 0.25, 3}, {0, 0, -1, -1}};
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 4; j++) {
                assertThat(c[k][j]).isCloseTo(expected[k][j], within(1e-12));
            }
        }
    }

    @Test
    void nearlyCollinearRegressorsAreStillResolved() {
        // x2 = x1 + 1e-7 · noise: the normal equations (condition number ~1e14) were refused as singular here; the QR
        // solution keeps about half the digits
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = new double[200][2];
        double[][] y = new double[200][1];
        for (int r = 0; r < 200; r++) {
            x[r][0] = rng.nextGaussian();
            x[r][1] = x[r][0] + 1e-7 * rng.nextGaussian();
            y[r][0] = x[r][0] + 2 * x[r][1];
        }
        double[][] c = LeastSquares.fit(x, y, ALL);
        assertThat(c[0][0]).isCloseTo(1.0, within(1e-5));
        assertThat(c[0][1]).isCloseTo(2.0, within(1e-5));
    }

    @Test
    void exactlyCollinearRegressorsAreAClearError() {
        double[][] x = new double[200][2];
        double[][] y = new double[200][1];
        for (int r = 0; r < 200; r++) {
            x[r][0] = r;
            x[r][1] = 2 * r + 1;
            y[r][0] = r;
        }
        assertThatThrownBy(() -> LeastSquares.fit(x, y, ALL)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("collinear");
    }
}
