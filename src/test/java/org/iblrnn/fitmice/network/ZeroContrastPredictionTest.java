package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.junit.jupiter.api.Test;

/**
 * A tiny GRU's zero-contrast prediction for trial t is its P(right) on the same session with only trial t's contrast
 * set to 0: the history before t is untouched, and what the stimulus does to the state after t does not matter.
 */
class ZeroContrastPredictionTest {

    @Test
    void isThePredictionWithThatTrialsContrastZeroed() {
        SplittableRandom rng = new SplittableRandom(4);
        List<ChoiceSession> train = List.of(Sessions.random(0, 200, 0.02, rng), Sessions.random(1, 200, 0.02, rng),
                Sessions.random(2, 200, 0.02, rng));
        ChoiceModel.Fitted f = new TinyGruModel(2, TinyGruSettings.defaults().withMaxRounds(2).withRestarts(1))
                .fit(train, 3);
        ChoiceSession s = Sessions.random(9, 60, 0.05, rng);
        double[] p0 = f.pRightAtZeroContrast(s).orElseThrow();
        double[] p = f.pRight(s);
        for (int t = 0; t < s.trials(); t++) {
            double[] c = s.signedContrast().clone();
            c[t] = 0.0;
            ChoiceSession zeroed = new ChoiceSession(s.sessionNum(), c, s.stimulusSide(), s.choice(), s.rewarded(),
                    s.stimProbabilityLeft());
            assertThat(p0[t]).as("trial %d", t).isCloseTo(f.pRight(zeroed)[t], within(1e-12));
            if (s.signedContrast()[t] == 0.0) {
                assertThat(p0[t]).isCloseTo(p[t], within(1e-12));
            }
        }
    }
}
