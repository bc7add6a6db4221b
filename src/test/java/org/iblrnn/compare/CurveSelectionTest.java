package org.iblrnn.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which lines the behaviour-curve figures get: runs (few, or chosen) or configurations (many). */
class CurveSelectionTest {

    @TempDir
    static Path tmp;
    static Path sweep;

    /** Run (h, seed) answers correctly on its first {@code seed} of four trials: accuracy seed / 4. */
    static TrialOutcomes trials(int seed) {
        double[] ok = new double[4];
        for (int i = 0; i < seed; i++) {
            ok[i] = 1;
        }
        return new TrialOutcomes(new double[] {0, 0, 0, 0}, new boolean[] {true, true, true, true}, ok,
                new int[] {0, 0, 1, 1});
    }

    @BeforeAll
    static void nineAnalysedRuns() throws Exception {
        sweep = tmp.resolve("sweep");
        for (int h : new int[] {4, 8, 16}) {
            for (int seed = 1; seed <= 3; seed++) {
                Path d = FakeRuns.run(sweep, "hidden_size=" + h + "_seed=" + seed, FakeRuns.params(h, seed),
                        new FakeRuns.Metrics(0.8, 0.7, 0.3, 3));
                FakeRuns.session(d, trials(seed));
            }
        }
    }

    @Test
    void manyRunsGiveOneLinePerConfigurationAveragedOverSeeds() throws Exception {
        Comparison.Result r = Comparison.run(CompareOptions.defaults(List.of(sweep), tmp.resolve("o1")).withDpi(30),
                org.iblrnn.figures.compare.CompareFigures.all(), n -> { });
        CompareData d = r.data();
        assertThat(d.curvesPerRun()).isFalse();
        assertThat(d.curveUnits()).extracting(CurveUnit::label)
                .containsExactly("hidden_size=4", "hidden_size=8", "hidden_size=16");
        // run accuracies at strength 0 (concordant): 1/4, 2/4, 3/4 → mean 0.5, SEM 0.25 / sqrt(3)
        var s = d.curveUnits().get(0).accuracyBySignedStrength(true);
        assertThat(s.mean()).containsExactly(0.5);
        assertThat(s.sem()[0]).isCloseTo(0.25 / Math.sqrt(3), within(1e-12));
        assertThat(r.failedFigures()).isZero();
        assertThat(r.skipped()).containsOnlyKeys("compare_learning_curves"); // no event files here
    }

    @Test
    void chosenRunsGetOneLineEach() throws Exception {
        Comparison.Result r = Comparison.run(CompareOptions.defaults(List.of(sweep), tmp.resolve("o2"))
                .withRunsForCurves(List.of("hidden_size=16_seed=2", sweep.resolve("hidden_size=4_seed=1").toString()))
                .withDpi(30), org.iblrnn.figures.compare.CompareFigures.all(), n -> { });
        assertThat(r.data().curvesPerRun()).isTrue();
        assertThat(r.data().curveUnits()).extracting(CurveUnit::label)
                .containsExactly("hidden_size=4_seed=1", "hidden_size=16_seed=2");
        assertThat(r.data().curveUnits().get(1).accuracyBySignedStrength(true).mean()).containsExactly(0.5);
    }
}
