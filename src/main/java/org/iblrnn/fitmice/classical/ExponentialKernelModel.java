package org.iblrnn.fitmice.classical;

/**
 * A prior that is an exponentially weighted average of past events, each +1 (right) or −1 (left):
 * π₀ = ½ at every session's start and π_{t+1} = π_t + α·([e_t = right] − π_t) after a trial with an event; a trial
 * without one (no response, or no recorded side) leaves π unchanged. 1/α is the kernel's mean lag in trials.
 */
abstract class ExponentialKernelModel extends PriorChoiceModel {

    ExponentialKernelModel(String name, int starts) {
        super(name, true, starts);
    }

    /** The event of every trial: −1, +1, or 0 for none. */
    abstract int[] events(TrialTable t);

    @Override
    final PriorSequence prior(TrialTable t) {
        int[] e = events(t);
        int[] start = t.start();
        return new PriorSequence() {
            @Override
            public boolean dependsOnTheta() {
                return true;
            }

            @Override
            public void fill(double[] theta, double[] pi, double[] dPi) {
                double alpha = theta[3];
                for (int k = 0; k + 1 < start.length; k++) {
                    double p = 0.5;
                    double dp = 0.0;
                    for (int i = start[k]; i < start[k + 1]; i++) {
                        pi[i] = p;
                        if (dPi != null) {
                            dPi[i] = dp;
                        }
                        if (e[i] != 0) {
                            double target = e[i] > 0 ? 1.0 : 0.0;
                            dp = (1.0 - alpha) * dp + (target - p);
                            p += alpha * (target - p);
                        }
                    }
                }
            }
        };
    }
}
