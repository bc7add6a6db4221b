package org.iblrnn.analysis.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PostSwitchRecoveryTest {

    /** Blocks of lengths 4, 3, 4, 4: the agent is wrong on the first trial of each block and right afterwards. */
    static AgentTrials trials(int[] lengths) {
        int n = Arrays.stream(lengths).sum();
        int[] blockSides = new int[lengths.length];
        int[] sides = new int[n];
        int[] obs = new int[n];
        int[] choice = new int[n];
        double[] strengths = new double[n];
        int t = 0;
        for (int b = 0; b < lengths.length; b++) {
            blockSides[b] = b % 2 == 0 ? -1 : 1;
            for (int k = 0; k < lengths[b]; k++, t++) {
                sides[t] = blockSides[b];
                obs[t] = 1;
                choice[t] = k == 0 ? -sides[t] : sides[t];
            }
        }
        return AgentTrials.of(ScriptedTrials.play(blockSides, lengths, sides, strengths, obs, choice),
                ScriptedTrials.TASK.rnnStepsBeforeObs());
    }

    @Test
    void lineOverTheFirstTrialsGroupedByPreviousBlockDuration() {
        PostSwitchRecovery r = PostSwitchRecovery.of(trials(new int[] {4, 3, 4, 4}), 3);
        assertThat(r.blocks()).isEqualTo(3);
        // first 3 trials of every block: y = (0, 1, 1) at x = (0, 1, 2): slope 0.5, intercept 1/6
        // previous durations (last trial index): block 1 <- 3, block 2 <- 2, block 3 <- 3
        assertThat(r.slopes().keys()).containsExactly(2, 3);
        assertThat(r.slopes().count()).containsExactly(1, 2);
        assertThat(r.slopes().meanAt(3)).isCloseTo(0.5, within(1e-12));
        assertThat(r.intercepts().meanAt(2)).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(r.slopes().semAt(3)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aSingleBlockHasNoPreviousBlock() {
        PostSwitchRecovery r = PostSwitchRecovery.of(trials(new int[] {5}), 3);
        assertThat(r.blocks()).isZero();
        assertThat(r.slopes().isEmpty()).isTrue();
        assertThatThrownBy(() -> PostSwitchRecovery.of(trials(new int[] {5}), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstTrials");
    }
}
