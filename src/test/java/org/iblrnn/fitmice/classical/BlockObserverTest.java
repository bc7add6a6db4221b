package org.iblrnn.fitmice.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlockObserverTest {

    private static double sumExp(int from, int to) {
        double s = 0;
        for (int n = from; n <= to; n++) {
            s += Math.exp(-n / 60.0);
        }
        return s;
    }

    @Test
    void hazardIsZeroBeforeTwentyTrialsAndOneAtTheLongestBlock() {
        double[] h = BlockObserver.hazard();
        for (int d = 1; d < 20; d++) {
            assertThat(h[d - 1]).isZero();
        }
        assertThat(h[19]).isCloseTo(Math.exp(-20 / 60.0) / sumExp(20, 99), within(1e-15));
        assertThat(h[98]).isEqualTo(1.0);
    }

    /**
     * 25 right stimuli from the session's first trial (no unbiased opening). Until trial 20 the block cannot have
     * ended, so P(right block) = 1/(1 + 4^−k) after k trials; after trial 20 it ends with probability h(20), when the
     * block switches to the left.
     */
    @Test
    void theBlockClockStartsTheSwitchHazardAfterTwentyTrials() {
        int n = 25;
        int[] side = new int[n];
        Arrays.fill(side, 1);
        double[] pi = new double[n];
        BlockObserver.priorRight(side, 0, n, 0, pi);
        for (int k = 0; k <= 19; k++) {
            double pr = 1 / (1 + Math.pow(4, -k));
            assertThat(pi[k]).as("trial %d", k).isCloseTo(0.8 * pr + 0.2 * (1 - pr), within(1e-15));
        }
        double pr20 = 1 / (1 + Math.pow(4, -20));
        double h = Math.exp(-20 / 60.0) / sumExp(20, 99);
        double next = pr20 * (1 - h) + (1 - pr20) * h;
        assertThat(pi[20]).isCloseTo(0.8 * next + 0.2 * (1 - next), within(1e-15));
    }

    /**
     * Two unbiased trials: their prior is ½ and their sides teach nothing; the first biased block starts on trial 2
     * at ½, then left (P(R) = 0.2, π = 0.32), then right (P(R) back to ½).
     */
    @Test
    void theUnbiasedOpeningIsIgnoredAndTheFirstBlockSideIsACoinFlip() {
        int[] side = {1, 1, -1, 1, 1};
        double[] pi = new double[5];
        BlockObserver.priorRight(side, 0, 5, 2, pi);
        assertThat(pi).containsExactly(new double[] {0.5, 0.5, 0.5, 0.32, 0.5}, within(1e-15));
    }

    /** A trial without a recorded side moves the block clock without evidence. */
    @Test
    void aTrialWithoutASideIsNoEvidence() {
        double[] pi = new double[4];
        BlockObserver.priorRight(new int[] {1, 0, 0, 1}, 0, 4, 0, pi);
        assertThat(pi[1]).isCloseTo(0.68, within(1e-15));
        assertThat(pi[3]).isCloseTo(0.68, within(1e-15));
    }
}
