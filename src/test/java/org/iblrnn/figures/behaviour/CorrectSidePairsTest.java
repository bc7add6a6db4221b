package org.iblrnn.figures.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

/** T3's fix: each point pairs the correct-side and the other-side observation of the same step. */
class CorrectSidePairsTest {

    @Test
    void pairsComeFromTheSameObservationStep() {
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(2);
        SessionTable s = SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(4)),
                new BehaviourFiguresRenderTest.Undecided(2), null, 0);
        double[][] p = TaskStimuliByCorrectTrialSideFigure.pairs(s);
        int k = 0;
        for (int r = 0; r < s.rows(); r++) {
            if (s.isBlank()[r]) {
                continue;
            }
            double correct = s.trialSide()[r] > 0 ? s.rightStimulus()[r] : s.leftStimulus()[r];
            double other = s.trialSide()[r] > 0 ? s.leftStimulus()[r] : s.rightStimulus()[r];
            assertThat(p[0][k]).isEqualTo(correct);
            assertThat(p[1][k]).isEqualTo(other);
            k++;
        }
        assertThat(k).isEqualTo(p[0].length).isGreaterThan(100);
        // the correct side carries the signal: its mean exceeds the other side's by about the mean strength 1.25
        double mx = java.util.Arrays.stream(p[0]).average().orElseThrow();
        double my = java.util.Arrays.stream(p[1]).average().orElseThrow();
        // noise: var 2 per step; strength (uniform on 0..2.5, var 0.729) is shared by the steps of a trial
        double se = Math.sqrt(2.0 / k + 0.729 / s.trials().size());
        assertThat(mx - my).isBetween(1.25 - 5 * se, 1.25 + 5 * se);
    }
}
