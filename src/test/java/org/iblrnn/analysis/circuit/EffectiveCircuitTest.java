package org.iblrnn.analysis.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EffectiveCircuitTest {

    // units 0,2,4,6 follow s; 1,3,5,7 follow −s; 8, 9 are independent noise
    private static final int H = 10;

    private static boolean inA(int u) {
        return u < 8 && u % 2 == 0;
    }

    private static boolean inB(int u) {
        return u < 8 && u % 2 == 1;
    }

    private static double[] states(int rows) {
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[rows * H];
        for (int r = 0; r < rows; r++) {
            double s = rng.nextGaussian();
            for (int u = 0; u < H; u++) {
                double base = inA(u) ? s : inB(u) ? -s : 0.0;
                x[r * H + u] = base + 0.3 * rng.nextGaussian();
            }
        }
        return x;
    }

    /** +1 within a population, −1 between the two, 0.5 to/from the noise units. */
    private static double[][] weights() {
        double[][] w = new double[H][H];
        for (int i = 0; i < H; i++) {
            for (int j = 0; j < H; j++) {
                w[i][j] = (inA(i) && inA(j)) || (inB(i) && inB(j)) ? 1.0
                        : (inA(i) && inB(j)) || (inB(i) && inA(j)) ? -1.0 : 0.5;
            }
        }
        return w;
    }

    @Test
    void findsTheTwoAntiCorrelatedPopulationsAndTheRemainder() {
        EffectiveCircuit c = EffectiveCircuit.of(states(4000), H, weights());
        assertThat(c.clusterSizes()).containsExactly(4, 4, 2);
        int la = c.labels()[0];
        int lb = c.labels()[1];
        assertThat(la).isNotEqualTo(lb);
        for (int u = 0; u < 8; u++) {
            assertThat(c.labels()[u]).isEqualTo(inA(u) ? la : lb);
        }
        assertThat(c.labels()[8]).isEqualTo(3);
        assertThat(c.labels()[9]).isEqualTo(3);
        // correlations: ≈ 1/(1 + 0.09) within, ≈ −that between (n = 4000 → SE ≈ 0.005)
        double rho = 1.0 / 1.09;
        assertThat(c.correlations()[0][2]).isCloseTo(rho, within(0.03));
        assertThat(c.correlations()[0][1]).isCloseTo(-rho, within(0.03));
        assertThat(c.correlations()[0][8]).isCloseTo(0.0, within(0.08));
        // ordered matrices: the first four rows are one population
        int[] o = c.order();
        for (int i = 0; i < 4; i++) {
            assertThat(c.labels()[o[i]]).isEqualTo(1);
            assertThat(c.orderedWeights()[i][(i + 1) % 4]).isEqualTo(1.0);
            assertThat(c.orderedWeights()[i][4]).isEqualTo(-1.0);
        }
        assertThat(c.orderedCorrelations()[0][0]).isEqualTo(1.0);
    }

    @Test
    void weightDistributionsReadTheUnpermutedMatrix() {
        EffectiveCircuit c = EffectiveCircuit.of(states(4000), H, weights());
        assertThat(c.weightsBetween(1, 1)).hasSize(16).containsOnly(1.0);
        assertThat(c.weightsBetween(1, 2)).hasSize(16).containsOnly(-1.0);
        assertThat(c.weightsBetween(2, 1)).hasSize(16).containsOnly(-1.0);
        assertThat(c.weightsBetween(3, 1)).hasSize(8).containsOnly(0.5);
        assertThat(c.meanWithin()).isEqualTo(1.0);
        assertThat(c.meanBetween()).isEqualTo(-1.0);
    }

    @Test
    void constantUnitsCorrelateZero() {
        double[] x = {1, 5, 2, 5, 3, 5, 4, 5};
        double[][] r = Correlations.pearson(x, 2);
        assertThat(r[0][1]).isZero();
        assertThat(r[1][1]).isEqualTo(1.0);
        assertThat(Correlations.pearson(new double[]{1, 2, 2, 4, 3, 6}, 2)[0][1]).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void clusterAveragesBinTheReadoutLoadings() {
        // units: Block+ (t 0, b .5), Block- (t .1, b −.5), Stim+ (t .6, b 0), Stim- (t −.6, b .15), both (t .5, b .5)
        double[] t = {0.0, 0.1, 0.6, -0.6, 0.5};
        double[] b = {0.5, -0.5, 0.0, 0.15, 0.5};
        double[][] w = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                w[i][j] = 10 * i + j;
            }
        }
        ClusterAverages ca = ClusterAverages.of(t, b, w, 0.15);
        assertThat(ca.group()).containsExactly(0, 1, 2, 3, 4); // b = 0.15 is in the middle bin (−c, c]
        assertThat(ca.meanWeights()[0][1]).isEqualTo(1.0);
        assertThat(ca.meanWeights()[3][2]).isEqualTo(32.0);
        assertThat(ca.groupSizes()).containsExactly(1, 1, 1, 1, 1);
        ClusterAverages none = ClusterAverages.of(new double[]{0.9, 0.9}, new double[]{0.9, 0.9}, new double[2][2], 0.15);
        assertThat(none.meanWeights()[0][0]).isNaN();
        assertThat(none.meanWeights()[4][4]).isZero();
    }
}
