package org.iblrnn.analysis.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.agents.BayesianObserver;
import org.iblrnn.agents.ObserverInput;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

class BlockBeliefTraceTest {

    @Test
    void readsTheTrialEndRowsAndScalesTheIdealBeliefs() {
        SessionTable s = BehaviourCurvesTest.session();
        ObserverResult r = new BayesianObserver(ScriptedTrials.TASK).evaluate(ObserverInput.of(s));
        double[] coord = new double[s.rows()];
        for (int i = 0; i < coord.length; i++) {
            coord[i] = i;
        }
        BlockBeliefTrace b = BlockBeliefTrace.of(s, coord, r, 2.0);
        assertThat(b.size()).isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            int end = s.trials().endRow()[i];
            assertThat(b.rnnBlockBelief()[i]).isEqualTo(end);
            assertThat(b.observerBlockBelief()[i]).isCloseTo(2 * (2 * r.blockPosteriorRight()[end] - 1),
                    within(1e-12));
            assertThat(b.blockSide()[i]).isEqualTo(2.0 * BehaviourCurvesTest.BLOCK_SIDES[i < 3 ? 0 : 1]);
            assertThat(b.trialSide()[i]).isEqualTo(2.0 * BehaviourCurvesTest.SIDES[i]);
        }
        // scripted observations: only the trial's side is non-zero, so no step has both observations non-zero
        assertThat(b.meanObservationDiff()).containsOnly(Double.NaN);
        // first block is 3 trials: window = 3 + extra, capped at 8
        assertThat(b.firstSwitchWindow(2)).isEqualTo(5);
        assertThat(b.firstSwitchWindow(20)).isEqualTo(8);
        assertThatThrownBy(() -> BlockBeliefTrace.of(s, new double[3], r, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 rows");
    }
}
