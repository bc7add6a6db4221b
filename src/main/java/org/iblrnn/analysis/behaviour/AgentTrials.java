package org.iblrnn.analysis.behaviour;

import java.util.function.IntPredicate;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/**
 * One agent's behaviour per trial, in a form every behaviour curve can bin: the trial's task variables (from the
 * session it was played on) and the agent's outcome (correct, choice, reward, observations used). A closed-loop agent
 * (RNN, actor, distilled model) has its own session; the passive Bayesian observer is read on the RNN's session at
 * the RNN's decision rows, so it shares the RNN's trials and decision times but has its own choices.
 *
 * @param trials       the trials' task variables (side, block side, strengths, trial within block, ...)
 * @param correct      1 correct / 0 incorrect or timeout
 * @param rightChoice  1 right / 0 left, NaN when no action was taken (timeout)
 * @param reward       the trial's outcome reward (+1 correct, −1 incorrect or timeout), time penalties excluded
 * @param observations observation steps seen before the decision (trial steps minus blank steps, at least 0)
 * @param actionTaken  true unless the trial timed out
 */
public record AgentTrials(TrialView trials, double[] correct, double[] rightChoice, double[] reward,
                          int[] observations, boolean[] actionTaken) {

    public AgentTrials {
        int n = trials.size();
        if (correct.length != n || rightChoice.length != n || reward.length != n || observations.length != n
                || actionTaken.length != n) {
            throw new IllegalArgumentException("AgentTrials needs one entry per trial (" + n + ") in every array");
        }
    }

    /** The behaviour of the agent that played {@code session}; {@code blankSteps} = rnn_steps_before_obs. */
    public static AgentTrials of(SessionTable session, int blankSteps) {
        TrialView t = session.trials();
        int n = t.size();
        double[] correct = new double[n];
        double[] right = new double[n];
        double[] reward = new double[n];
        int[] obs = new int[n];
        boolean[] acted = new boolean[n];
        for (int i = 0; i < n; i++) {
            correct[i] = t.correct()[i] ? 1 : 0;
            acted[i] = t.actionTaken()[i];
            right[i] = acted[i] ? (t.actionSide()[i] > 0 ? 1 : 0) : Double.NaN;
            reward[i] = session.reward()[t.endRow()[i]];
            obs[i] = Math.max(0, t.stepsInTrial()[i] - blankSteps);
        }
        return new AgentTrials(t, correct, right, reward, obs, acted);
    }

    /**
     * The Bayesian observer's forced decisions at the decision rows of the agent that played {@code session}: its
     * choice is 2·round(posterior) − 1, it never times out, and its reward is ±1.
     */
    public static AgentTrials observer(ObserverResult observer, SessionTable session, int blankSteps) {
        TrialView t = session.trials();
        int n = t.size();
        if (observer.correct().length != session.rows()) {
            throw new IllegalArgumentException("observer result has " + observer.correct().length
                    + " rows but the session has " + session.rows() + "; evaluate the observer on this session");
        }
        double[] correct = new double[n];
        double[] right = new double[n];
        double[] reward = new double[n];
        int[] obs = new int[n];
        boolean[] acted = new boolean[n];
        for (int i = 0; i < n; i++) {
            int row = t.endRow()[i];
            correct[i] = observer.correct()[row];
            double side = observer.actionSide()[row];
            right[i] = Double.isNaN(side) ? Double.NaN : side > 0 ? 1 : 0;
            reward[i] = observer.reward()[row];
            obs[i] = Math.max(0, t.stepsInTrial()[i] - blankSteps);
            acted[i] = !Double.isNaN(side);
        }
        return new AgentTrials(t, correct, right, reward, obs, acted);
    }

    /** Number of trials. */
    public int size() {
        return trials.size();
    }

    /** Every trial. */
    public static IntPredicate all() {
        return i -> true;
    }

    /** Trials of strength 0. */
    public IntPredicate zeroStrength() {
        double[] s = trials.strength();
        return i -> s[i] == 0.0;
    }

    /** Trials whose side equals ({@code true}) or differs from ({@code false}) the block side. */
    public IntPredicate concordant(boolean concordant) {
        boolean[] c = trials.concordant();
        return i -> c[i] == concordant;
    }

    /** Trials in blocks of the given side (−1 left, +1 right). */
    public IntPredicate blockSide(int side) {
        int[] b = trials.blockSide();
        return i -> b[i] == side;
    }

    /** Trials with the given correctness. */
    public IntPredicate correct(boolean correct) {
        double[] c = this.correct;
        return i -> (c[i] == 1.0) == correct;
    }

    /** Trials that ended with an action (no timeout). */
    public IntPredicate acted() {
        boolean[] a = actionTaken;
        return i -> a[i];
    }
}
