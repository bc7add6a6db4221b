package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Agent;

/**
 * Common closed-loop machinery of the original's actors (Bayesian, blockless, exponentially weighted): they react to
 * three kinds of step and differ only in how the next trial's stimulus prior is formed.
 * <ul>
 *   <li>blank step with zero feedback: nothing changes;</li>
 *   <li>blank step with non-zero feedback (first step of the next trial): the previous trial's side is inferred
 *       from the rounded stimulus posterior and whether the feedback is exactly +1 (so a timeout is read as a wrong
 *       choice of the rounded side; a posterior of exactly 0.5 is read as left), then {@link #nextPrior} sets the
 *       prior;</li>
 *   <li>observation step: posterior ∝ posterior ⊙ Σ_k P(k) N(d; μ_sk, √2), i.e. the strength is re-marginalised at
 *       every step (the paper's second quirk).</li>
 * </ul>
 * The output probabilities are the stimulus posterior.
 */
abstract class MarginalisingActor implements Agent {

    protected final StimulusLikelihood likelihood;
    /** Stimulus posterior [P(left), P(right)] of the current trial (the prior before its first observation). */
    protected final double[] stimulus = {0.5, 0.5};
    private final double[] stepLikelihood = new double[2];

    MarginalisingActor(TaskConfig task) {
        this.likelihood = new StimulusLikelihood(task);
    }

    /** The agent's name as used in run directories and figures. */
    public abstract String name();

    /** Resets the subclass's across-trial state. */
    protected abstract void resetTrialHistory();

    /**
     * Called once per finished trial with the inferred side (0 left, 1 right); must write the next trial's stimulus
     * prior into {@link #stimulus}.
     */
    protected abstract void nextPrior(int inferredSide);

    @Override
    public final void reset() {
        stimulus[0] = 0.5;
        stimulus[1] = 0.5;
        resetTrialHistory();
    }

    @Override
    public final void step(double[] input, double[] probsOut) {
        boolean blank = input[0] == 0.0 && input[1] == 0.0;
        double feedback = input[2];
        if (blank) {
            if (feedback != 0.0) {
                nextPrior(FeedbackSideInference.previousSide(stimulus, feedback));
            }
        } else {
            likelihood.marginalPerStep(input[1] - input[0], stepLikelihood);
            double l = stimulus[0] * stepLikelihood[0];
            double r = stimulus[1] * stepLikelihood[1];
            double z = l + r;
            if (!(z > 0)) {
                throw new IllegalStateException("stimulus posterior underflowed to zero mass at observation "
                        + input[0] + ", " + input[1] + " with prior " + stimulus[0] + ", " + stimulus[1]);
            }
            stimulus[0] = l / z;
            stimulus[1] = r / z;
        }
        probsOut[0] = stimulus[0];
        probsOut[1] = stimulus[1];
    }
}
