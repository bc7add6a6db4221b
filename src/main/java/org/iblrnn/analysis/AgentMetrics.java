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
        int n = t.size();
        int correct = 0;
        int actions = 0;
        long steps = 0;
        int zc = 0;
        int zcCorrect = 0;
        int zd = 0;
        int zdCorrect = 0;
        for (int i = 0; i < n; i++) {
            if (t.correct()[i]) {
                correct++;
            }
            if (t.actionTaken()[i]) {
                actions++;
            }
            steps += t.stepsInTrial()[i];
            if (t.strength()[i] == 0.0) {
                if (t.concordant()[i]) {
                    zc++;
                    zcCorrect += t.correct()[i] ? 1 : 0;
                } else {
                    zd++;
                    zdCorrect += t.correct()[i] ? 1 : 0;
                }
            }
        }
        return new AgentMetrics(ratio(correct, n), ratio(correct, actions), ratio(actions, n), ratio(steps, n),
                ratio(zcCorrect, zc), ratio(zdCorrect, zd), n);
    }

    /**
     * For the passive Bayesian observer on another agent's session: its forced decision at each trial's end row
     * (the step where the agent decided), with the agent's step counts. "Actions" are the trials where its
     * posterior had passed the 0.9 threshold by then; {@code correctByActionTaken} counts correct ones among those.
     */
    public static AgentMetrics ofObserver(ObserverResult obs, SessionTable evaluated) {
        TrialView t = evaluated.trials();
        int n = t.size();
        int correct = 0;
        int actions = 0;
        int correctActions = 0;
        long steps = 0;
        int zc = 0;
        int zcCorrect = 0;
        int zd = 0;
        int zdCorrect = 0;
        for (int i = 0; i < n; i++) {
            int row = t.endRow()[i];
            boolean ok = obs.correct()[row] == 1.0;
            boolean acted = obs.actionTaken()[row] == 1.0;
            correct += ok ? 1 : 0;
            actions += acted ? 1 : 0;
            correctActions += acted && ok ? 1 : 0;
            steps += t.stepsInTrial()[i];
            if (t.strength()[i] == 0.0) {
                if (t.concordant()[i]) {
                    zc++;
                    zcCorrect += ok ? 1 : 0;
                } else {
                    zd++;
                    zdCorrect += ok ? 1 : 0;
                }
            }
        }
        return new AgentMetrics(ratio(correct, n), ratio(correctActions, actions), ratio(actions, n), ratio(steps, n),
                ratio(zcCorrect, zc), ratio(zdCorrect, zd), n);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
