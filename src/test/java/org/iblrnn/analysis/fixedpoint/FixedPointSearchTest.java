package org.iblrnn.analysis.fixedpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

class FixedPointSearchTest {

    private final RecurrentNetwork net = TwoUnitNetworks.bistable(0.5);
    private final PrincipalComponents pca = TwoUnitNetworks.pca(net);
    private final StateGrid grid = StateGrid.sample(pca, 15);

    @Test
    void jacobiansMatchTheAnalyticFormAndFiniteDifferences() {
        NetworkMap map = new NetworkMap(net, InputCondition.POSITIVE_FEEDBACK.input());
        double[] h = {0.3, -0.2};
        double[] f = new double[2];
        double[] jac = new double[4];
        map.jacobian(h, f, jac);
        // F = tanh(W_hh h + W_ih u): pre-activations 2·0.3 + 0.5·1 and 0.5·(−0.2)
        double f0 = Math.tanh(1.1);
        double f1 = Math.tanh(-0.1);
        assertThat(f[0]).isCloseTo(f0, within(1e-15));
        assertThat(f[1]).isCloseTo(f1, within(1e-15));
        assertThat(jac).containsExactly(new double[]{2 * (1 - f0 * f0), 0, 0, 0.5 * (1 - f1 * f1)}, within(1e-15));
        double[][] ref = net.stateJacobian(h, InputCondition.POSITIVE_FEEDBACK.input());
        assertThat(jac[1]).isCloseTo(ref[0][1], within(1e-15));
        assertThat(jac[0]).isCloseTo(ref[0][0], within(1e-15));
        double[] ij = map.inputJacobian(h);
        assertThat(ij).containsExactly(new double[]{0.3 * (1 - f0 * f0), -0.3 * (1 - f0 * f0), 0.5 * (1 - f0 * f0),
                0, 0, 0}, within(1e-15));
        // gradient of ‖F(h) − h‖ against central differences
        double[] g = new double[2];
        map.residualGradient(h, f, g, jac);
        for (int j = 0; j < 2; j++) {
            double e = 1e-6;
            double[] hp = h.clone();
            double[] hm = h.clone();
            hp[j] += e;
            hm[j] -= e;
            double fd = (residual(map, hp) - residual(map, hm)) / (2 * e);
            assertThat(g[j]).isCloseTo(fd, within(1e-8));
        }
    }

    private static double residual(NetworkMap map, double[] h) {
        double[] f = new double[h.length];
        map.apply(h, f);
        return Math.hypot(f[0] - h[0], f[1] - h[1]);
    }

    @Test
    void findsTheThreeAnalyticFixedPointsWithTheirStability() {
        FixedPointResults r = new FixedPointSearch(FixedPointConfig.defaults()).search(net, grid, pca,
                List.of(InputCondition.NO_STIMULUS));
        ConditionFixedPoints c = r.of(InputCondition.NO_STIMULUS);
        assertThat(c.candidates()).isEqualTo(grid.size()).isGreaterThan(100);
        List<FixedPoint> fps = c.fixedPoints();
        assertThat(fps).hasSize(3);
        double hs = TwoUnitNetworks.H_STAR;
        double[] expectedH1 = {-hs, 0, hs};
        for (int k = 0; k < 3; k++) {
            FixedPoint p = fps.get(k);
            assertThat(p.state()[0]).isCloseTo(expectedH1[k], within(1e-9));
            assertThat(p.state()[1]).isCloseTo(0.0, within(1e-9));
            assertThat(p.residual()).isLessThan(1e-10);
            double lead = k == 1 ? 2.0 : 2 * (1 - hs * hs);
            double[] moduli = {Math.hypot(p.eigenReal()[0], p.eigenImag()[0]),
                    Math.hypot(p.eigenReal()[1], p.eigenImag()[1])};
            double[] expected = {Math.max(lead, 0.5), Math.min(lead, 0.5)};
            assertThat(moduli).containsExactly(expected, within(1e-8));
            assertThat(p.stable()).isEqualTo(k != 1);
            assertThat(p.unstableDimensions()).isEqualTo(k == 1 ? 1 : 0);
            // ∂F/∂u = diag(1 − h*²) W_ih at a fixed point
            assertThat(p.inputJacobian()[2]).isCloseTo(0.5 * (1 - expectedH1[k] * expectedH1[k]), within(1e-8));
        }
        assertThat(c.stableCount()).isEqualTo(2);
        // de-duplication: multiplicities account for every converged, non-outlier candidate
        int converged = 0;
        for (int i = 0; i < c.candidates(); i++) {
            if (c.refinedResidual()[i] < r.config().residualTolerance() && !c.outlier()[i]) {
                converged++;
            }
        }
        assertThat(fps.stream().mapToInt(FixedPoint::multiplicity).sum()).isEqualTo(converged);
        // the original's flag marks about the stableQuantile fraction of candidates at most
        int flagged = 0;
        for (boolean b : c.stable()) {
            flagged += b ? 1 : 0;
        }
        assertThat(flagged).isLessThanOrEqualTo((int) Math.ceil(0.05 * c.candidates()));
    }

    @Test
    void trajectorySamplesAddCandidatesButNotToTheOriginalsFlagsOrFields() {
        FixedPointConfig cfg = FixedPointConfig.defaults().withGdSteps(100);
        double[] sampled = InitialStates.sample(grid.states(), 2, 30, 0.5, new java.util.SplittableRandom(1));
        FixedPointResults r = new FixedPointSearch(cfg).search(net, grid, sampled, pca,
                List.of(InputCondition.NO_STIMULUS));
        ConditionFixedPoints c = r.of(InputCondition.NO_STIMULUS);
        assertThat(c.gridCandidates()).isEqualTo(grid.size());
        assertThat(c.candidates()).isEqualTo(grid.size() + 30);
        assertThat(c.fixedPoints()).hasSize(3);
        ConditionFixedPoints gridOnly = new FixedPointSearch(cfg).search(net, grid, pca,
                List.of(InputCondition.NO_STIMULUS)).of(InputCondition.NO_STIMULUS);
        assertThat(java.util.Arrays.copyOf(c.stable(), grid.size())).isEqualTo(gridOnly.stable());
        assertThat(java.util.Arrays.copyOf(c.secondStates(), 2 * grid.size())).isEqualTo(gridOnly.secondStates());
        for (int i = grid.size(); i < c.candidates(); i++) {
            assertThat(c.stable()[i]).isFalse();
            assertThat(c.spectralRadius()[i]).isNaN();
        }
        assertThat(c.statusCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.candidates());
        // the record's grid-only constructor marks every candidate a grid one, none refined
        ConditionFixedPoints legacy = new ConditionFixedPoints(gridOnly.condition(), gridOnly.candidates(),
                gridOnly.secondStates(), gridOnly.secondPca(), gridOnly.descentStates(), gridOnly.descentPca(),
                gridOnly.residual(), gridOnly.normalizedResidual(), gridOnly.maxAbsRealEigenvalue(),
                gridOnly.spectralRadius(), gridOnly.pcaJacobian(), gridOnly.pcaResidual(), gridOnly.stable(),
                gridOnly.pcaStable(), gridOnly.residualThreshold(), gridOnly.refinedStates(),
                gridOnly.refinedResidual(), gridOnly.refinedIterations(), gridOnly.outlier(), gridOnly.fixedPoints());
        assertThat(legacy.gridCandidates()).isEqualTo(legacy.candidates());
        assertThat(legacy.statusCounts().get(RefineStatus.NOT_RUN)).isEqualTo(legacy.candidates());
    }

    @Test
    void resultsDoNotDependOnChunking() {
        List<InputCondition> conds = List.of(InputCondition.LEFT_STIMULUS, InputCondition.NEGATIVE_FEEDBACK);
        FixedPointConfig cfg = FixedPointConfig.defaults().withGdSteps(50);
        FixedPointResults a = new FixedPointSearch(cfg.withChunkSize(1)).search(net, grid, pca, conds);
        FixedPointResults b = new FixedPointSearch(cfg.withChunkSize(13)).search(net, grid, pca, conds);
        for (int k = 0; k < conds.size(); k++) {
            assertThat(a.conditions().get(k).descentStates()).isEqualTo(b.conditions().get(k).descentStates());
            assertThat(a.conditions().get(k).refinedStates()).isEqualTo(b.conditions().get(k).refinedStates());
            assertThat(a.conditions().get(k).stable()).isEqualTo(b.conditions().get(k).stable());
        }
    }

    @Test
    void duplicatesWithinTheToleranceAreMergedKeepingTheSmallestResidual() {
        FixedPointConfig coarse = FixedPointConfig.defaults().withGdSteps(0).withUniqueTolerance(5.0);
        ConditionFixedPoints c = new FixedPointSearch(coarse).search(net, grid, pca,
                List.of(InputCondition.NO_STIMULUS)).of(InputCondition.NO_STIMULUS);
        // every fixed point lies within 0.96 of the origin, so a tolerance of 5 merges all into one
        assertThat(c.fixedPoints()).hasSize(1);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.candidates(); i++) {
            if (c.refinedResidual()[i] < 1e-10) {
                min = Math.min(min, c.refinedResidual()[i]);
            }
        }
        assertThat(c.fixedPoints().get(0).residual()).isEqualTo(min);
    }
}
