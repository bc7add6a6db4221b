package org.iblrnn.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real IBL mice (the full May 2020 set when available, else the shipped 3-mouse subset; see {@link MouseData})
 * against independently computed reference numbers (biased blocks, non-endtrain files, no-response trials
 * excluded).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MouseDataTest {

    private MouseData data;
    private MouseData.Expected expected;
    private IblTrials mice;
    private BehaviourMetrics metrics;

    @BeforeAll
    void load() {
        data = MouseData.locate();
        expected = data.expected();
        mice = IblCsv.readDirectory(data.directory());
        metrics = BehaviourMetrics.compute(mice);
    }

    @Test
    void readsEveryMouseWithoutTheEndtrainFiles() {
        assertThat(mice.sources()).as(data.toString()).hasSize(expected.mice())
                .noneMatch(s -> s.endsWith("_endtrain")).contains(MouseData.MOUSE_IN_BOTH);
        assertThat(mice.size()).isEqualTo(expected.trials());
        assertThat(mice.source(0)).isEqualTo(expected.first());
        assertThat(mice.source(mice.size() - 1)).isEqualTo(expected.last());
    }

    @Test
    void accuracyMatchesReference() {
        assertThat(metrics.correctByTotalTrials()).as(data.toString())
                .isCloseTo(expected.accuracy(), within(expected.tolerance()));
    }

    @Test
    void accuracyByContrastMatchesReference() {
        double tol = expected.tolerance();
        for (double[] e : expected.byContrast()) { // contrast, all, concordant, discordant
            BehaviourMetrics.ContrastAccuracy row = metrics.byContrast().stream()
                    .filter(r -> r.contrast() == e[0]).findFirst().orElseThrow();
            assertThat(row.all()).as("all at %s in %s", e[0], data).isCloseTo(e[1], within(tol));
            assertThat(row.concordant()).as("concordant at %s", e[0]).isCloseTo(e[2], within(tol));
            assertThat(row.discordant()).as("discordant at %s", e[0]).isCloseTo(e[3], within(tol));
            assertThat(row.nConcordant() + row.nDiscordant()).isEqualTo(row.n());
        }
        // the rare contrasts stay separate levels
        assertThat(metrics.byContrast()).extracting(BehaviourMetrics.ContrastAccuracy::contrast)
                .containsExactly(0.0, 0.04, 0.0625, 0.08, 0.125, 0.25, 1.0);
        assertThat(metrics.byContrast().stream().mapToInt(BehaviourMetrics.ContrastAccuracy::n).sum())
                .isEqualTo(metrics.analysedTrials());
    }

    @Test
    void zeroContrastChoiceFollowsTheBlock() {
        assertThat(metrics.pRightZeroContrast().leftBlock()).as(data.toString())
                .isCloseTo(expected.pRightLeft(), within(expected.tolerance()));
        assertThat(metrics.pRightZeroContrast().rightBlock())
                .isCloseTo(expected.pRightRight(), within(expected.tolerance()));
    }

    @Test
    void psychometricFitsShiftWithTheBlock() {
        Map<String, BehaviourMetrics.PsychometricSummary> fits = metrics.psychometric();
        assertThat(fits.keySet()).containsExactly("0.8", "0.5", "0.2");
        // a left block lowers P(right): the curve moves right (positive bias), and vice versa
        assertThat(fits.get("0.8").bias()).isGreaterThan(fits.get("0.5").bias());
        assertThat(fits.get("0.5").bias()).isGreaterThan(fits.get("0.2").bias());
        assertThat(fits.get("0.8").bias()).isPositive();
        assertThat(fits.get("0.2").bias()).isNegative();
        for (BehaviourMetrics.PsychometricSummary s : fits.values()) {
            assertThat(s.threshold()).isBetween(10.0, 50.0);
            assertThat(s.lapseLow()).isBetween(0.0, 0.2);
            assertThat(s.lapseHigh()).isBetween(0.0, 0.2);
        }
        // the fitted curve reproduces the data at 0 % contrast within a few points
        double p0Left = metrics.pRightBySignedContrast().stream()
                .filter(r -> r.block().equals("0.8") && r.signedContrast() == 0).findFirst().orElseThrow().pRight();
        assertThat(p0Left).isCloseTo(expected.pRightLeft(), within(expected.tolerance()));
    }

    @Test
    void accuracyRecoversAfterABlockSwitch() {
        List<BehaviourMetrics.AccuracyByTrialInBlock> rows = metrics.accuracyByTrialInBlock();
        assertThat(rows.get(0).trialInBlock()).isEqualTo(1);
        double first = rows.get(0).accuracy();
        double later = rows.stream().filter(r -> r.trialInBlock() >= 21 && r.trialInBlock() <= 30)
                .mapToDouble(BehaviourMetrics.AccuracyByTrialInBlock::accuracy).average().orElseThrow();
        // right after a switch the old prior misleads: at least 5 SEMs below the settled accuracy
        assertThat(first).isLessThan(later - 5 * rows.get(0).sem());
        assertThat(rows.get(0).discordant()).isGreaterThan(rows.get(0).concordant());
    }

    @Test
    void metricsSerialiseWithSnakeCaseKeys() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(metrics);
        assertThat(json.get("trials").asInt()).isEqualTo(expected.trials());
        assertThat(json.get("correct_by_total_trials").asDouble())
                .isCloseTo(expected.accuracy(), within(expected.tolerance()));
        assertThat(json.get("by_contrast").get(0).has("concordant")).isTrue();
        assertThat(json.get("p_right_zero_contrast").has("left_block")).isTrue();
        assertThat(json.get("psychometric").get("0.8").has("lapse_high")).isTrue();
    }

    @Test
    void aRealMouseRoundTripsThroughWrite(@TempDir Path tmp) {
        IblTrials one = mice.select(i -> mice.source(i).equals(MouseData.MOUSE_IN_BOTH));
        Path out = tmp.resolve(MouseData.MOUSE_IN_BOTH + ".csv");
        IblCsv.write(out, one);
        IblTrials back = IblCsv.read(List.of(out));
        assertThat(back.size()).isEqualTo(one.size()).isPositive();
        for (int i = 0; i < one.size(); i++) {
            assertThat(Double.doubleToLongBits(back.reactionTime(i)))
                    .isEqualTo(Double.doubleToLongBits(one.reactionTime(i)));
            assertThat(back.contrast(i)).isEqualTo(one.contrast(i));
            assertThat(back.position(i)).isEqualTo(one.position(i));
            assertThat(back.responseChoice(i)).isEqualTo(one.responseChoice(i));
            assertThat(back.trialNum(i)).isEqualTo(one.trialNum(i));
        }
    }
}
