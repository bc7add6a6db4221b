package org.iblrnn.fitmice.classical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.fitmice.SyntheticTask;
import org.junit.jupiter.api.Test;

/**
 * Each classical model, fitted to choices simulated from it with known parameters, recovers them within 4 standard
 * errors. The standard errors are those of the fit itself: the inverse observed Fisher information (the Hessian of
 * the negative log-likelihood at the optimum, by central differences of the exact gradient) in the optimiser's
 * coordinates, where the likelihood is closest to quadratic. They shrink as 1/√(trials), so the check tightens with
 * the amount of simulated data; 4 SE leaves a chance of about 6e-5 per parameter for a correct fit to fail.
 */
class ParameterRecoveryTest {

    static final int SESSIONS = 16;
    static final int TRIALS = 600;
    static final double K = 4.0;

    static void assertRecovers(ClassicalModel model, List<ChoiceSession> data, double[] truth) {
        TrialTable table = TrialTable.of(data);
        ClassicalModel.Likelihood lik = model.likelihood(table);
        double[] fitted = model.fitTheta(lik, 11L);
        List<FreeParameter> params = model.parameters();
        int k = params.size();
        double[] phiHat = new double[k];
        for (int i = 0; i < k; i++) {
            phiHat[i] = params.get(i).transform().inverse(fitted[i]);
        }
        double[][] h = new double[k][k];
        for (int j = 0; j < k; j++) {
            double step = 1e-4;
            double[] plus = phiHat.clone();
            double[] minus = phiHat.clone();
            plus[j] += step;
            minus[j] -= step;
            double[] gp = gradientInPhi(model, lik, plus);
            double[] gm = gradientInPhi(model, lik, minus);
            for (int i = 0; i < k; i++) {
                h[i][j] = (gp[i] - gm[i]) / (2 * step);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = m;
                h[j][i] = m;
            }
        }
        RealMatrix cov = MatrixUtils.inverse(new Array2DRowRealMatrix(h));
        for (int i = 0; i < k; i++) {
            double se = Math.sqrt(cov.getEntry(i, i));
            double phiTrue = params.get(i).transform().inverse(truth[i]);
            assertThat(Math.abs(phiHat[i] - phiTrue))
                    .as("%s %s: fitted %s, true %s, SE %s (optimiser coordinate)", model.name(), params.get(i).name(),
                            fitted[i], truth[i], se)
                    .isLessThanOrEqualTo(K * se);
            assertThat(se).as("%s %s is identified", model.name(), params.get(i).name()).isLessThan(0.5);
        }
    }

    static double[] gradientInPhi(ClassicalModel model, ClassicalModel.Likelihood lik, double[] phi) {
        List<FreeParameter> params = model.parameters();
        double[] theta = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            theta[i] = params.get(i).transform().apply(phi[i]);
        }
        double[] g = new double[phi.length];
        lik.negLogLikelihood(theta, g);
        for (int i = 0; i < phi.length; i++) {
            g[i] *= params.get(i).transform().derivative(theta[i]);
        }
        return g;
    }

    @Test
    void psychometric() {
        double[] truth = {0.03, 0.12, 0.06, 0.03};
        assertRecovers(new PsychometricChoiceModel(),
                SyntheticTask.sessions(SESSIONS, TRIALS, 1, () -> SimulatedMice.psychometric(truth)), truth);
    }

    @Test
    void actionKernel() {
        double[] truth = {0.12, 0.08, 0.04, 0.25};
        assertRecovers(new ActionKernelModel(),
                SyntheticTask.sessions(SESSIONS, TRIALS, 2, () -> SimulatedMice.kernel(truth, true)), truth);
    }

    @Test
    void stimulusKernel() {
        double[] truth = {0.12, 0.08, 0.04, 0.1};
        assertRecovers(new StimulusKernelModel(),
                SyntheticTask.sessions(SESSIONS, TRIALS, 3, () -> SimulatedMice.kernel(truth, false)), truth);
    }

    @Test
    void bayesOptimal() {
        double[] truth = {0.12, 0.08, 0.04};
        List<ChoiceSession> stimuli = SyntheticTask.sessions(SESSIONS, TRIALS, 4, () -> SimulatedMice.psychometric(
                new double[] {0, 0.1, 0.1, 0.1}));
        assertRecovers(new BayesOptimalModel(), SimulatedMice.bayesOptimal(stimuli, truth, 5), truth);
    }
}
