package org.iblrnn.fitmice.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BayesianModelSelectionTest {

    /** Every mouse favours model 0 by 100 nats: each mouse's responsibility is all on it, α = (1 + n, 1, 1). */
    @Test
    void whenEveryMouseFavoursOneModelItsExceedanceGoesToOne() {
        int n = 20;
        double[][] lme = new double[n][3];
        for (double[] row : lme) {
            row[0] = -1000;
            row[1] = -1100;
            row[2] = -1100;
        }
        BayesianModelSelection.Result r = BayesianModelSelection.fit(lme, 1, 100_000);
        assertThat(r.alpha()).containsExactly(new double[] {21, 1, 1}, within(1e-9));
        assertThat(r.expectedFrequency()[0]).isCloseTo(21.0 / 23, within(1e-9));
        assertThat(r.exceedance()[0]).isGreaterThan(0.9999);
    }

    /**
     * Equal evidence everywhere: symmetric α = 1 + n/3, and each model is the most frequent in a third of the draws,
     * within 5 binomial standard errors of the draw count.
     */
    @Test
    void symmetricEvidenceGivesEqualFrequenciesAndExceedances() {
        int n = 15;
        int draws = 100_000;
        double[][] lme = new double[n][3];
        for (double[] row : lme) {
            java.util.Arrays.fill(row, -500);
        }
        BayesianModelSelection.Result r = BayesianModelSelection.fit(lme, 3, draws);
        assertThat(r.alpha()).containsExactly(new double[] {6, 6, 6}, within(1e-9));
        double se = Math.sqrt((1.0 / 3) * (2.0 / 3) / draws);
        for (double xp : r.exceedance()) {
            assertThat(xp).isCloseTo(1.0 / 3, within(5 * se));
        }
    }

    /**
     * Two models, 12 mice for the first and 8 for the second (decisively): α = (13, 9) and the exceedance is the
     * Beta tail P(r₁ &gt; ½) = P(Binomial(21, ½) ≤ 12), summed by hand; sampling agrees within 5 SE.
     */
    @Test
    void twoModelsUseTheExactBetaTail() {
        double[][] lme = new double[20][2];
        for (int i = 0; i < 20; i++) {
            lme[i][0] = i < 12 ? 0 : -200;
            lme[i][1] = i < 12 ? -200 : 0;
        }
        BayesianModelSelection.Result r = BayesianModelSelection.fit(lme, 1, 0);
        assertThat(r.alpha()).containsExactly(new double[] {13, 9}, within(1e-9));
        double tail = 0;
        double c = 1;
        for (int k = 0; k <= 12; k++) {
            tail += c;
            c = c * (21 - k) / (k + 1);
        }
        tail /= Math.pow(2, 21);
        assertThat(r.exceedance()[0]).isCloseTo(tail, within(1e-12));
        assertThat(r.draws()).isZero();
        int draws = 200_000;
        double sampled = BayesianModelSelection.exceedance(r.alpha(), 9, draws)[0];
        assertThat(sampled).isCloseTo(tail, within(5 * Math.sqrt(tail * (1 - tail) / draws)));
    }

    /** Mixed evidence: the posterior counts still sum to the prior counts plus one per mouse. */
    @Test
    void responsibilitiesOfEachMouseSumToOne() {
        double[][] lme = {{-10, -11, -12}, {-12, -10, -10.5}, {-3, -3, -3}, {-7, -9, -6}};
        BayesianModelSelection.Result r = BayesianModelSelection.fit(lme, 1, 1000);
        assertThat(r.alpha()[0] + r.alpha()[1] + r.alpha()[2]).isCloseTo(3 + 4, within(1e-9));
        assertThat(r.expectedFrequency()[0] + r.expectedFrequency()[1] + r.expectedFrequency()[2])
                .isCloseTo(1.0, within(1e-12));
    }
}
