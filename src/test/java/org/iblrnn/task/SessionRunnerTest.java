package org.iblrnn.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.Test;

/** Whole sessions with scripted agents, checked row by row. */
class SessionRunnerTest {

    private static final TaskConfig CFG = TaskConfig.defaults();
    private static final StepLoss NLL = (pLeft, pRight, side) -> -(side < 0 ? pLeft : pRight);

    private static GeneratedSession session(long seed) {
        return SessionGenerator.generate(CFG, new SplittableRandom(seed));
    }

    @Test
    void alwaysConfidentCorrectIsRewardedAtTheFirstObservationStep() {
        GeneratedSession g = session(1);
        SessionTable t = SessionRunner.run(CFG, g, new ScriptedAgents.Confident(g, true), NLL, 0);
        assertThat(t.rows()).isEqualTo(3 * g.numTrials());
        for (int r = 0; r < t.rows(); r++) {
            int s = r % 3;
            assertThat(t.rnnStepIndex()[r]).isEqualTo(s);
            assertThat(t.reward()[r]).isEqualTo(s == 2 ? 1.0 : 0.0);
            assertThat(t.trialEnd()[r]).isEqualTo(s == 2);
            assertThat(t.actionTaken()[r]).isEqualTo(s == 2 ? 1 : SessionTable.NOT_TRIAL_END);
            assertThat(t.correctActionTaken()[r]).isEqualTo(s == 2 ? 1 : SessionTable.NOT_TRIAL_END);
            assertThat(t.actionSide()[r]).isEqualTo(s == 2 ? t.trialSide()[r] : SessionTable.NO_ACTION);
            assertThat(t.loss()[r]).isEqualTo(s == 2 ? -0.99 : 0.0);
            assertThat(t.correctActionProb()[r]).isEqualTo(0.99);
        }
        SessionStats st = SessionStats.of(t);
        assertThat(st.fractionTrialsWithAction()).isEqualTo(1.0);
        assertThat(st.correctPerAction()).isEqualTo(1.0);
        assertThat(st.correctPerTrial()).isEqualTo(1.0);
        assertThat(st.meanStepsPerTrial()).isEqualTo(3.0);
        assertThat(st.meanRewardPerStep()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(st.meanLossPerStep()).isCloseTo(-0.99 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(st.minTrialsPerBlock()).isEqualTo(java.util.Arrays.stream(g.blockLengths()).min().getAsInt());
        assertThat(st.maxTrialsPerBlock()).isEqualTo(java.util.Arrays.stream(g.blockLengths()).max().getAsInt());
    }

    @Test
    void alwaysConfidentWrongIsPunished() {
        GeneratedSession g = session(2);
        SessionTable t = SessionRunner.run(CFG, g, new ScriptedAgents.Confident(g, false), null, 0);
        TrialView v = t.trials();
        assertThat(v.size()).isEqualTo(g.numTrials());
        for (int i = 0; i < v.size(); i++) {
            assertThat(t.reward()[v.endRow()[i]]).isEqualTo(-1.0);
            assertThat(v.actionTaken()[i]).isTrue();
            assertThat(v.actionSide()[i]).isEqualTo(-v.side()[i]);
            assertThat(v.correct()[i]).isFalse();
            assertThat(v.stepsInTrial()[i]).isEqualTo(3);
        }
        for (double l : t.loss()) {
            assertThat(l).as("no loss function: NaN everywhere").isNaN();
        }
        SessionStats st = SessionStats.of(t);
        assertThat(st.fractionTrialsWithAction()).isEqualTo(1.0);
        assertThat(st.correctPerAction()).isZero();
        assertThat(st.meanLossPerStep()).isNaN();
    }

    @Test
    void neverConfidentTimesOutEveryTrialAfterTwelveSteps() {
        GeneratedSession g = session(3);
        ScriptedAgents.Undecided agent = new ScriptedAgents.Undecided();
        SessionTable t = SessionRunner.run(CFG, g, agent, NLL, 5);
        assertThat(t.rows()).isEqualTo(12 * g.numTrials());
        for (int r = 0; r < t.rows(); r++) {
            int s = r % 12;
            double expected = s < 2 ? 0.0 : s < 11 ? -0.05 : -1.0;
            assertThat(t.reward()[r]).isEqualTo(expected);
            assertThat(t.trialEnd()[r]).isEqualTo(s == 11);
            assertThat(t.actionTaken()[r]).isEqualTo(s == 11 ? 0 : SessionTable.NOT_TRIAL_END);
            assertThat(t.correctActionTaken()[r]).isEqualTo(s == 11 ? 0 : SessionTable.NOT_TRIAL_END);
            assertThat(t.actionSide()[r]).isEqualTo(SessionTable.NO_ACTION);
            assertThat(t.loss()[r]).isEqualTo(s < 2 ? 0.0 : -0.5);
            assertThat(t.sessionIndex()[r]).isEqualTo(5);
        }
        SessionStats st = SessionStats.of(t);
        assertThat(st.fractionTrialsWithAction()).isZero();
        assertThat(st.correctPerAction()).isNaN();
        assertThat(st.correctPerTrial()).isZero();
        assertThat(st.meanStepsPerTrial()).isEqualTo(12.0);
        assertThat(st.meanRewardPerStep()).isCloseTo((9 * -0.05 - 1) / 12, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theAgentSeesTheRecordedStimuliAndThePreviousRewardAndIsResetOncePerSession() {
        GeneratedSession g = session(4);
        ScriptedAgents.Undecided agent = new ScriptedAgents.Undecided();
        SessionTable t = SessionRunner.run(CFG, g, agent, null, 0);
        SessionRunner.run(CFG, g, agent, null, 0);
        assertThat(agent.resets).isEqualTo(2);
        assertThat(t.stateSize()).isEqualTo(4);
        assertThat(t.feedback()[0]).isZero();
        for (int r = 0; r < t.rows(); r++) {
            assertThat(t.hiddenState(r, 0)).as("state never reset between trials").isEqualTo(r + 1.0);
            assertThat(t.hiddenState(r, 1)).isEqualTo(t.leftStimulus()[r]);
            assertThat(t.hiddenState(r, 2)).isEqualTo(t.rightStimulus()[r]);
            assertThat(t.hiddenState(r, 3)).as("feedback the agent received").isEqualTo(t.feedback()[r]);
            assertThat(t.feedback()[r]).isEqualTo(r == 0 ? 0.0 : t.reward()[r - 1]);
            int trial = t.trialWithinSession()[r];
            assertThat(t.leftStimulus()[r]).isEqualTo(g.left(trial, t.rnnStepIndex()[r]));
            assertThat(t.rightStimulus()[r]).isEqualTo(g.right(trial, t.rnnStepIndex()[r]));
        }
    }

    @Test
    void randomAgentFeedbackInputEqualsThePreviousReward() {
        GeneratedSession g = session(5);
        SessionTable t = SessionRunner.run(CFG, g, new ScriptedAgents.Random(8, 0.3), NLL, 0);
        assertThat(t.hiddenState(0, 0)).isZero();
        for (int r = 1; r < t.rows(); r++) {
            assertThat(t.hiddenState(r, 0)).isEqualTo(t.reward()[r - 1]);
            assertThat(t.hiddenState(r, 1)).isEqualTo(t.leftActionProb()[r]);
        }
    }

    @Test
    void nonDefaultBlankStepsAreBlankInTheTable() {
        TaskConfig cfg = new TaskConfig(6, 0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 2, 20, 100, 7, 3, -0.05);
        GeneratedSession g = SessionGenerator.generate(cfg, new SplittableRandom(6));
        SessionTable t = SessionRunner.run(cfg, g, new ScriptedAgents.Undecided(), NLL, 0);
        assertThat(t.rows()).isEqualTo(10 * g.numTrials());
        for (int r = 0; r < t.rows(); r++) {
            int s = r % 10;
            assertThat(t.isBlank()[r]).isEqualTo(s < 3);
            assertThat(t.reward()[r]).isEqualTo(s < 3 ? 0.0 : s < 9 ? -0.05 : -1.0);
            assertThat(t.loss()[r]).isEqualTo(s < 3 ? 0.0 : -0.5);
            if (s < 3) {
                assertThat(t.leftStimulus()[r]).isZero();
                assertThat(t.rightStimulus()[r]).isZero();
            } else {
                assertThat(t.leftStimulus()[r]).isNotZero();
            }
        }
    }
}
