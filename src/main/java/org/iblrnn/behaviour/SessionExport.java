package org.iblrnn.behaviour;

import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/**
 * Turns an agent's session into IBL trial rows, so that the agent's behaviour goes through exactly the code
 * (and the CSV format) used for the mice. Follows the original's {@code convert_session_data_to_ibl_changepoint_csv}
 * except that the strength is written as it is: the original remapped strengths onto the mice's contrast levels,
 * but strength and contrast are different quantities.
 */
public final class SessionExport {

    /** The legacy stimulus azimuth of the IBL rig: position = ±35 for a right/left stimulus. */
    public static final double POSITION = 35.0;

    private SessionExport() {
    }

    /**
     * One row per trial, in table order: trial_num = trial within session + 1, session_num = session index + 1,
     * stim_probability_left = the trial's block's P(left) from {@code task.blockSideProbs()}, contrast = the raw
     * strength, position = 35 × trial side, response_choice = action side (0 on a timeout), trial_correct, and
     * reaction_time = the trial's steps: RNN steps up to and including the decision, blank steps included, all steps
     * on a timeout. This is the "# Steps / Trial" of the behaviour figures, so one number means the same everywhere
     * (the original wrote the 0-based index of the last step, one less).
     *
     * @param session the agent's session (any agent)
     * @param task    the task the session was played on (for its block probabilities)
     * @param source  the source id of the rows, e.g. "rnn"
     * @throws IllegalArgumentException if a trial's block side is not ±1
     */
    public static IblTrials toIblTrials(SessionTable session, TaskConfig task, String source) {
        TrialView v = session.trials();
        double[][] probs = task.blockSideProbs();
        IblTrials.Builder b = IblTrials.builder(source);
        for (int i = 0; i < v.size(); i++) {
            int blockSide = v.blockSide()[i];
            if (blockSide != -1 && blockSide != 1) {
                throw new IllegalArgumentException("SessionExport: trial " + i + " has block side " + blockSide
                        + "; an exported session needs block sides -1 (left) or +1 (right)");
            }
            double pLeft = probs[blockSide < 0 ? 0 : 1][0];
            b.add(v.trialWithinSession()[i] + 1, v.sessionIndex()[i] + 1, pLeft, v.strength()[i],
                    POSITION * v.side()[i], v.actionSide()[i], v.correct()[i] ? 1 : 0,
                    v.stepsInTrial()[i]);
        }
        return b.build();
    }
}
