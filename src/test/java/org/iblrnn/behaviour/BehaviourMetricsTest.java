package org.iblrnn.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions checked on tables small enough to count by hand. */
class BehaviourMetricsTest {

    @Test
    void accuracyUsesBiasedRespondedTrialsAndSplitsByConcordance() {
        IblTrials t = IblTrials.builder("m")
                .add(1, 1, 0.5, 0.0, 35, 1, 1, 0.3)     // unbiased: ignored
                .add(2, 1, 0.8, 0.0, -35, -1, 1, 0.4)   // left block, left stim: concordant, correct
                .add(3, 1, 0.8, 0.0, 35, -1, 0, 0.5)    // discordant, wrong (chose left)
                .add(4, 1, 0.8, 0.0, 35, 0, 0, Double.NaN) // no response: ignored
                .add(5, 1, 0.8, 0.0, 0, 0, 0, Double.NaN)  // no side, no response: ignored
                .add(6, 1, 0.2, 0.0, 35, 1, 1, 0.6)     // right block, right stim: concordant, correct
                .add(7, 1, 0.2, 0.25, -35, -1, 1, 0.7)  // discordant, correct
                .build();
        BehaviourMetrics m = BehaviourMetrics.compute(t);
        assertThat(m.trials()).isEqualTo(7);
        assertThat(m.analysedTrials()).isEqualTo(4);
        assertThat(m.correctByTotalTrials()).isEqualTo(0.75);
        BehaviourMetrics.ContrastAccuracy zero = m.byContrast().get(0);
        assertThat(zero.contrast()).isEqualTo(0.0);
        assertThat(zero.n()).isEqualTo(3);
        assertThat(zero.all()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(zero.concordant()).isEqualTo(1.0);
        assertThat(zero.discordant()).isEqualTo(0.0);
        BehaviourMetrics.ContrastAccuracy quarter = m.byContrast().get(1);
        assertThat(quarter.nConcordant()).isZero();
        assertThat(quarter.concordant()).isNaN();
        assertThat(quarter.discordant()).isEqualTo(1.0);
        // P(right) at zero contrast: left block chose left twice, right block chose right once
        assertThat(m.pRightZeroContrast().leftBlock()).isEqualTo(0.0);
        assertThat(m.pRightZeroContrast().rightBlock()).isEqualTo(1.0);
        assertThat(m.pRightZeroContrast().nLeftBlock()).isEqualTo(2);
    }

    @Test
    void zeroContrastPoolsBothSidesInTheChoiceCurve() {
        IblTrials t = IblTrials.builder("m")
                .add(1, 1, 0.8, 0.0, 35, 1, 1, 0.3)
                .add(2, 1, 0.8, 0.0, -35, 1, 0, 0.3)
                .add(3, 1, 0.8, 0.0, -35, -1, 1, 0.3)
                .add(4, 1, 0.8, 0.5, -35, -1, 1, 0.3)
                .build();
        List<BehaviourMetrics.ChoiceBySignedContrast> rows = BehaviourMetrics.compute(t).pRightBySignedContrast();
        assertThat(rows).extracting(BehaviourMetrics.ChoiceBySignedContrast::signedContrast)
                .containsExactly(-50.0, 0.0);
        assertThat(rows.get(1).n()).isEqualTo(3);
        assertThat(rows.get(1).pRight()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(Double.doubleToLongBits(rows.get(1).signedContrast())).isEqualTo(Double.doubleToLongBits(0.0));
    }

    @Test
    void trialInBlockCountsOnlyBlocksThatFollowTheOppositeBlockInTheSameSession() {
        IblTrials.Builder b = IblTrials.builder("m");
        int trial = 1;
        // session 1: unbiased, left block (first biased: not after a switch), right block (after a switch)
        b.add(trial++, 1, 0.5, 1, 35, 1, 1, 0.2);
        b.add(trial++, 1, 0.8, 1, -35, -1, 1, 0.2);
        b.add(trial++, 1, 0.8, 1, -35, -1, 1, 0.2);
        b.add(trial++, 1, 0.2, 1, 35, -1, 0, 0.2);   // switch, position 1, wrong, concordant
        b.add(trial++, 1, 0.2, 1, -35, 0, 0, 0.2);   // position 2, no response: not counted
        b.add(trial++, 1, 0.2, 0, -35, -1, 1, 0.2);  // position 3, correct, discordant, zero contrast
        // session 2 starts with a right block: the left block of session 1 does not count as "before"
        b.add(1, 2, 0.2, 1, 35, 1, 1, 0.2);
        b.add(2, 2, 0.8, 1, 35, 1, 1, 0.2);          // switch, position 1, correct, discordant
        List<BehaviourMetrics.AccuracyByTrialInBlock> rows = BehaviourMetrics.compute(b.build())
                .accuracyByTrialInBlock();
        assertThat(rows).extracting(BehaviourMetrics.AccuracyByTrialInBlock::trialInBlock).containsExactly(1, 3);
        BehaviourMetrics.AccuracyByTrialInBlock first = rows.get(0);
        assertThat(first.n()).isEqualTo(2);
        assertThat(first.accuracy()).isEqualTo(0.5);
        assertThat(first.nConcordant()).isEqualTo(1);
        assertThat(first.concordant()).isEqualTo(0.0);
        assertThat(first.discordant()).isEqualTo(1.0);
        assertThat(rows.get(1).nZeroContrast()).isEqualTo(1);
        assertThat(rows.get(1).zeroContrast()).isEqualTo(1.0);
    }

    @Test
    void reactionTimeGroupsHaveMedianMeanAndSem() {
        IblTrials t = IblTrials.builder("m")
                .add(1, 1, 0.8, 0.25, -35, -1, 1, 1.0)
                .add(2, 1, 0.8, 0.25, -35, -1, 1, 2.0)
                .add(3, 1, 0.8, 0.25, -35, -1, 1, 10.0)
                .add(4, 1, 0.8, 0.25, -35, -1, 1, Double.NaN) // missing: skipped
                .add(5, 1, 0.8, 0.25, -35, 1, 0, 4.0)
                .build();
        List<BehaviourMetrics.ReactionTimeGroup> rows = BehaviourMetrics.compute(t).reactionTimeBySignedContrast();
        assertThat(rows).hasSize(2);
        BehaviourMetrics.ReactionTimeGroup wrong = rows.get(0);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.concordant()).isTrue();
        assertThat(wrong.n()).isEqualTo(1);
        assertThat(wrong.sem()).isNaN();
        BehaviourMetrics.ReactionTimeGroup right = rows.get(1);
        assertThat(right.signedContrast()).isEqualTo(-25.0);
        assertThat(right.n()).isEqualTo(3);
        assertThat(right.median()).isEqualTo(2.0);
        assertThat(right.mean()).isCloseTo(13.0 / 3, within(1e-12));
        // sd (ddof 1) of {1, 2, 10} is sqrt(24.333...), divided by sqrt(3)
        assertThat(right.sem()).isCloseTo(Math.sqrt(73.0 / 3) / Math.sqrt(3), within(1e-12));
    }

    @Test
    void psychometricFitsOnlyBlocksThatHaveTrialsAndIsSeedDeterministic() {
        IblTrials.Builder b = IblTrials.builder("m");
        double[] contrasts = {1, 0.25, 0.125, 0.0625, 0};
        int trial = 1;
        for (int rep = 0; rep < 40; rep++) {
            for (double c : contrasts) {
                for (int side : new int[] {-1, 1}) {
                    int choice = (rep % 5 == 0) ? -side : side; // 80 % correct everywhere
                    b.add(trial++, 1, 0.8, c, 35 * side, choice, choice == side ? 1 : 0, 0.3);
                }
            }
        }
        IblTrials t = b.build();
        BehaviourMetrics a = BehaviourMetrics.compute(t, StimulusUnit.CONTRAST_PERCENT, 5);
        BehaviourMetrics again = BehaviourMetrics.compute(t, StimulusUnit.CONTRAST_PERCENT, 5);
        assertThat(a.psychometric().keySet()).containsExactly("0.8");
        assertThat(a.psychometric().get("0.8")).isEqualTo(again.psychometric().get("0.8"));
        assertThat(a.psychometric().get("0.8").n()).isEqualTo(t.size());
    }
}
