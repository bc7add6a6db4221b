package org.iblrnn.fitmice.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BfgsTest {

    @Test
    void findsTheMinimumOfRosenbrocksValley() {
        Bfgs.Objective rosenbrock = (x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        Bfgs.Result r = new Bfgs(1e-10, 0, 1000).minimize(rosenbrock, new double[] {-1.2, 1.0});
        assertThat(r.converged()).isTrue();
        assertThat(r.x()[0]).isCloseTo(1.0, within(1e-8));
        assertThat(r.x()[1]).isCloseTo(1.0, within(1e-8));
        assertThat(r.value()).isLessThan(1e-16);
    }

    /** A quadratic is solved in about as many steps as it has dimensions once H is learned; here 4 dimensions. */
    @Test
    void solvesAnIllConditionedQuadraticExactly() {
        double[] scale = {1, 10, 100, 1000};
        double[] centre = {0.3, -2, 5, 1e-3};
        Bfgs.Objective f = (x, g) -> {
            double v = 0;
            for (int i = 0; i < 4; i++) {
                double d = x[i] - centre[i];
                v += 0.5 * scale[i] * d * d;
                g[i] = scale[i] * d;
            }
            return v;
        };
        Bfgs.Result r = new Bfgs(1e-9, 0, 200).minimize(f, new double[4]);
        assertThat(r.converged()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(r.x()[i]).isCloseTo(centre[i], within(1e-9 / scale[i] * 10));
        }
    }

    /** Where the objective is not finite the line search backs off instead of accepting the step. */
    @Test
    void stepsBackFromWhereTheObjectiveIsUndefined() {
        Bfgs.Objective logBarrier = (x, g) -> {
            if (x[0] <= 0) {
                g[0] = Double.NaN;
                return Double.NaN;
            }
            g[0] = 1 - 1 / x[0];
            return x[0] - Math.log(x[0]);
        };
        Bfgs.Result r = new Bfgs(1e-10, 0, 100).minimize(logBarrier, new double[] {5});
        assertThat(r.x()[0]).isCloseTo(1.0, within(1e-8));
    }
}
