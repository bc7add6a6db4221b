package org.iblrnn.fitmice.classical;

/**
 * {@code stimulus_kernel}: the prior is an exponential average of past stimulus sides (revealed by the feedback),
 * the heuristic estimate of the block an observer can make without the block structure; unlike the action kernel it
 * learns from the world rather than from the mouse's own choices.
 */
public final class StimulusKernelModel extends ExponentialKernelModel {

    public static final String NAME = "stimulus_kernel";

    public StimulusKernelModel() {
        this(DEFAULT_STARTS);
    }

    public StimulusKernelModel(int starts) {
        super(NAME, starts);
    }

    @Override
    int[] events(TrialTable t) {
        return t.side();
    }
}
