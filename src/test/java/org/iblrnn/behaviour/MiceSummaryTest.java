package org.iblrnn.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped mice summary is what the code computes from the 54 mouse files, so it cannot silently drift from the
 * code or the data. With the full set at hand (see {@link MouseData}) it must equal a recomputation; without it,
 * it must agree with the independent reference numbers for the full set. Regenerate it with the command in
 * {@link MiceSummary#DESCRIPTION} when this fails after an intended change.
 */
class MiceSummaryTest {

    /**
     * Count-based numbers must agree to rounding; psychometric fits pass through Math.log/exp in a Nelder–Mead
     * search, whose last bits may differ between JVMs/CPUs, so they get 1e-6 (a code change moves them far more).
     */
    private static final double EXACT = 1e-12;
    private static final double FIT = 1e-6;

    @Test
    void theShippedResourceMatchesTheMouseData() throws Exception {
        MouseData data = MouseData.locate();
        MiceSummary shipped = MiceSummary.load(null);
        // the resource file itself is the canonical serialisation (so regenerating gives no diff)
        try (var in = MiceSummary.class.getResourceAsStream(MiceSummary.RESOURCE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).isEqualTo(shipped.toJson());
        }
        assertAgreesWith(shipped.metrics(), MouseData.FULL);
        if (data.full()) {
            assertEqualsRecomputation(shipped, MiceSummary.load(data.directory()));
        }
    }

    /** The shipped summary against the full set's independent numbers (checkable without the data). */
    private static void assertAgreesWith(BehaviourMetrics m, MouseData.Expected e) {
        double tol = e.tolerance();
        assertThat(m.trials()).isEqualTo(e.trials());
        assertThat(m.correctByTotalTrials()).isCloseTo(e.accuracy(), within(tol));
        assertThat(m.byContrast()).hasSize(e.byContrast().length);
        for (int i = 0; i < e.byContrast().length; i++) {
            double[] row = e.byContrast()[i];
            BehaviourMetrics.ContrastAccuracy got = m.byContrast().get(i);
            assertThat(got.contrast()).isEqualTo(row[0]);
            assertThat(got.all()).as("all at %s", row[0]).isCloseTo(row[1], within(tol));
            assertThat(got.concordant()).as("concordant at %s", row[0]).isCloseTo(row[2], within(tol));
            assertThat(got.discordant()).as("discordant at %s", row[0]).isCloseTo(row[3], within(tol));
        }
        assertThat(m.pRightZeroContrast().leftBlock()).isCloseTo(e.pRightLeft(), within(tol));
        assertThat(m.pRightZeroContrast().rightBlock()).isCloseTo(e.pRightRight(), within(tol));
    }

    private static void assertEqualsRecomputation(MiceSummary shipped, MiceSummary recomputed) throws Exception {
        JsonNode a = BehaviourJson.mapper().readTree(recomputed.toJson());
        JsonNode b = BehaviourJson.mapper().readTree(shipped.toJson());
        List<String> differences = new ArrayList<>();
        compare("", a, b, EXACT, differences);
        assertThat(differences).as("shipped summary differs from the recomputation; regenerate it with: "
                + MiceSummary.DESCRIPTION).isEmpty();
    }

    @Test
    void theShippedSummaryHoldsWhatTheFiguresNeed() {
        MiceSummary s = MiceSummary.load(null);
        BehaviourMetrics m = s.metrics();
        assertThat(s.sources()).isEqualTo(54);
        assertThat(s.description()).contains("--summary-out");
        assertThat(m.stimulusUnit()).isEqualTo(StimulusUnit.CONTRAST_PERCENT);
        assertThat(m.trials()).isEqualTo(1_287_439);
        assertThat(m.correctByTotalTrials()).isBetween(0.8185, 0.8195);
        assertThat(m.psychometric().keySet()).containsExactly("0.8", "0.5", "0.2");
        assertThat(m.pRightBySignedContrast()).allMatch(r -> r.n() > 0);
        assertThat(m.accuracyByBlockAndSide()).isNotEmpty().allMatch(r -> r.n() > 0);
        assertThat(m.accuracyByTrialInBlock().get(0).trialInBlock()).isEqualTo(1);
        assertThat(m.reactionTimeBySignedContrast()).isNotEmpty();
        // NaN (no discordant trials to divide by) survives the null round trip
        assertThat(m.byContrast()).allMatch(r -> r.nDiscordant() > 0 == !Double.isNaN(r.discordant()));
    }

    @Test
    void nanIsWrittenAsNullAndReadBackAsNaN(@TempDir Path dir) throws Exception {
        IblTrials t = IblTrials.builder("m")
                .add(1, 1, 0.8, 0.25, -35, -1, 1, 0.5)
                .add(2, 1, 0.8, 0.25, -35, -1, 1, Double.NaN)
                .build();
        MiceSummary s = MiceSummary.of(t);
        Path f = dir.resolve("s.json");
        s.write(f);
        String text = Files.readString(f);
        assertThat(text).doesNotContain("NaN").contains("\"discordant\" : null");
        MiceSummary back = BehaviourJson.mapper().readValue(text, MiceSummary.class);
        assertThat(back.metrics().byContrast().get(0).discordant()).isNaN();
        assertThat(back.metrics().byContrast().get(0).concordant()).isEqualTo(1.0);
        assertThat(back.toJson()).isEqualTo(text);
    }

    @Test
    void aSummaryWithUnknownKeysIsRejected() {
        String json = MiceSummary.load(null).toJson().replace("\"sources\" :", "\"mice_count\" : 1, \"sources\" :");
        assertThatThrownBy(() -> BehaviourJson.mapper().readValue(json, MiceSummary.class))
                .hasMessageContaining("mice_count");
    }

    @Test
    void loadingFromABadDirectoryNamesIt(@TempDir Path dir) {
        assertThatThrownBy(() -> MiceSummary.load(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing is not a directory");
    }

    private static void compare(String path, JsonNode a, JsonNode b, double tol, List<String> out) {
        if (out.size() > 20) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            List<String> fa = new ArrayList<>();
            a.fieldNames().forEachRemaining(fa::add);
            List<String> fb = new ArrayList<>();
            b.fieldNames().forEachRemaining(fb::add);
            if (!fa.equals(fb)) {
                out.add(path + ": keys " + fa + " vs " + fb);
                return;
            }
            for (String k : fa) {
                compare(path + "/" + k, a.get(k), b.get(k), path.endsWith("/psychometric") || tol == FIT ? FIT : tol,
                        out);
            }
        } else if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": " + a.size() + " vs " + b.size() + " entries");
                return;
            }
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            for (int i = 0; ia.hasNext(); i++) {
                compare(path + "[" + i + "]", ia.next(), ib.next(), tol, out);
            }
        } else if (a.isNumber() && b.isNumber() && (a.isFloatingPointNumber() || b.isFloatingPointNumber())) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (!(Math.abs(x - y) <= tol * Math.max(1, Math.abs(x)))) {
                out.add(path + ": " + x + " vs " + y);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " vs " + b);
        }
    }
}
