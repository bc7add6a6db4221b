package org.iblrnn.fitmice.classical;

/**
 * {@code action_kernel}: the prior is an exponential average of the mouse's own past choices (Findling et al.,
 * Nature 2025, found it the best of the subjective priors, median 1/α ≈ 5.5 trials). It needs no knowledge of the
 * block structure and makes the mouse repeat itself, right or wrong.
 */
public final class ActionKernelModel extends ExponentialKernelModel {

    public static final String NAME = "action_kernel";

    public ActionKernelModel() {
        this(DEFAULT_STARTS);
    }

    public ActionKernelModel(int starts) {
        super(NAME, starts);
    }

    @Override
    int[] events(TrialTable t) {
        return t.choice();
    }
}
