package org.iblrnn.fitmice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.iblrnn.behaviour.IblTrials;

/**
 * All sessions of one mouse, in file order: what cross-validation splits (by session, never by trial).
 *
 * @param mouse    the mouse's id (its CSV's name without extension)
 * @param sessions its sessions in order
 */
public record MouseChoices(String mouse, List<ChoiceSession> sessions) {

    public MouseChoices {
        sessions = List.copyOf(sessions);
    }

    /**
     * Splits one mouse's trials into sessions (runs of consecutive rows with the same {@code session_num}).
     * Trials without a recorded stimulus side (position 0) are kept; their side is taken from the choice and
     * the outcome, as the feedback reveals it.
     */
    public static MouseChoices of(String mouse, IblTrials trials) {
        List<ChoiceSession> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= trials.size(); i++) {
            if (i == trials.size() || trials.sessionNum(i) != trials.sessionNum(start)) {
                out.add(session(trials, start, i));
                start = i;
            }
        }
        return new MouseChoices(mouse, out);
    }

    private static ChoiceSession session(IblTrials t, int from, int to) {
        int n = to - from;
        double[] contrast = new double[n];
        int[] side = new int[n];
        int[] choice = new int[n];
        int[] rewarded = new int[n];
        double[] pLeft = new double[n];
        for (int k = 0; k < n; k++) {
            int i = from + k;
            int s = t.stimulusSide(i);
            if (s == 0 && t.responseChoice(i) != 0) {
                s = t.trialCorrect(i) == 1 ? t.responseChoice(i) : -t.responseChoice(i);
            }
            side[k] = s;
            contrast[k] = t.contrast(i) * s + 0.0;
            choice[k] = t.responseChoice(i);
            rewarded[k] = t.trialCorrect(i);
            pLeft[k] = t.stimProbabilityLeft(i);
        }
        return new ChoiceSession(t.sessionNum(from), contrast, side, choice, rewarded, pLeft);
    }

    /** Number of trials over all sessions. */
    public int trials() {
        return sessions.stream().mapToInt(ChoiceSession::trials).sum();
    }

    /** The sessions whose index (0-based, in order) satisfies {@code keep}. */
    public MouseChoices subset(java.util.function.IntPredicate keep) {
        return new MouseChoices(mouse, IntStream.range(0, sessions.size()).filter(keep).mapToObj(sessions::get).toList());
    }
}
