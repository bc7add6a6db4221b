package org.iblrnn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Index columns, derived columns, the trial view, concatenation and the summary, on a mixed-behaviour agent. */
class SessionTableTest {

    private static final TaskConfig CFG = TaskConfig.defaults().withBlocksPerSession(50);
    private static final StepLoss CE = (pLeft, pRight, side) -> -Math.log(side < 0 ? pLeft : pRight);
    private static GeneratedSession session;
    private static SessionTable table;

    @BeforeAll
    static void play() {
        session = SessionGenerator.generate(CFG, new SplittableRandom(21));
        table = SessionRunner.run(CFG, session, new ScriptedAgents.Random(3, 0.25), CE, 0);
    }

    @Test
    void indexColumnsAreConsistent() {
        SessionTable t = table;
        int blank = CFG.rnnStepsBeforeObs();
        for (int r = 0; r < t.rows(); r++) {
            assertThat(t.rnnStepWithinSession()[r]).isEqualTo(r);
            boolean start = r == 0 || t.trialEnd()[r - 1];
            if (start) {
                assertThat(t.rnnStepIndex()[r]).isZero();
                if (r > 0) {
                    assertThat(t.trialWithinSession()[r]).isEqualTo(t.trialWithinSession()[r - 1] + 1);
                }
            } else {
                assertThat(t.rnnStepIndex()[r]).isEqualTo(t.rnnStepIndex()[r - 1] + 1);
                assertThat(t.trialWithinSession()[r]).isEqualTo(t.trialWithinSession()[r - 1]);
                assertThat(t.blockIndex()[r]).isEqualTo(t.blockIndex()[r - 1]);
            }
            int trial = t.trialWithinSession()[r];
            assertThat(t.blockIndex()[r]).isEqualTo(session.trialBlock(trial));
            assertThat(t.trialIndex()[r]).isEqualTo(session.trialWithinBlock(trial));
            assertThat(t.trialSide()[r]).isEqualTo(session.trialSide(trial));
            assertThat(t.blockSide()[r]).isEqualTo(session.blockSide(t.blockIndex()[r]));
            assertThat(t.trialStrength()[r]).isEqualTo(session.trialStrength(trial));
            assertThat(t.isBlank()[r]).isEqualTo(t.rnnStepIndex()[r] < blank);
            if (t.isBlank()[r]) {
                assertThat(t.leftStimulus()[r]).isZero();
                assertThat(t.rightStimulus()[r]).isZero();
                assertThat(t.loss()[r]).isZero();
                assertThat(t.reward()[r]).isZero();
                assertThat(t.trialEnd()[r]).isFalse();
            } else {
                assertThat(t.loss()[r]).isEqualTo(-Math.log(t.correctActionProb()[r]));
            }
            assertThat(t.rnnStepIndex()[r]).isLessThan(CFG.stepsPerTrial());
            assertThat(t.signedTrialStrength()[r]).isEqualTo(t.trialStrength()[r] * t.trialSide()[r]);
            assertThat(t.concordantTrial()[r]).isEqualTo(t.trialSide()[r] == t.blockSide()[r]);
            if (t.trialEnd()[r]) {
                assertThat(t.actionTaken()[r]).isIn(0, 1);
                assertThat(t.actionTaken()[r] == 1).isEqualTo(t.actionSide()[r] != SessionTable.NO_ACTION);
                assertThat(t.correctActionTaken()[r]).isEqualTo(t.actionSide()[r] == t.trialSide()[r] ? 1 : 0);
                assertThat(t.reward()[r]).isEqualTo(t.correctActionTaken()[r] == 1 ? 1.0 : -1.0);
            } else {
                assertThat(t.actionTaken()[r]).isEqualTo(SessionTable.NOT_TRIAL_END);
                assertThat(t.correctActionTaken()[r]).isEqualTo(SessionTable.NOT_TRIAL_END);
                assertThat(t.actionSide()[r]).isEqualTo(SessionTable.NO_ACTION);
            }
        }
        assertThat(t.trialEnd()[t.rows() - 1]).isTrue();
        assertThat(t.trialWithinSession()[t.rows() - 1]).isEqualTo(session.numTrials() - 1);
    }

    @Test
    void trialViewMatchesTheSessionAndTheRows() {
        TrialView v = table.trials();
        assertThat(v.size()).isEqualTo(session.numTrials());
        int timeouts = 0;
        int sumSteps = 0;
        for (int i = 0; i < v.size(); i++) {
            int end = v.endRow()[i];
            assertThat(table.trialEnd()[end]).isTrue();
            assertThat(v.startRow(i)).isEqualTo(i == 0 ? 0 : v.endRow()[i - 1] + 1);
            assertThat(v.trialWithinSession()[i]).isEqualTo(i);
            assertThat(v.blockIndex()[i]).isEqualTo(session.trialBlock(i));
            assertThat(v.trialWithinBlock()[i]).isEqualTo(session.trialWithinBlock(i));
            assertThat(v.side()[i]).isEqualTo(session.trialSide(i));
            assertThat(v.blockSide()[i]).isEqualTo(session.blockSide(session.trialBlock(i)));
            assertThat(v.strength()[i]).isEqualTo(session.trialStrength(i));
            assertThat(v.signedStrength()[i]).isEqualTo(session.trialStrength(i) * session.trialSide(i));
            assertThat(v.concordant()[i]).isEqualTo(v.side()[i] == v.blockSide()[i]);
            assertThat(v.actionTaken()[i]).isEqualTo(table.actionTaken()[end] == 1);
            assertThat(v.actionSide()[i]).isEqualTo(table.actionSide()[end]);
            assertThat(v.correct()[i]).isEqualTo(v.actionSide()[i] == v.side()[i]);
            assertThat(v.stepsInTrial()[i]).isBetween(CFG.rnnStepsBeforeObs() + 1, CFG.stepsPerTrial());
            timeouts += v.actionTaken()[i] ? 0 : 1;
            sumSteps += v.stepsInTrial()[i];
        }
        assertThat(sumSteps).isEqualTo(table.rows());
        assertThat(timeouts).as("the random agent times out sometimes").isPositive();
        assertThat(timeouts).as("... and acts sometimes").isLessThan(v.size());
    }

    @Test
    void statsAgreeWithDirectCounts() {
        SessionStats st = SessionStats.of(table);
        TrialView v = table.trials();
        int actions = 0;
        int correct = 0;
        for (int i = 0; i < v.size(); i++) {
            actions += v.actionTaken()[i] ? 1 : 0;
            correct += v.correct()[i] ? 1 : 0;
        }
        double sideSum = 0;
        double leftSum = 0;
        int leftRows = 0;
        double rewardSum = 0;
        double lossSum = 0;
        for (int r = 0; r < table.rows(); r++) {
            sideSum += table.trialSide()[r];
            rewardSum += table.reward()[r];
            lossSum += table.loss()[r];
            if (table.blockSide()[r] < 0) {
                leftSum += table.trialSide()[r];
                leftRows++;
            }
        }
        assertThat(st.steps()).isEqualTo(table.rows());
        assertThat(st.trials()).isEqualTo(v.size());
        assertThat(st.fractionTrialsWithAction()).isEqualTo((double) actions / v.size());
        assertThat(st.correctPerAction()).isEqualTo((double) correct / actions);
        assertThat(st.correctPerTrial()).isEqualTo((double) correct / v.size());
        assertThat(st.meanStepsPerTrial()).isEqualTo((double) table.rows() / v.size());
        assertThat(st.meanRewardPerStep()).isCloseTo(rewardSum / table.rows(), within(1e-12));
        assertThat(st.meanLossPerStep()).isCloseTo(lossSum / table.rows(), within(1e-12));
        assertThat(st.meanTrialSide()).isCloseTo(sideSum / table.rows(), within(1e-12));
        assertThat(st.meanTrialSideLeftBlocks()).isCloseTo(leftSum / leftRows, within(1e-12));
        assertThat(st.meanTrialSideLeftBlocks()).as("left blocks have mostly left trials").isNegative();
        assertThat(st.meanTrialSideRightBlocks()).isPositive();
        int[] lengths = session.blockLengths();
        assertThat(st.minTrialsPerBlock()).isEqualTo(java.util.Arrays.stream(lengths).min().getAsInt());
        assertThat(st.maxTrialsPerBlock()).isEqualTo(java.util.Arrays.stream(lengths).max().getAsInt());
    }

    @Test
    void columnsAreNamedLikeNumpyAndHaveTheRightShapes() {
        Map<String, Object> cols = table.columns();
        assertThat(cols.keySet()).containsExactlyElementsOf(SessionTable.COLUMN_NAMES);
        for (Map.Entry<String, Object> e : cols.entrySet()) {
            int[] shape = table.shapeOf(e.getKey());
            int expected = shape.length == 1 ? shape[0] : shape[0] * shape[1];
            Object a = e.getValue();
            int length = a instanceof double[] d ? d.length : a instanceof int[] i ? i.length : ((boolean[]) a).length;
            assertThat(length).as(e.getKey()).isEqualTo(expected);
        }
        assertThat(table.shapeOf("hidden_state")).containsExactly(table.rows(), 2);
        assertThat(cols.get("reward")).isSameAs(table.reward());
        assertThat(cols.get("hidden_state")).isSameAs(table.hiddenStates());
        assertThatThrownBy(() -> table.shapeOf("hidden_states")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hidden_states");
    }

    @Test
    void concatStacksSessionsAndKeepsTheirOwnIndices() {
        GeneratedSession other = SessionGenerator.generate(CFG.withBlocksPerSession(3), new SplittableRandom(22));
        SessionTable second = SessionRunner.run(CFG, other, new ScriptedAgents.Random(4, 0.25), CE, 1);
        SessionTable both = SessionTable.concat(List.of(table, second));
        int n = table.rows();
        assertThat(both.rows()).isEqualTo(n + second.rows());
        assertThat(both.stateSize()).isEqualTo(2);
        assertThat(both.sessionIndex()[n - 1]).isZero();
        assertThat(both.sessionIndex()[n]).isEqualTo(1);
        assertThat(both.rnnStepWithinSession()[n]).isZero();
        assertThat(both.feedback()[n]).as("feedback restarts at a session start").isZero();
        assertThat(both.reward()[n - 1]).isNotZero();
        assertThat(both.trials().size()).isEqualTo(table.trials().size() + second.trials().size());
        assertThat(both.trials().endRow()[table.trials().size()]).isEqualTo(n + second.trials().endRow()[0]);
        for (int r = 0; r < second.rows(); r++) {
            assertThat(both.reward()[n + r]).isEqualTo(second.reward()[r]);
            assertThat(both.hiddenState(n + r, 1)).isEqualTo(second.hiddenState(r, 1));
            assertThat(both.feedback()[n + r]).isEqualTo(second.feedback()[r]);
        }
        SessionStats pooled = SessionStats.of(both);
        assertThat(SessionStats.of(List.of(table, second))).isEqualTo(pooled);
        assertThat(pooled.minTrialsPerBlock()).isEqualTo(Math.min(SessionStats.of(table).minTrialsPerBlock(),
                SessionStats.of(second).minTrialsPerBlock()));

        SessionTable noState = SessionRunner.run(CFG, other, new ScriptedAgents.Confident(other, true), null, 2);
        assertThatThrownBy(() -> SessionTable.concat(List.of(table, noState)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state size");
        assertThatThrownBy(() -> SessionTable.concat(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
