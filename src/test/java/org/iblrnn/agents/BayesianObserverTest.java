package org.iblrnn.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

class BayesianObserverTest {

    private static final double EPS = 1e-12;

    /** Three trials (R, R, L) with 2 blank steps each; trial 0 has two observations, the others one. */
    private static ObserverInput threeTrials() {
        double[] left = {0, 0, 0.6, -0.2, 0, 0, 0.9, 0, 0, 0.4};
        double[] right = {0, 0, 0.6, 0.5, 0, 0, 0.1, 0, 0, 1.9};
        boolean[] end = {false, false, false, true, false, false, true, false, false, true};
        int[] side = {1, 1, 1, 1, 1, 1, 1, -1, -1, -1};
        return new ObserverInput(left, right, end, side);
    }

    private final ObserverResult r = new BayesianObserver(TaskConfig.defaults()).evaluate(threeTrials());

    @Test
    void stimulusPosteriorSharesTheStrengthAcrossTheTrialsObservations() {
        assertThat(r.stimulusPosteriorRight()[0]).isNaN();
        assertThat(r.stimulusPosteriorRight()[1]).isNaN();
        assertThat(r.stimulusPosteriorRight()[2])
                .isCloseTo(ReferenceFormulas.sharedStrengthPosteriorRight(0.5, 0.0), within(EPS));
        assertThat(r.stimulusPosteriorRight()[3])
                .isCloseTo(ReferenceFormulas.sharedStrengthPosteriorRight(0.5, 0.0, 0.7), within(EPS));
        // the exact two-step posterior is not the per-step re-marginalised one
        assertThat(Math.abs(ReferenceFormulas.sharedStrengthPosteriorRight(0.5, 0.0, 0.7)
                - ReferenceFormulas.perStepPosteriorRight(0.5, 0.0, 0.7))).isGreaterThan(1e-4);
    }

    @Test
    void nextStimulusPriorOmitsTheTransitionStepLikeTheOriginal() {
        assertThat(r.blockPriorRight()[0]).isEqualTo(0.5);
        assertThat(r.stimulusPriorRight()[0]).isEqualTo(0.5);
        assertThat(r.blockPriorRight()[4]).isCloseTo(0.8, within(EPS));
        // 0.2·P(left block) + 0.8·P(right block) with the posterior (0.2, 0.8), no T: 0.68 (with T it would be 0.6728)
        assertThat(r.stimulusPriorRight()[4]).isCloseTo(0.68, within(EPS));
        assertThat(r.stimulusPosteriorRight()[6])
                .isCloseTo(ReferenceFormulas.sharedStrengthPosteriorRight(0.68, 0.1 - 0.9), within(EPS));
        double a2 = 0.6304 / 0.6728;
        assertThat(r.stimulusPriorRight()[7]).isCloseTo(0.2 * (1 - a2) + 0.8 * a2, within(EPS));
        assertThat(r.stimulusPriorRight()[5]).isNaN();
        assertThat(r.blockPriorRight()[9]).isNaN();
    }

    @Test
    void blockPosteriorIsOnTrialEndRowsAndTheLastTrialIsNotZero() {
        assertThat(r.blockPosteriorRight()[3]).isCloseTo(0.8, within(EPS));
        assertThat(r.blockPosteriorRight()[6]).isCloseTo(0.6304 / 0.6728, within(EPS));
        assertThat(r.blockPosteriorRight()[9]).isCloseTo(0.74063787, within(1e-8));
        assertThat(r.blockPosteriorRight()[2]).isNaN();
        assertThat(r.trialBlockPosteriorRight()).hasSize(3).containsExactly(r.blockPosteriorRight()[3], r.blockPosteriorRight()[6], r.blockPosteriorRight()[9]);
    }

    @Test
    void decisionColumnsFollowTheRoundedPosterior() {
        // d = 0 with prior 0.5 gives exactly 0.5, which rounds to left like numpy's round half to even
        assertThat(r.stimulusPosteriorRight()[2]).isEqualTo(0.5);
        assertThat(r.actionSide()[2]).isEqualTo(-1.0);
        assertThat(r.correct()[2]).isEqualTo(0.0);
        assertThat(r.reward()[2]).isEqualTo(-1.0);
        assertThat(r.actionTaken()[2]).isEqualTo(0.0);
        // last trial: left side, strong rightward evidence → wrong
        assertThat(r.actionSide()[9]).isEqualTo(1.0);
        assertThat(r.correct()[9]).isEqualTo(0.0);
        assertThat(r.actionTaken()[9]).isEqualTo(r.stimulusPosteriorRight()[9] > 0.9 ? 1.0 : 0.0);
        assertThat(r.actionSide()[0]).isNaN();
        assertThat(r.correct()[1]).isNaN();
        double[] trialCorrect = r.trialCorrect();
        assertThat(r.accuracyAtTrialEnds()).isCloseTo((trialCorrect[0] + trialCorrect[1] + trialCorrect[2]) / 3,
                within(EPS));
    }

    @Test
    void inputRejectsUnfinishedTrialsAndSideChangesInsideTrials() {
        assertThatThrownBy(() -> new ObserverInput(new double[2], new double[2], new boolean[]{false, false},
                new int[]{1, 1})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trial end");
        assertThatThrownBy(() -> new ObserverInput(new double[2], new double[2], new boolean[]{false, true},
                new int[]{1, -1})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }

    @Test
    void adapterReadsASessionTableAndTheLastTrialGetsTheFilteredPosterior() {
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(6);
        SessionTable table = ActorSessions.run(BayesianActor.NAME, task, Seeds.forAnalysis(3, "observer-adapter"));
        ObserverInput in = ObserverInput.of(table);
        assertThat(in.size()).isEqualTo(table.rows());
        ObserverResult res = new BayesianObserver(task).evaluate(in);

        int[] ends = res.trialEndRows();
        assertThat(ends).containsExactly(table.trials().endRow());
        BlockFilter filter = new BlockFilter(task);
        double[] a = {0.5, 0.5};
        for (int t = 0; t < ends.length; t++) {
            filter.update(a, table.trialSide()[ends[t]] == 1 ? 1 : 0, t == 0, a);
        }
        double last = res.blockPosteriorRight()[ends[ends.length - 1]];
        assertThat(last).isGreaterThan(0.0).isCloseTo(a[1], within(EPS));
        for (int row = 0; row < table.rows(); row++) {
            assertThat(Double.isNaN(res.stimulusPosteriorRight()[row])).isEqualTo(table.isBlank()[row]);
        }
    }

    @Test
    void adapterRefusesTablesHoldingSeveralSessions() {
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(1);
        SessionTable a = ActorSessions.run(BayesianActor.NAME, task, Seeds.forSession(1, 0, 0));
        SessionTable b = org.iblrnn.task.SessionRunner.run(task,
                org.iblrnn.task.SessionGenerator.generate(task, Seeds.forSession(1, 0, 1)), new BayesianActor(task),
                null, 1);
        SessionTable both = SessionTable.concat(List.of(a, b));
        assertThatThrownBy(() -> ObserverInput.of(both)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one session at a time");
    }
}
