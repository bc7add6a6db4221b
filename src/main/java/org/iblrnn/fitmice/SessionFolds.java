package org.iblrnn.fitmice;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave-sessions-out folds of one mouse: session i (in file order) belongs to fold i mod k, so every fold draws
 * sessions from the whole course of training and no session is ever split between fitting and scoring. A mouse
 * with fewer sessions than the requested number of folds gets one fold per session (leave-one-session-out).
 *
 * @param requested the folds asked for
 * @param sessions  the mouse's number of sessions
 */
public record SessionFolds(int requested, int sessions) {

    public SessionFolds {
        if (requested < 2) {
            throw new IllegalArgumentException("--folds " + requested + " must be at least 2 (fit on some sessions,"
                    + " score on the others)");
        }
        if (sessions < 2) {
            throw new IllegalArgumentException("a mouse with " + sessions + " session cannot be cross-validated by"
                    + " session (it needs at least 2)");
        }
    }

    /** The folds used: {@code min(requested, sessions)}. */
    public int folds() {
        return Math.min(requested, sessions);
    }

    /** The fold of session {@code index}. */
    public int foldOf(int index) {
        return index % folds();
    }

    /** The sessions of {@code mouse} held out in {@code fold}. */
    public List<ChoiceSession> test(MouseChoices mouse, int fold) {
        return pick(mouse, fold, true);
    }

    /** The sessions of {@code mouse} fitted in {@code fold}: all the others. */
    public List<ChoiceSession> train(MouseChoices mouse, int fold) {
        return pick(mouse, fold, false);
    }

    private List<ChoiceSession> pick(MouseChoices mouse, int fold, boolean held) {
        if (mouse.sessions().size() != sessions) {
            throw new IllegalArgumentException(mouse.mouse() + " has " + mouse.sessions().size() + " sessions, not "
                    + sessions);
        }
        List<ChoiceSession> out = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            if ((foldOf(i) == fold) == held) {
                out.add(mouse.sessions().get(i));
            }
        }
        return out;
    }
}
