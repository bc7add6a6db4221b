package org.iblrnn.fitmice.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.special.Erf;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.junit.jupiter.api.Test;

/**
 * Each classical model's likelihood on a five-trial session against the value computed by hand: the priors are
 * worked out below in closed form, Φ and Φ⁻¹ come from Hipparchus (independent of {@link NormalCdf}).
 */
class ClassicalLikelihoodTest {

    /** Trial 2 has no response: it is left out of every likelihood but its stimulus side is still seen. */
    static final ChoiceSession SESSION = new ChoiceSession(1,
            new double[] {0.25, -0.0625, 0.0, 0.125, -1.0},
            new int[] {1, -1, 1, 1, -1},
            new int[] {1, -1, 0, 1, 1},
            new int[] {1, 1, 0, 1, 0},
            new double[] {0.8, 0.8, 0.8, 0.8, 0.8});

    static final double ZETA = 0.15;
    static final double LAPSE_LEFT = 0.1;
    static final double LAPSE_RIGHT = 0.05;
    static final double ALPHA = 0.3;

    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    static double probit(double p) {
        return Math.sqrt(2.0) * Erf.erfInv(2.0 * p - 1.0);
    }

    /** −Σ log P(choice) over the responded trials of {@link #SESSION} for the given P(right) per trial. */
    static double handNll(double[] pRight) {
        double nll = 0;
        int[] choice = SESSION.choice();
        for (int t = 0; t < choice.length; t++) {
            if (choice[t] != 0) {
                nll -= Math.log(choice[t] > 0 ? pRight[t] : 1 - pRight[t]);
            }
        }
        return nll;
    }

    /** P(right) of the prior models given the hand-computed priors. */
    static double[] priorModel(double[] prior) {
        double kappa = Math.sqrt(1 + ZETA * ZETA / (0.49 * 0.49));
        double[] p = new double[prior.length];
        for (int t = 0; t < p.length; t++) {
            double z = SESSION.signedContrast()[t] / ZETA + kappa * probit(prior[t]);
            p[t] = LAPSE_LEFT + (1 - LAPSE_LEFT - LAPSE_RIGHT) * phi(z);
        }
        return p;
    }

    static void check(ClassicalModel model, double[] theta, double[] expectedPRight) {
        ClassicalModel.Likelihood lik = model.likelihood(TrialTable.of(List.of(SESSION)));
        assertThat(lik.negLogLikelihood(theta, null)).as(model.name())
                .isCloseTo(handNll(expectedPRight), within(1e-12));
        double[] p = lik.pRight(theta);
        for (int t = 0; t < p.length; t++) {
            assertThat(p[t]).as("%s P(right) on trial %d", model.name(), t).isCloseTo(expectedPRight[t], within(1e-14));
        }
    }

    @Test
    void psychometric() {
        double mu = 0.05;
        double sigma = 0.2;
        double[] expected = new double[5];
        for (int t = 0; t < 5; t++) {
            expected[t] = 0.1 + 0.85 * phi((SESSION.signedContrast()[t] - mu) / sigma);
        }
        check(new PsychometricChoiceModel(), new double[] {mu, sigma, 0.1, 0.05}, expected);
    }

    /**
     * Choices R, L, none, R: π = ½; ½ + 0.3·½ = 0.65; 0.65 − 0.3·0.65 = 0.455; unchanged by the trial without a
     * response; 0.455 + 0.3·(1 − 0.455) = 0.6185.
     */
    @Test
    void actionKernel() {
        check(new ActionKernelModel(), new double[] {ZETA, LAPSE_LEFT, LAPSE_RIGHT, ALPHA},
                priorModel(new double[] {0.5, 0.65, 0.455, 0.455, 0.6185}));
    }

    /** Sides R, L, R, R: as the action kernel up to trial 2, whose right side (seen without a response) counts. */
    @Test
    void stimulusKernel() {
        check(new StimulusKernelModel(), new double[] {ZETA, LAPSE_LEFT, LAPSE_RIGHT, ALPHA},
                priorModel(new double[] {0.5, 0.65, 0.455, 0.6185, 0.6185 + 0.3 * (1 - 0.6185)}));
    }

    /**
     * No block can end within 5 trials, so the posterior of a right block after sides s is 0.8^#R 0.2^#L normalised
     * against 0.2^#R 0.8^#L, and π = 0.8·P(R) + 0.2·P(L): ½; after R P(R) = 0.8, π = 0.68; after R, L ½, π = ½;
     * after R, L, R 0.68 again; after R, L, R, R P(R) = 0.64/0.68, π = 0.8·0.64/0.68 + 0.2·0.04/0.68.
     */
    @Test
    void bayesOptimal() {
        double pr = 0.64 / 0.68;
        check(new BayesOptimalModel(), new double[] {ZETA, LAPSE_LEFT, LAPSE_RIGHT},
                priorModel(new double[] {0.5, 0.68, 0.5, 0.68, 0.8 * pr + 0.2 * (1 - pr)}));
    }

    @Test
    void atZeroContrastOnlyThePriorAndTheLapsesRemain() {
        ClassicalModel.Likelihood lik = new ActionKernelModel().likelihood(TrialTable.of(List.of(SESSION)));
        double[] p0 = lik.pRightAtZeroContrast(new double[] {ZETA, LAPSE_LEFT, LAPSE_RIGHT, ALPHA});
        double kappa = Math.sqrt(1 + ZETA * ZETA / (0.49 * 0.49));
        assertThat(p0[1]).isCloseTo(0.1 + 0.85 * phi(kappa * probit(0.65)), within(1e-14));
        assertThat(p0[0]).isCloseTo(0.1 + 0.85 * 0.5, within(1e-15));
    }

    /** For every model, the zero-contrast prediction of trial t is the prediction with only c_t set to 0. */
    @Test
    void zeroContrastPredictionsZeroOnlyThatTrialsContrast() {
        List<ChoiceSession> data = org.iblrnn.fitmice.SyntheticTask.sessions(1, 200, 8,
                () -> SimulatedMice.kernel(new double[] {0.1, 0.1, 0.05, 0.3}, true));
        ChoiceSession s = data.get(0);
        List<ClassicalModel> models = List.of(new PsychometricChoiceModel(), new BayesOptimalModel(),
                new ActionKernelModel(), new StimulusKernelModel());
        for (ClassicalModel m : models) {
            ChoiceModel.Fitted f = m.fit(data, 1);
            double[] p0 = f.pRightAtZeroContrast(s).orElseThrow();
            for (int t = 0; t < s.trials(); t += 7) {
                double[] c = s.signedContrast().clone();
                c[t] = 0.0;
                ChoiceSession zeroed = new ChoiceSession(s.sessionNum(), c, s.stimulusSide(), s.choice(),
                        s.rewarded(), s.stimProbabilityLeft());
                assertThat(p0[t]).as("%s trial %d", m.name(), t).isCloseTo(f.pRight(zeroed)[t], within(1e-15));
            }
        }
    }
}
