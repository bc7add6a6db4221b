package org.iblrnn.task;

import org.iblrnn.config.TaskConfig;

/**
 * Plays one generated session against an agent, one RNN step at a time. The environment reacts to the agent, so
 * the number of steps is only known at the end.
 *
 * <p>Per step: call {@link #input(double[])}, feed it to the agent, then {@link #respond(double, double)} with the
 * agent's probabilities; repeat until {@link #done()}. Reward rules of {@code respond}:
 * <ul>
 *   <li>blank step (step within trial &lt; {@code rnn_steps_before_obs}) → 0, never ends the trial;</li>
 *   <li>else max(P(left), P(right)) &gt; 0.9 → an action on the more probable side: +1 if it is the trial's side,
 *       −1 if not; the trial ends;</li>
 *   <li>else the trial's last step ({@code rnn_steps_before_obs + max_obs_per_trial − 1}) → −1, a timeout; the
 *       trial ends;</li>
 *   <li>else {@code time_delay_penalty}.</li>
 * </ul>
 * Blank steps are recognised by their index, which is equivalent to the original's "both observations exactly 0"
 * for generated sessions (an observation step is exactly 0 with probability 0) and cannot leave a trial without a
 * last step. Ties: with probabilities that sum to 1 a tie is 0.5/0.5 and cannot act; an agent returning
 * unnormalised values with pLeft == pRight &gt; 0.9 acts left (first index, the argmax convention). NaN
 * probabilities are rejected because they mean the agent has diverged.
 *
 * <p>Not thread-safe; one instance per session. No allocation per step.
 */
public final class TaskEnvironment {

    /** Probability an action needs to exceed. */
    public static final double ACTION_THRESHOLD = 0.9;

    private final GeneratedSession session;
    private final int blankSteps;
    private final int lastStep;
    private final double timeDelayPenalty;

    private int trial;
    private int stepInTrial;
    private int stepInSession;
    private double feedback;
    private boolean lastEndedTrial;
    private int lastActionSide;

    /**
     * @param cfg     the task parameters the session was generated with
     * @param session the session to play
     * @throws IllegalArgumentException if the session's trial layout does not match {@code cfg}
     */
    public TaskEnvironment(TaskConfig cfg, GeneratedSession session) {
        if (session.stepsPerTrial() != cfg.stepsPerTrial() || session.blankSteps() != cfg.rnnStepsBeforeObs()) {
            throw new IllegalArgumentException("session has " + session.stepsPerTrial() + " steps per trial with "
                    + session.blankSteps() + " blank, but the config says " + cfg.stepsPerTrial() + " with "
                    + cfg.rnnStepsBeforeObs() + " (env.kwargs.rnn_steps_before_obs/max_obs_per_trial); "
                    + "generate the session with the same TaskConfig");
        }
        this.session = session;
        this.blankSteps = cfg.rnnStepsBeforeObs();
        this.lastStep = cfg.stepsPerTrial() - 1;
        this.timeDelayPenalty = cfg.timeDelayPenalty();
    }

    /** True once the last trial of the last block has ended. */
    public boolean done() {
        return trial >= session.numTrials();
    }

    /**
     * Writes the agent's input for the current step.
     *
     * @param out receives [left_t, right_t, feedback_{t−1}] (length ≥ 3; modified); feedback is 0 at session start
     */
    public void input(double[] out) {
        checkNotDone();
        out[0] = session.left(trial, stepInTrial);
        out[1] = session.right(trial, stepInTrial);
        out[2] = feedback;
    }

    /**
     * Scores the agent's answer to the current step and advances to the next step.
     *
     * @param pLeft  P(left) the agent produced for this step
     * @param pRight P(right)
     * @return this step's reward (0, time_delay_penalty, +1 or −1)
     * @throws IllegalStateException    if the session is already done
     * @throws IllegalArgumentException if a probability is NaN
     */
    public double respond(double pLeft, double pRight) {
        checkNotDone();
        if (Double.isNaN(pLeft) || Double.isNaN(pRight)) {
            throw new IllegalArgumentException("agent returned NaN probabilities (P(left) = " + pLeft + ", P(right) = "
                    + pRight + ") at step " + stepInSession + " of the session; the model has diverged");
        }
        double reward;
        boolean ends;
        int actionSide = 0;
        if (stepInTrial < blankSteps) {
            reward = 0;
            ends = false;
        } else if (Math.max(pLeft, pRight) > ACTION_THRESHOLD) {
            actionSide = pRight > pLeft ? 1 : -1;
            reward = actionSide == session.trialSide(trial) ? 1 : -1;
            ends = true;
        } else if (stepInTrial == lastStep) {
            reward = -1;
            ends = true;
        } else {
            reward = timeDelayPenalty;
            ends = false;
        }
        lastEndedTrial = ends;
        lastActionSide = actionSide;
        feedback = reward;
        stepInSession++;
        if (ends) {
            trial++;
            stepInTrial = 0;
        } else {
            stepInTrial++;
        }
        return reward;
    }

    private void checkNotDone() {
        if (done()) {
            throw new IllegalStateException("session is done after " + stepInSession + " steps; check done() before "
                    + "stepping");
        }
    }

    /** The session being played. */
    public GeneratedSession session() {
        return session;
    }

    /** Session-wide index of the current step's trial (equals the number of trials when done). */
    public int trial() {
        return trial;
    }

    /** 0-based index of the current step within its trial. */
    public int stepInTrial() {
        return stepInTrial;
    }

    /** 0-based index of the current step within the session (= steps played so far). */
    public int stepInSession() {
        return stepInSession;
    }

    /** Whether the current step is blank (its observations are 0 and it can neither act nor time out). */
    public boolean isBlankStep() {
        return stepInTrial < blankSteps;
    }

    /** Whether the step just answered ended its trial (action or timeout). */
    public boolean lastStepEndedTrial() {
        return lastEndedTrial;
    }

    /** Side of the action taken at the step just answered: −1/+1, or 0 if it was not an action. */
    public int lastActionSide() {
        return lastActionSide;
    }
}
