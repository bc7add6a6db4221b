package org.iblrnn.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.agents.ActorSessions;
import org.iblrnn.agents.Actors;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.GeneratedSession;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionExportTest {

    /** The paper's task but with 0.9/0.1 blocks, so the exported P(left) must come from the task, not constants. */
    private static TaskConfig task(int blocks) {
        TaskConfig d = TaskConfig.defaults();
        return new TaskConfig(d.numStimulusStrength(), d.minStimulusStrength(), d.maxStimulusStrength(),
                new double[][] {{0.9, 0.1}, {0.1, 0.9}}, d.trialsPerBlockParam(), blocks, d.minTrialsPerBlock(),
                d.maxTrialsPerBlock(), d.maxObsPerTrial(), d.rnnStepsBeforeObs(), d.timeDelayPenalty());
    }

    /** Two sessions of the exact actor, which times out on a good share of trials. */
    private static SessionTable twoSessions(TaskConfig task) {
        SessionTable[] parts = new SessionTable[2];
        for (int s = 0; s < 2; s++) {
            GeneratedSession g = SessionGenerator.generate(task, new SplittableRandom(40 + s));
            parts[s] = SessionRunner.run(task, g, Actors.create("ideal_actor", task), null, s);
        }
        return SessionTable.concat(List.of(parts));
    }

    @Test
    void everyColumnFollowsTheOriginalConversionWithRawStrengths() {
        TaskConfig task = task(6);
        SessionTable table = twoSessions(task);
        IblTrials t = SessionExport.toIblTrials(table, task, "ideal_actor");
        TrialView v = table.trials();
        assertThat(t.size()).isEqualTo(v.size());
        assertThat(t.sources()).containsExactly("ideal_actor");
        int timeouts = 0;
        int secondSession = 0;
        for (int i = 0; i < v.size(); i++) {
            assertThat(t.trialNum(i)).isEqualTo(v.trialWithinSession()[i] + 1);
            assertThat(t.sessionNum(i)).isEqualTo(v.sessionIndex()[i] + 1);
            assertThat(t.stimProbabilityLeft(i)).isEqualTo(v.blockSide()[i] < 0 ? 0.9 : 0.1);
            assertThat(t.blockSide(i)).isEqualTo(v.blockSide()[i]);
            assertThat(t.contrast(i)).isEqualTo(v.strength()[i]);
            assertThat(t.position(i)).isEqualTo(35.0 * v.side()[i]);
            assertThat(t.responseChoice(i)).isEqualTo(v.actionSide()[i]);
            assertThat(t.trialCorrect(i)).isEqualTo(v.correct()[i] ? 1 : 0);
            assertThat(t.reactionTime(i)).isEqualTo(table.rnnStepIndex()[v.endRow()[i]] + 1);
            assertThat(t.reactionTime(i)).isEqualTo(v.stepsInTrial()[i]);
            if (!v.actionTaken()[i]) {
                timeouts++;
                assertThat(t.responseChoice(i)).isZero();
                assertThat(t.trialCorrect(i)).isZero();
                assertThat(t.reactionTime(i)).isEqualTo(task.stepsPerTrial());
            }
            if (t.sessionNum(i) == 2) {
                secondSession++;
            }
        }
        assertThat(t.trialNum(0)).isEqualTo(1);
        assertThat(timeouts).as("the exact actor times out sometimes").isPositive();
        assertThat(secondSession).isPositive().isLessThan(t.size());
        // strengths are exported raw (up to 2.5), never remapped onto mouse contrasts
        assertThat(java.util.stream.IntStream.range(0, t.size()).mapToDouble(t::contrast).max().orElseThrow())
                .isEqualTo(2.5);
        assertThat(StimulusUnit.detect(t)).isEqualTo(StimulusUnit.STRENGTH);
    }

    @Test
    void exportRoundTripsThroughTheCsvFormat(@TempDir Path dir) {
        TaskConfig task = task(6);
        IblTrials t = SessionExport.toIblTrials(twoSessions(task), task, "ideal_actor");
        Path f = dir.resolve("ideal_actor_ibl.csv");
        IblCsv.write(f, t);
        IblTrials back = IblCsv.read(List.of(f));
        assertThat(back.size()).isEqualTo(t.size());
        assertThat(back.sources()).containsExactly("ideal_actor_ibl");
        for (int i = 0; i < t.size(); i++) {
            assertThat(back.trialNum(i)).isEqualTo(t.trialNum(i));
            assertThat(back.sessionNum(i)).isEqualTo(t.sessionNum(i));
            assertThat(back.stimProbabilityLeft(i)).isEqualTo(t.stimProbabilityLeft(i));
            assertThat(back.contrast(i)).isEqualTo(t.contrast(i));
            assertThat(back.position(i)).isEqualTo(t.position(i));
            assertThat(back.responseChoice(i)).isEqualTo(t.responseChoice(i));
            assertThat(back.trialCorrect(i)).isEqualTo(t.trialCorrect(i));
            assertThat(back.reactionTime(i)).isEqualTo(t.reactionTime(i));
        }
    }

    @Test
    void anAgentsBlocksAreAnalysedByTheirOwnProbabilities() {
        TaskConfig task = task(40);
        SessionTable table = ActorSessions.run("bayesian_actor", task, new SplittableRandom(7));
        IblTrials t = SessionExport.toIblTrials(table, task, "bayesian_actor");
        BehaviourMetrics m = BehaviourMetrics.compute(t, StimulusUnit.STRENGTH);
        assertThat(m.stimulusUnit()).isEqualTo(StimulusUnit.STRENGTH);
        assertThat(m.psychometric().keySet()).containsExactly("0.9", "0.1");
        // no unbiased block in an agent's session: every trial with an action is analysed
        long responded = java.util.stream.IntStream.range(0, t.size()).filter(t::hasResponse).count();
        assertThat(m.analysedTrials()).isEqualTo((int) responded);
        // the block prior pushes zero-strength choices towards the block side (a strong effect: 5 SE apart)
        BehaviourMetrics.ZeroContrastChoice z = m.pRightZeroContrast();
        double se = Math.sqrt(0.25 / z.nLeftBlock() + 0.25 / z.nRightBlock());
        assertThat(z.rightBlock() - z.leftBlock()).isGreaterThan(5 * se);
        assertThat(m.accuracyByTrialInBlock()).isNotEmpty();
        // the strength-axis fit stays inside its bounds: bias within ±2.5, threshold in [2.5/20, 5]
        for (BehaviourMetrics.PsychometricSummary s : m.psychometric().values()) {
            assertThat(s.bias()).isBetween(-2.5, 2.5);
            assertThat(s.threshold()).isBetween(0.125, 5.0);
        }
        assertThat(m.psychometric().get("0.9").bias()).isGreaterThan(m.psychometric().get("0.1").bias());
    }

    @Test
    void aSessionWithoutBiasedBlockSidesIsRejected() {
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(2);
        SessionTable table = ActorSessions.run("bayesian_actor", task, new SplittableRandom(3));
        IblTrials ok = SessionExport.toIblTrials(table, task, "a");
        assertThat(ok.stimProbabilityLeft(0)).isIn(0.8, 0.2);
        assertThatThrownBy(() -> SessionExport.toIblTrials(table, task, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source id");
    }
}
