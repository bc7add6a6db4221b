package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.iblrnn.fitmice.ChoiceSession;
import org.junit.jupiter.api.Test;

class ChoiceInputsTest {

    @Test
    void eachTrialSeesItsContrastAndThePreviousChoiceAndOutcome() {
        // trials: right rewarded, left unrewarded, no response, left rewarded
        ChoiceSession s = new ChoiceSession(2, new double[]{0.25, 0.5, -1.0, -0.0625}, new int[]{1, 1, -1, -1},
                new int[]{1, -1, 0, -1}, new int[]{1, 0, 0, 1}, new double[]{0.5, 0.5, 0.5, 0.5});
        ChoiceInputs in = ChoiceInputs.of(s);
        assertThat(in.inputs()).containsExactly(
                0.25, 0.0, 0.0,      // first trial: no history
                0.5, 1.0, 1.0,       // after a rewarded right choice
                -1.0, -1.0, -1.0,    // after an unrewarded left choice
                -0.0625, 0.0, 0.0);  // after no response: nothing happened
        assertThat(in.target()).containsExactly(1, 0, ChoiceInputs.MASKED, 0);
        assertThat(in.responded()).isEqualTo(3);
    }
}
