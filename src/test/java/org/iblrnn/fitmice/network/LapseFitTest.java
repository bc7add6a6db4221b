package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LapseFitTest {

    /**
     * Where the model is certain, the lapses are the only source of "wrong" choices, so their maximum-likelihood
     * values are the observed fractions: right choices among p = 0 trials (1 of 4) and left ones among p = 1
     * trials (1 of 5).
     */
    @Test
    void lapsesOfACertainModelAreTheObservedErrorRates() {
        double[] p = {0, 0, 0, 0, 1, 1, 1, 1, 1};
        int[] y = {1, 0, 0, 0, 0, 1, 1, 1, 1};
        LapseFit.Lapses l = LapseFit.fit(p, y, p.length);
        assertThat(l.left()).isCloseTo(0.25, offset(1e-9));
        assertThat(l.right()).isCloseTo(0.2, offset(1e-9));
        assertThat(l.logLikelihood()).isCloseTo(Math.log(0.25) + 3 * Math.log(0.75) + Math.log(0.2)
                + 4 * Math.log(0.8), offset(1e-12));
    }

    @Test
    void noLapsesWhenTheModelExplainsEveryChoice() {
        LapseFit.Lapses l = LapseFit.fit(new double[]{0.1, 0.9, 0.2, 0.7}, new int[]{0, 1, 0, 1}, 4);
        assertThat(l.left()).isZero();
        assertThat(l.right()).isZero();
    }

    /**
     * Choices drawn with lapses 0.1 and 0.05 from a model that is not certain: the optimum is interior and the
     * score in each lapse vanishes there.
     */
    @Test
    void theFittedLapsesZeroTheScore() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 2000;
        double[] p = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = rng.nextDouble();
            y[i] = rng.nextDouble() < 0.1 + 0.85 * p[i] ? 1 : 0;
        }
        LapseFit.Lapses l = LapseFit.fit(p, y, p.length);
        assertThat(l.left()).isStrictlyBetween(0.0, LapseFit.MAX_LAPSE);
        assertThat(l.right()).isStrictlyBetween(0.0, LapseFit.MAX_LAPSE);
        // the distance to the optimum along each lapse, score / curvature by central differences, is tiny
        double h = 1e-5;
        double ll = l.logLikelihood();
        double lp = LapseFit.logLikelihood(p, y, n, l.left() + h, l.right());
        double lm = LapseFit.logLikelihood(p, y, n, l.left() - h, l.right());
        double rp = LapseFit.logLikelihood(p, y, n, l.left(), l.right() + h);
        double rm = LapseFit.logLikelihood(p, y, n, l.left(), l.right() - h);
        assertThat(Math.abs((lp - lm) / (2 * h) / ((lp - 2 * ll + lm) / (h * h)))).isLessThan(1e-6);
        assertThat(Math.abs((rp - rm) / (2 * h) / ((rp - 2 * ll + rm) / (h * h)))).isLessThan(1e-6);
        assertThat(lp - 2 * ll + lm).isNegative();
        assertThat(rp - 2 * ll + rm).isNegative();
    }
}
