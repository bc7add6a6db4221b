package org.iblrnn.fitmice.classical;

import java.util.List;

/**
 * {@code psychometric}: the baseline without any history. P(right) = γ_L + (1 − γ_L − γ_R)·Φ((c − μ)/σ) with c the
 * signed contrast (fraction), μ a fixed side bias and σ the sensory width: psychofit's {@code erf_psycho_2gammas}
 * fitted to single trials. What every history model must beat to show that the mouse uses its past.
 */
public final class PsychometricChoiceModel extends ClassicalModel {

    public static final String NAME = "psychometric";

    public PsychometricChoiceModel() {
        this(DEFAULT_STARTS);
    }

    public PsychometricChoiceModel(int starts) {
        super(NAME, List.of(
                new FreeParameter("bias", FreeParameter.Transform.IDENTITY, 0.0, -0.1, 0.1),
                new FreeParameter("sigma", FreeParameter.Transform.LOG, 0.15, 0.05, 0.3),
                new FreeParameter("lapse_left", FreeParameter.Transform.HALF_LOGIT, 0.05, 0.02, 0.1),
                new FreeParameter("lapse_right", FreeParameter.Transform.HALF_LOGIT, 0.05, 0.02, 0.1)), starts);
    }

    @Override
    Likelihood likelihood(TrialTable t) {
        return new Likelihood() {
            @Override
            public double negLogLikelihood(double[] theta, double[] gradient) {
                double mu = theta[0];
                double sigma = theta[1];
                double[] d = new double[3];
                double nll = 0.0;
                double gMu = 0.0;
                double gSigma = 0.0;
                double gLeft = 0.0;
                double gRight = 0.0;
                double[] c = t.contrast();
                int[] choice = t.choice();
                for (int i = 0; i < c.length; i++) {
                    if (choice[i] == 0) {
                        continue;
                    }
                    double z = (c[i] - mu) / sigma;
                    nll += LapsedProbit.negLogLikelihood(choice[i] > 0, z, theta[2], theta[3], d);
                    gMu -= d[0] / sigma;
                    gSigma -= d[0] * z / sigma;
                    gLeft += d[1];
                    gRight += d[2];
                }
                if (gradient != null) {
                    gradient[0] = gMu;
                    gradient[1] = gSigma;
                    gradient[2] = gLeft;
                    gradient[3] = gRight;
                }
                return nll;
            }

            @Override
            public double[] pRight(double[] theta) {
                double[] c = t.contrast();
                double[] out = new double[c.length];
                for (int i = 0; i < c.length; i++) {
                    out[i] = LapsedProbit.pRight((c[i] - theta[0]) / theta[1], theta[2], theta[3]);
                }
                return out;
            }

            @Override
            public double[] pRightAtZeroContrast(double[] theta) {
                double[] out = new double[t.trials()];
                java.util.Arrays.fill(out, LapsedProbit.pRight(-theta[0] / theta[1], theta[2], theta[3]));
                return out;
            }
        };
    }
}
