package org.iblrnn.analysis;

import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/**
 * Behaviour summary of one agent's session, as written under {@code agents.<name>} in metrics.json.
 * Ratios with nothing to divide by are NaN (written as null).
 *
 * @param correctByTotalTrials          correct actions / trials
 * @param correctByActionTaken          correct actions / actions
 * @param actionTakenByTotalTrials      actions / trials (1 − timeout rate)
 * @param dtsPerTrial                   mean RNN steps per trial, blank steps included
 * @param zeroStrengthConcordantCorrect correct / trials at strength 0 where trial side = block side
 * @param zeroStrengthDiscordantCorrect the same where they differ
 * @param trials                        number of trials
 */
public record AgentMetrics(double correctByTotalTrials, double correctByActionTaken, double actionTakenByTotalTrials,
                           double dtsPerTrial, double zeroStrengthConcordantCorrect,
                           double zeroStrengthDiscordantCorrect, int trials) {

    /** From an agent's own (closed-loop) session. */
    public static AgentMetrics of(SessionTable table) {
        TrialView t = table.trials();
        return summarise(t, t.correct(), t.actionTaken());
    }

    /**
     * For the passive Bayesian observer on another agent's session: its forced decision at each trial's end row
     * (the step where the agent decided), with the agent's step counts. "Actions" are the trials where its
     * posterior had passed the 0.9 threshold by then; {@code correctByActionTaken} counts correct ones among those.
     */
    public static AgentMetrics ofObserver(ObserverResult obs, SessionTable evaluated) {
        TrialView t = evaluated.trials();
        boolean[] correct = new boolean[t.size()];
        boolean[] acted = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            int row = t.endRow()[i];
            correct[i] = obs.correct()[row] == 1.0;
            acted[i] = obs.actionTaken()[row] == 1.0;
        }
        return summarise(t, correct, acted);
    }

    private static AgentMetrics summarise(TrialView t, boolean[] correct, boolean[] acted) {
        int n = t.size();
        int nCorrect = 0;
        int actions = 0;
        int correctActions = 0;
        long steps = 0;
        int[] zeroTrials = new int[2];
        int[] zeroCorrect = new int[2];
        for (int i = 0; i < n; i++) {
            nCorrect += correct[i] ? 1 : 0;
            actions += acted[i] ? 1 : 0;
            correctActions += acted[i] && correct[i] ? 1 : 0;
            steps += t.stepsInTrial()[i];
            if (t.strength()[i] == 0.0) {
                int k = t.concordant()[i] ? 0 : 1;
                zeroTrials[k]++;
                zeroCorrect[k] += correct[i] ? 1 : 0;
            }
        }
        return new AgentMetrics(ratio(nCorrect, n), ratio(correctActions, actions), ratio(actions, n), ratio(steps, n),
                ratio(zeroCorrect[0], zeroTrials[0]), ratio(zeroCorrect[1], zeroTrials[1]), n);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
