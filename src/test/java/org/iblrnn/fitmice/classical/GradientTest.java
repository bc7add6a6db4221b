package org.iblrnn.fitmice.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.fitmice.SyntheticTask;
import org.junit.jupiter.api.Test;

/** Every classical model's analytic gradient against central finite differences of its likelihood. */
class GradientTest {

    static final List<ChoiceSession> DATA = SyntheticTask.sessions(3, 300, 7,
            () -> SimulatedMice.kernel(new double[] {0.1, 0.1, 0.05, 0.3}, true));

    static void check(ClassicalModel model, double[] theta) {
        ClassicalModel.Likelihood lik = model.likelihood(TrialTable.of(DATA));
        double[] g = new double[theta.length];
        lik.negLogLikelihood(theta, g);
        for (int i = 0; i < theta.length; i++) {
            double h = 1e-6 * Math.max(1e-3, Math.abs(theta[i]));
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (lik.negLogLikelihood(plus, null) - lik.negLogLikelihood(minus, null)) / (2 * h);
            assertThat(g[i]).as("%s d/d%s", model.name(), model.parameters().get(i).name())
                    .isCloseTo(fd, within(1e-6 * Math.max(1.0, Math.abs(fd))));
        }
    }

    @Test
    void psychometric() {
        check(new PsychometricChoiceModel(), new double[] {0.04, 0.13, 0.07, 0.11});
    }

    @Test
    void actionKernel() {
        check(new ActionKernelModel(), new double[] {0.13, 0.07, 0.02, 0.35});
    }

    @Test
    void stimulusKernel() {
        check(new StimulusKernelModel(), new double[] {0.09, 0.03, 0.12, 0.15});
    }

    @Test
    void bayesOptimal() {
        check(new BayesOptimalModel(), new double[] {0.2, 0.04, 0.06});
    }
}
