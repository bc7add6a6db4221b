package org.iblrnn.fitmice.classical;

import java.util.List;
import org.iblrnn.fitmice.ChoiceSession;

/**
 * Sessions laid end to end in flat arrays, so that a likelihood evaluation is one loop over trials. Session k holds
 * trials {@code start[k]} to {@code start[k + 1]} − 1; a model's history restarts at each session's first trial.
 *
 * @param contrast       signed contrast per trial (fraction, negative: left)
 * @param choice         −1 left, +1 right, 0 no response
 * @param side           stimulus side, −1 / +1, 0 when unknown
 * @param start          first trial of each session, then the total (length sessions + 1)
 * @param unbiasedPrefix per session, how many trials open it with P(left stimulus) = 0.5
 * @param responded      number of trials with a response
 */
record TrialTable(double[] contrast, int[] choice, int[] side, int[] start, int[] unbiasedPrefix, int responded) {

    static TrialTable of(List<ChoiceSession> sessions) {
        int n = sessions.stream().mapToInt(ChoiceSession::trials).sum();
        double[] c = new double[n];
        int[] choice = new int[n];
        int[] side = new int[n];
        int[] start = new int[sessions.size() + 1];
        int[] prefix = new int[sessions.size()];
        int at = 0;
        int responded = 0;
        for (int k = 0; k < sessions.size(); k++) {
            ChoiceSession s = sessions.get(k);
            start[k] = at;
            int m = s.trials();
            System.arraycopy(s.signedContrast(), 0, c, at, m);
            System.arraycopy(s.choice(), 0, choice, at, m);
            System.arraycopy(s.stimulusSide(), 0, side, at, m);
            int p = 0;
            while (p < m && s.stimProbabilityLeft()[p] == 0.5) {
                p++;
            }
            prefix[k] = p;
            responded += s.responded();
            at += m;
        }
        start[sessions.size()] = at;
        return new TrialTable(c, choice, side, start, prefix, responded);
    }

    int trials() {
        return contrast.length;
    }

    int sessions() {
        return unbiasedPrefix.length;
    }
}
