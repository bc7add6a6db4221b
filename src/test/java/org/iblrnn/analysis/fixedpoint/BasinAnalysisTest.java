package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

class BasinAnalysisTest {

    @Test
    void basinSurroundsAStableFixedPointAndMeetsTheCriterion() {
        RecurrentNetwork net = TwoUnitNetworks.bistable(0.0);
        PrincipalComponents pca = TwoUnitNetworks.pca(net);
        StateGrid grid = StateGrid.sample(pca, 15);
        FixedPointResults r = new FixedPointSearch(FixedPointConfig.defaults()).search(net, grid, pca,
                List.of(InputCondition.NO_STIMULUS));
        List<Basin> basins = BasinAnalysis.compute(net, r);
        Basin b = basins.get(0);
        assertThat(b.status()).isEqualTo(Basin.Status.OK);
        assertThat(Math.abs(b.fixedPointState()[0])).isCloseTo(TwoUnitNetworks.H_STAR, within(0.05));
        assertThat(b.gamma()).isPositive();
        // γ is the positive root of −λP γ² − 2 λP s γ + 1
        double s = Math.sqrt(b.lambdaMaxAtA());
        assertThat(-b.lambdaMaxP() * b.gamma() * b.gamma() - 2 * b.lambdaMaxP() * s * b.gamma() + 1)
                .isCloseTo(0.0, within(1e-12));
        assertThat(b.lyapunov().relativeResidual()).isLessThan(1e-12);
        // recompute the criterion independently for every grid point
        NetworkMap map = new NetworkMap(net, InputCondition.NO_STIMULUS.input());
        double[] xs = b.fixedPointState();
        double[] fx = new double[2];
        double[] a = new double[4];
        map.jacobian(xs, fx, a);
        int inBasin = 0;
        for (int i = 0; i < grid.size(); i++) {
            double[] x0 = grid.state(i);
            double[] f0 = new double[2];
            map.apply(x0, f0);
            double x1 = x0[0] - xs[0];
            double x2 = x0[1] - xs[1];
            double g1 = f0[0] - fx[0] - (a[0] * x1 + a[1] * x2);
            double g2 = f0[1] - fx[1] - (a[2] * x1 + a[3] * x2);
            if (Math.hypot(g1, g2) < b.gamma() * Math.hypot(x1, x2)) {
                int k = inBasin++;
                assertThat(b.basinIndices()[k]).isEqualTo(i);
                double[] p = b.lyapunov().p();
                double e = 0.5 * (x1 * (p[0] * x1 + p[1] * x2) + x2 * (p[2] * x1 + p[3] * x2));
                assertThat(b.energies()[k]).isCloseTo(e, within(1e-12)).isGreaterThanOrEqualTo(0.0);
            }
        }
        assertThat(inBasin).isEqualTo(b.energies().length).isPositive();
    }

    @Test
    void largestRootOfTheQuadratic() {
        assertThat(BasinAnalysis.largestRoot(1, -3, 2)).isCloseTo(2.0, within(1e-15));
        assertThat(BasinAnalysis.largestRoot(1, 0, 1)).isNaN();
    }
}
