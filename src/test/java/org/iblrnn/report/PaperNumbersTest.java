package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped reference numbers load, each has a source and a matching run value, and runs are compared to them. */
class PaperNumbersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyNumberHasASourceAndARunValueToCompareWith() {
        PaperNumbers p = PaperNumbers.load();
        assertThat(p.numbers()).hasSizeGreaterThan(40);
        assertThat(p.numbers()).extracting(PaperNumbers.Number::key).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(PaperComparison.keys());
        assertThat(p.numbers()).allSatisfy(n -> assertThat(p.sources()).containsKey(n.source()));
        PaperNumbers.Number rnn = p.numbers().get(0);
        assertThat(rnn.key()).isEqualTo("rnn_correct");
        assertThat(rnn.display()).isEqualTo("85.5 %");
        assertThat(rnn.source()).isEqualTo("paper text");
    }

    @Test
    void agreementIsWithinTheToleranceOfAValueOrARange() {
        PaperNumbers.Number v = new PaperNumbers.Number("k", "s", "m", 0.73, Double.NaN, Double.NaN, 0.04, "fraction",
                null, "paper figure");
        assertThat(v.agrees(0.77)).isTrue();
        assertThat(v.agrees(0.78)).isFalse();
        assertThat(v.agrees(Double.NaN)).isNull();
        PaperNumbers.Number r = new PaperNumbers.Number("k", "s", "m", Double.NaN, 0.6, 0.68, 0.03, "fraction", null,
                "paper figure");
        assertThat(r.agrees(0.70)).isTrue();
        assertThat(r.agrees(0.72)).isFalse();
        assertThat(r.display()).isEqualTo("0.60 - 0.68");
        assertThat(r.toleranceDisplay()).isEqualTo("0.03");
        PaperNumbers.Number text = new PaperNumbers.Number("k", "s", "m", Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, "count", "line attractor", "paper text");
        assertThat(text.agrees(2)).isNull();
        assertThat(text.display()).isEqualTo("line attractor");
    }

    @Test
    void malformedEntriesAreRefusedWithTheirKey() throws Exception {
        JsonNode noValue = JSON.readTree("{\"sources\": {\"paper text\": \"x\"}, \"numbers\": [{\"key\": \"a\", "
                + "\"source\": \"paper text\"}]}");
        assertThatThrownBy(() -> PaperNumbers.parse(noValue)).hasMessageContaining("a needs a value");
        JsonNode badSource = JSON.readTree("{\"sources\": {\"paper text\": \"x\"}, \"numbers\": [{\"key\": \"a\", "
                + "\"value\": 1, \"source\": \"blog\"}]}");
        assertThatThrownBy(() -> PaperNumbers.parse(badSource)).hasMessageContaining("one of the sources");
    }

    @Test
    void rowsPutTheRunsValueBesideThePapersAndDashWhatTheRunLacks() {
        JsonNode metrics = JSON.valueToTree(Map.of(
                "agents", Map.of("rnn", Map.of("correct_by_total_trials", 0.846)),
                "fixed_points", Map.of("equal_stimulus", Map.of("unique", 3, "stable", 2)),
                "behaviour", Map.of("rnn", Map.of("steps_per_trial_by_strength", Map.of("0.0", 3.41, "2.5", 3.09,
                        "1.0", 3.2))),
                "radd", Map.of("B", List.of(List.of(-0.2, 0.2, 0.0), List.of(-0.04, 0.04, 0.0))),
                "circuit", Map.of("cluster_sizes", List.of(7, 20, 14))));
        Map<String, PaperComparison.Row> rows = new java.util.HashMap<>();
        PaperComparison.rows(PaperNumbers.load(), metrics).forEach(r -> rows.put(r.metric(), r));
        assertThat(rows.get("RNN correct / trials").cells())
                .containsExactly("RNN correct / trials", "84.6 %", "85.5 %", "2.0 %", "paper text", "\u2713");
        assertThat(rows.get("RNN steps / trial, strength 2.5").ours()).isEqualTo("3.09");
        assertThat(rows.get("RNN steps / trial, strength 0").ours()).isEqualTo("3.41");
        PaperComparison.Row fp = rows.get("Stable points, equal stimulus (0.2, 0.2)");
        assertThat(fp.ours()).isEqualTo("2 (+1 unstable)");
        assertThat(fp.agrees()).isTrue();
        assertThat(rows.get("RADD: observation moves stimulus / block").ours()).isEqualTo("5.0\u00d7");
        assertThat(rows.get("Units in the two largest correlated groups").ours()).isEqualTo("20 + 14");
        assertThat(rows.get("Units in the two largest correlated groups").agrees()).isFalse();
        PaperComparison.Row missing = rows.get("Mice correct / trials");
        assertThat(missing.ours()).isEqualTo("\u2013");
        assertThat(missing.agrees()).isNull();
        assertThat(missing.cells().get(5)).isEmpty();
    }
}
