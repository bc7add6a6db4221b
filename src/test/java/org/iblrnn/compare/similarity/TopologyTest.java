package org.iblrnn.compare.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iblrnn.analysis.fixedpoint.FixedPoint;
import org.junit.jupiter.api.Test;

class TopologyTest {

    /** A fixed point with the given eigenvalues (re, im pairs), largest modulus first, flags derived from them. */
    static FixedPoint point(double[]... eig) {
        double[] re = new double[eig.length];
        double[] im = new double[eig.length];
        double radius = 0;
        int unstable = 0;
        for (int i = 0; i < eig.length; i++) {
            re[i] = eig[i][0];
            im[i] = eig[i][1];
            double m = Math.hypot(re[i], im[i]);
            radius = Math.max(radius, m);
            unstable += m > 1 ? 1 : 0;
        }
        return new FixedPoint(new double[eig.length], new double[2], 0, re, im, radius, radius < 1, unstable,
                new double[3 * eig.length], 1, 0);
    }

    @Test
    void countsStableSaddlesOtherAndSlowDirections() {
        FixedPoint slowStable = point(new double[] {0.97, 0}, new double[] {0.3, 0.4});
        FixedPoint twoSlow = point(new double[] {0.6, 0.78}, new double[] {0.6, -0.78}, new double[] {0.1, 0});
        FixedPoint fastStable = point(new double[] {0.9, 0}, new double[] {0.1, 0});
        FixedPoint saddle = point(new double[] {1.05, 0}, new double[] {0.99, 0});
        FixedPoint repeller = point(new double[] {1.3, 0}, new double[] {1.1, 0});
        Topology.ConditionTopology c = Topology.of("equal_stimulus",
                List.of(slowStable, twoSlow, fastStable, saddle, repeller));
        assertThat(c.fixedPoints()).isEqualTo(5);
        assertThat(c.stable()).isEqualTo(3);
        assertThat(c.saddles()).isEqualTo(1);
        assertThat(c.otherUnstable()).isEqualTo(1);
        // |0.6 ± 0.78i| = 0.984: a slow rotating pair counts twice; the saddle's 0.99 is not at a stable point
        assertThat(c.slowDirections()).isEqualTo(2);
        assertThat(c.slowestStableModulus()).isEqualTo(Math.hypot(0.6, 0.78));
        assertThat(c.cell()).isEqualTo("3·1·1 | 2 (0.98)");
    }

    @Test
    void theSlowMarginIsInclusiveBelowOne() {
        assertThat(Topology.slowDirections(point(new double[] {1 - Topology.SLOW_MARGIN, 0}))).isEqualTo(1);
        assertThat(Topology.slowDirections(point(new double[] {1 - Topology.SLOW_MARGIN - 1e-9, 0}))).isZero();
        Topology.ConditionTopology none = Topology.of("left_stimulus", List.of());
        assertThat(none.stable()).isZero();
        assertThat(none.slowestStableModulus()).isNaN();
        assertThat(none.cell()).isEqualTo("0·0·0 | 0");
    }

    @Test
    void anUnavailableSearchKeepsItsReasonOnOneLine() {
        Topology t = Topology.unavailable("fixed-point search unavailable: lstm state is [h, c]\n  at somewhere");
        assertThat(t.available()).isFalse();
        assertThat(t.reason()).isEqualTo("fixed-point search unavailable: lstm state is [h, c]");
        assertThat(t.rows()).isEmpty();
    }
}
