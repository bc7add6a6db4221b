package org.iblrnn.analysis.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.agents.BayesianObserver;
import org.iblrnn.agents.ObserverInput;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

/** The curves on a hand-made 8-trial session whose every bin can be counted by hand. */
class BehaviourCurvesTest {

    // block 0: left, 3 trials; block 1: right, 5 trials
    static final int[] BLOCK_SIDES = {-1, 1};
    static final int[] BLOCK_LENGTHS = {3, 5};
    static final int[] SIDES = {-1, 1, -1, 1, 1, -1, 1, 1};
    static final double[] STRENGTHS = {0, 0, 1, 0, 2.5, 1, 0, 1};
    static final int[] OBS = {1, 2, 1, 3, 1, 2, 10, 1};
    // correct, correct, wrong, correct, correct, wrong, timeout, correct
    static final int[] CHOICE = {-1, 1, 1, 1, 1, 1, 0, 1};

    static SessionTable session() {
        return ScriptedTrials.play(BLOCK_SIDES, BLOCK_LENGTHS, SIDES, STRENGTHS, OBS, CHOICE);
    }

    static AgentTrials trials() {
        return AgentTrials.of(session(), ScriptedTrials.TASK.rnnStepsBeforeObs());
    }

    @Test
    void agentTrialsReadTheOutcomeOfEveryTrial() {
        AgentTrials a = trials();
        assertThat(a.size()).isEqualTo(8);
        assertThat(a.correct()).containsExactly(1, 1, 0, 1, 1, 0, 0, 1);
        assertThat(a.observations()).containsExactly(OBS);
        assertThat(a.actionTaken()).containsExactly(true, true, true, true, true, true, false, true);
        assertThat(a.rightChoice()[0]).isEqualTo(0);
        assertThat(a.rightChoice()[1]).isEqualTo(1);
        assertThat(a.rightChoice()[6]).isNaN();
        assertThat(a.reward()).containsExactly(1, 1, -1, 1, 1, -1, -1, 1);
    }

    @Test
    void stepsPerTrialBySignedStrengthIncludeBlankSteps() {
        GroupedStats g = BehaviourCurves.stepsBySignedStrength(trials(), AgentTrials.all());
        // signed strengths: 0 (trials 0, 1, 3, 6), -1 (2, 5), 2.5 (4), 1 (7)
        assertThat(g.keys()).containsExactly(-1, 0, 1, 2.5);
        // steps = obs + 2: zero strength {3, 4, 5, 12}
        assertThat(g.meanAt(0)).isEqualTo(6.0);
        assertThat(g.countAt(0)).isEqualTo(4);
        assertThat(g.meanAt(-1)).isEqualTo(3.5);
        assertThat(g.semAt(2.5)).isNaN();
    }

    @Test
    void accuracyByTrialWithinBlockAndZeroStrengthSubset() {
        AgentTrials a = trials();
        GroupedStats all = BehaviourCurves.accuracyByTrialWithinBlock(a, AgentTrials.all());
        // index 0: trials 0, 3 -> 1, 1; index 1: trials 1, 4 -> 1, 1; index 2: trials 2, 5 -> 0, 0; 3: trial 6 -> 0;
        // 4: trial 7 -> 1
        assertThat(all.keys()).containsExactly(0, 1, 2, 3, 4);
        assertThat(all.mean()).containsExactly(1, 1, 0, 0, 1);
        assertThat(all.sem()[0]).isEqualTo(0.0);
        GroupedStats zero = BehaviourCurves.accuracyByTrialWithinBlock(a, a.zeroStrength());
        // zero strength: trials 0 (idx 0), 1 (idx 1), 3 (idx 0), 6 (idx 3)
        assertThat(zero.keys()).containsExactly(0, 1, 3);
        assertThat(zero.count()).containsExactly(2, 1, 1);
    }

    @Test
    void accuracyBySignedStrengthSplitByConcordance() {
        AgentTrials a = trials();
        // concordant: trial side == block side -> trials 0, 2, 3, 4, 6, 7
        GroupedStats conc = BehaviourCurves.accuracyBySignedStrength(a, a.concordant(true));
        assertThat(conc.meanAt(0)).isCloseTo(2.0 / 3, within(1e-15)); // trials 0, 3, 6
        assertThat(conc.meanAt(-1)).isEqualTo(0.0); // trial 2
        GroupedStats disc = BehaviourCurves.accuracyBySignedStrength(a, a.concordant(false));
        assertThat(disc.keys()).containsExactly(-1, 0); // trials 5 (-1), 1 (0)
        assertThat(disc.meanAt(0)).isEqualTo(1.0);
    }

    @Test
    void rightChoiceExcludesTimeoutsAndSplitsByBlock() {
        AgentTrials a = trials();
        GroupedStats right = BehaviourCurves.rightChoiceBySignedStrength(a, a.blockSide(1));
        // right block: trials 3 (0, R), 4 (2.5, R), 5 (-1, R), 6 (0, timeout), 7 (1, R)
        assertThat(right.countAt(0)).isEqualTo(1);
        assertThat(right.mean()).containsOnly(1.0);
        GroupedStats left = BehaviourCurves.rightChoiceBySignedStrength(a, a.blockSide(-1));
        // left block: trials 0 (0, L), 1 (0, R), 2 (-1, R)
        assertThat(left.meanAt(0)).isEqualTo(0.5);
        assertThat(left.meanAt(-1)).isEqualTo(1.0);
    }

    @Test
    void accuracyAndRewardRateByObservations() {
        AgentTrials a = trials();
        GroupedStats acc = BehaviourCurves.accuracyByObservations(a, AgentTrials.all());
        // 1 obs: trials 0, 2, 4, 7 -> 1, 0, 1, 1; 2 obs: trials 1, 5 -> 1, 0; 3: trial 3; 10: trial 6 (timeout)
        assertThat(acc.keys()).containsExactly(1, 2, 3, 10);
        assertThat(acc.meanAt(1)).isEqualTo(0.75);
        GroupedStats rr = BehaviourCurves.rewardRateByObservations(a, AgentTrials.all(), -0.05);
        assertThat(rr.meanAt(1)).isCloseTo((1 - 1 + 1 + 1) / 4.0 - 0.05, within(1e-12));
        assertThat(rr.meanAt(10)).isCloseTo(-1 - 0.5, within(1e-12));
    }

    @Test
    void outcomeFractionsSumToOnePerStrength() {
        TrialOutcomeFractions f = TrialOutcomeFractions.of(trials());
        assertThat(f.signedStrengths()).containsExactly(-1, 0, 1, 2.5);
        // zero strength: trials 0 (correct), 1 (correct), 3 (correct), 6 (timeout)
        assertThat(f.trials()[1]).isEqualTo(4);
        assertThat(f.correct()[1]).isEqualTo(0.75);
        assertThat(f.timeout()[1]).isEqualTo(0.25);
        assertThat(f.incorrect()[1]).isZero();
        // -1: trials 2 and 5, both wrong
        assertThat(f.incorrect()[0]).isEqualTo(1.0);
        for (int i = 0; i < f.trials().length; i++) {
            assertThat(f.correct()[i] + f.incorrect()[i] + f.timeout()[i]).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void observerTrialsShareTheRnnTrialsButUseTheirOwnChoices() {
        SessionTable s = session();
        ObserverResult r = new BayesianObserver(ScriptedTrials.TASK).evaluate(ObserverInput.of(s));
        AgentTrials o = AgentTrials.observer(r, s, ScriptedTrials.TASK.rnnStepsBeforeObs());
        assertThat(o.trials()).isSameAs(s.trials());
        assertThat(o.observations()).containsExactly(OBS);
        for (int i = 0; i < o.size(); i++) {
            int row = s.trials().endRow()[i];
            assertThat(o.correct()[i]).isEqualTo(r.correct()[row]);
            assertThat(o.rightChoice()[i]).isEqualTo(r.actionSide()[row] > 0 ? 1.0 : 0.0);
            assertThat(o.actionTaken()[i]).isTrue();
        }
        // the observations favour the trial side by >= 1 per step: the observer is right on every non-zero trial
        assertThat(o.correct()[2]).isEqualTo(1.0);
        assertThat(o.correct()[5]).isEqualTo(1.0);
    }
}
