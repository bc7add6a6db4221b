package org.iblrnn.fitmice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionFoldsTest {

    static MouseChoices mouse(int sessions) {
        List<ChoiceSession> s = new ArrayList<>();
        for (int k = 0; k < sessions; k++) {
            int n = 3 + k;
            s.add(new ChoiceSession(10 + k, new double[n], new int[n], new int[n], new int[n], new double[n]));
        }
        return new MouseChoices("m", s);
    }

    /** Every session is held out exactly once, whole, and never also fitted in its own fold. */
    @Test
    void foldsPartitionTheSessionsAndNeverSplitOne() {
        MouseChoices m = mouse(12);
        SessionFolds folds = new SessionFolds(5, 12);
        Set<ChoiceSession> heldOut = new HashSet<>();
        for (int f = 0; f < folds.folds(); f++) {
            List<ChoiceSession> test = folds.test(m, f);
            List<ChoiceSession> train = folds.train(m, f);
            assertThat(test).doesNotContainAnyElementsOf(train);
            assertThat(test.size() + train.size()).isEqualTo(12);
            for (ChoiceSession s : test) {
                assertThat(heldOut.add(s)).as("session %d held out twice", s.sessionNum()).isTrue();
            }
        }
        assertThat(heldOut).containsExactlyInAnyOrderElementsOf(m.sessions());
        // the sessions themselves are passed whole (same objects, all trials)
        assertThat(folds.test(m, 0)).allMatch(s -> m.sessions().contains(s));
    }

    @Test
    void aMouseWithFewerSessionsThanFoldsIsLeftOneSessionOut() {
        SessionFolds folds = new SessionFolds(5, 4);
        assertThat(folds.folds()).isEqualTo(4);
        MouseChoices m = mouse(4);
        for (int f = 0; f < 4; f++) {
            assertThat(folds.test(m, f)).containsExactly(m.sessions().get(f));
        }
    }

    @Test
    void tooFewFoldsOrSessionsAreRefused() {
        assertThatThrownBy(() -> new SessionFolds(1, 10)).hasMessageContaining("--folds 1 must be at least 2");
        assertThatThrownBy(() -> new SessionFolds(5, 1)).hasMessageContaining("at least 2");
    }
}
