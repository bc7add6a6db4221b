package org.iblrnn.analysis.psychometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Reference values were produced with scipy 1.17.1 / numpy 2.4.6, e.g.
 * {@code scipy.optimize.fmin(rosen, [-1.2, 1.0], disp=False, full_output=True)} → (xopt, fopt, nit, nfev, warnflag).
 */
class NelderMeadTest {

    private static final ToDoubleFunction<double[]> ROSENBROCK =
            x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);

    @Test
    void rosenbrockMatchesScipyFmin() {
        NelderMead.Result r = NelderMead.fmin().minimize(ROSENBROCK, new double[] {-1.2, 1.0});
        assertThat(r.status()).isEqualTo(NelderMead.Status.CONVERGED);
        assertThat(r.x()[0]).isCloseTo(1.0000220217835696, within(1e-12));
        assertThat(r.x()[1]).isCloseTo(1.0000422197517715, within(1e-12));
        assertThat(r.fun()).isCloseTo(8.177661197416674e-10, within(1e-18));
        assertThat(r.iterations()).isEqualTo(85);
        assertThat(r.evaluations()).isEqualTo(159);
    }

    @Test
    void quadraticMatchesScipyFminAndIsNearItsMinimum() {
        ToDoubleFunction<double[]> quad = x -> Math.pow(x[0] - 1, 2) + 2 * Math.pow(x[1] + 2, 2)
                + 3 * Math.pow(x[2] - 0.5, 2);
        NelderMead.Result r = NelderMead.fmin().minimize(quad, new double[] {0, 0, 0});
        assertThat(r.converged()).isTrue();
        assertThat(r.x()).containsExactly(new double[] {1.0033773947307765, -1.9988505763457651,
                0.5007648392124853}, within(1e-12));
        assertThat(r.fun()).isCloseTo(1.5804081704171233e-05, within(1e-15));
        assertThat(r.iterations()).isEqualTo(103);
        assertThat(r.evaluations()).isEqualTo(193);
        // ftol = 1e-4 bounds how far from the minimum (value 0) the best vertex can be
        assertThat(r.fun()).isLessThan(1e-4);
    }

    @Test
    void initialSimplexScalesEachComponentBy5PercentOrSetsZeroTo0_00025() {
        List<double[]> calls = new ArrayList<>();
        NelderMead.fmin().withLimits(0, 3).minimize(x -> {
            calls.add(x);
            return x[0] * x[0] + x[1] * x[1];
        }, new double[] {2, 0});
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).containsExactly(2, 0);
        assertThat(calls.get(1)).containsExactly(2.1, 0);
        assertThat(calls.get(2)).containsExactly(2, 0.00025);
    }

    /**
     * f ≡ 0 from x0 = 0 (worked by hand): simplex {0, 0.00025}; every reflection ties, so the inside
     * contraction (needs a strict improvement) fails and the simplex shrinks: 0.000125, then 6.25e-5 ≤ xtol.
     * Evaluations: 2 initial + 3 per iteration (reflect, contract, shrink one vertex) × 2; nit = 1 + 2.
     */
    @Test
    void constantFunctionShrinksTwiceThenConverges() {
        NelderMead.Result r = NelderMead.fmin().minimize(x -> 0.0, new double[] {0});
        assertThat(r.status()).isEqualTo(NelderMead.Status.CONVERGED);
        assertThat(r.x()).containsExactly(0.0);
        assertThat(r.iterations()).isEqualTo(3);
        assertThat(r.evaluations()).isEqualTo(8);
    }

    /** x² from 1: simplex {1, 1.05}; reflect to 0.95 (better than the best) so expand to 3·1 − 2·1.05 = 0.9. */
    @Test
    void oneIterationExpandsOnAParabola() {
        NelderMead.Result r = NelderMead.fmin().withLimits(2, 0).minimize(x -> x[0] * x[0], new double[] {1});
        assertThat(r.status()).isEqualTo(NelderMead.Status.MAX_ITERATIONS);
        assertThat(r.x()[0]).isEqualTo(3 * 1.0 - 2 * 1.05);
        assertThat(r.fun()).isEqualTo(r.x()[0] * r.x()[0]);
        assertThat(r.iterations()).isEqualTo(2);
        assertThat(r.evaluations()).isEqualTo(4);
    }

    @Test
    void limitsAreStatusesNotExceptionsAndMatchScipy() {
        NelderMead.Result iter = NelderMead.fmin().withLimits(10, 0).minimize(ROSENBROCK, new double[] {-1.2, 1});
        assertThat(iter.status()).isEqualTo(NelderMead.Status.MAX_ITERATIONS);
        assertThat(iter.x()).containsExactly(new double[] {-1.0321874999999996, 1.0578124999999998}, within(1e-15));
        assertThat(iter.fun()).isCloseTo(4.135559808808324, within(1e-13));
        assertThat(iter.iterations()).isEqualTo(10);
        assertThat(iter.evaluations()).isEqualTo(21);

        // the 11th call is refused mid-iteration: the iteration is abandoned and not counted
        NelderMead.Result fun = NelderMead.fmin().withLimits(0, 10).minimize(ROSENBROCK, new double[] {-1.2, 1});
        assertThat(fun.status()).isEqualTo(NelderMead.Status.MAX_EVALUATIONS);
        assertThat(fun.x()).containsExactly(new double[] {-1.0799999999999994, 1.125}, within(1e-15));
        assertThat(fun.fun()).isCloseTo(4.497795999999987, within(1e-13));
        assertThat(fun.iterations()).isEqualTo(4);
        assertThat(fun.evaluations()).isEqualTo(10);
    }

    @Test
    void inputIsNotModified() {
        double[] x0 = {-1.2, 1};
        NelderMead.fmin().minimize(ROSENBROCK, x0);
        assertThat(x0).containsExactly(-1.2, 1);
    }
}
