package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.config.ModelConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

/**
 * The refinement's status on a one-unit map h ↦ tanh(2h + 0.6): past its saddle-node bifurcation (at bias ≈ 0.533)
 * only the upper fixed point remains, and where the lower pair used to be, ‖F(h) − h‖ has a local minimum above zero
 * (a slow point, the "ghost" of the vanished pair).
 */
class FixedPointRefinementTest {

    private static final double TOL_Q = FixedPointConfig.defaults().tolQ();

    private static NetworkMap map() {
        // W_ih = 0, W_hh = 2, b_ih = 0.6, b_hh = 0, readout (−1, 1)
        double[] p = {0, 0, 0, 2, 0.6, 0, -1, 1, 0, 0};
        return new NetworkMap(RecurrentNetwork.of(ModelConfig.defaults().withHiddenSize(1), p), new double[3]);
    }

    private static double upperFixedPoint() {
        double lo = 0.5;
        double hi = 1.0;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (Math.tanh(2 * mid + 0.6) > mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void convergesToTheFixedPointFromNearby() {
        FixedPointRefinement.Result r = new FixedPointRefinement(map(), TOL_Q, 100).refine(new double[]{0.5});
        assertThat(r.status()).isEqualTo(RefineStatus.CONVERGED);
        assertThat(r.state()[0]).isCloseTo(upperFixedPoint(), within(1e-12));
        assertThat(0.5 * r.residual() * r.residual()).isLessThan(TOL_Q);
        assertThat(r.iterations()).isBetween(1, 20);
    }

    @Test
    void stallsAtTheGhostOfTheVanishedPair() {
        FixedPointRefinement.Result r = new FixedPointRefinement(map(), TOL_Q, 100).refine(new double[]{-0.6});
        assertThat(r.status()).isEqualTo(RefineStatus.STALLED);
        // the local minimum of |tanh(2h + 0.6) − h| is where its derivative 2(1 − tanh²) − 1 vanishes
        double ghost = (Math.log((1 - Math.sqrt(0.5)) / (1 + Math.sqrt(0.5))) / 2 - 0.6) / 2;
        assertThat(r.state()[0]).isCloseTo(ghost, within(1e-6));
        assertThat(r.residual()).isGreaterThan(0.01);
    }

    @Test
    void reportsTheIterationLimitAndKeepsTheBestPointSoFar() {
        FixedPointRefinement.Result r = new FixedPointRefinement(map(), TOL_Q, 1).refine(new double[]{-3});
        assertThat(r.status()).isEqualTo(RefineStatus.MAX_ITERATIONS);
        assertThat(r.residual()).isLessThan(Math.abs(Math.tanh(-5.4) + 3));
        FixedPointRefinement.Result none = new FixedPointRefinement(map(), TOL_Q, 0).refine(new double[]{-3});
        assertThat(none.status()).isEqualTo(RefineStatus.MAX_ITERATIONS);
        assertThat(none.state()).containsExactly(-3);
    }
}
