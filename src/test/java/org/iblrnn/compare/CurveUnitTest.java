package org.iblrnn.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.iblrnn.analysis.behaviour.GroupedStats;
import org.iblrnn.config.Params;
import org.iblrnn.io.NpzWriter;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveUnitTest {

    // trials: signed strength, concordant, correct, trial within block
    static final TrialOutcomes A = new TrialOutcomes(new double[] {0, -0.0, 0, 1, 1, 0},
            new boolean[] {true, true, false, true, true, false}, new double[] {1, 0, 0, 1, 1, 1},
            new int[] {0, 1, 0, 1, 2, 2});
    static final TrialOutcomes B = new TrialOutcomes(new double[] {0, 0, 1, 1},
            new boolean[] {true, true, true, true}, new double[] {1, 1, 0, 1}, new int[] {0, 0, 1, 1});

    @Test
    void oneRunIsMeanAndSemOverItsTrials() {
        CurveUnit u = new CurveUnit("a", List.of("a"), List.of(A));
        GroupedStats conc = u.accuracyBySignedStrength(true);
        assertThat(conc.keys()).containsExactly(0.0, 1.0);
        assertThat(conc.mean()).containsExactly(0.5, 1.0);
        // values 1, 0: sd = 0.7071, SEM = 0.5
        assertThat(conc.sem()[0]).isCloseTo(0.5, within(1e-12));
        GroupedStats disc = u.accuracyBySignedStrength(false);
        assertThat(disc.mean()).containsExactly(0.5);
        // trial index 0: values 1, 0; 1: 0... trials at index 1: (0, 1) → 0.5; 2: (1, 1) → 1
        GroupedStats tw = u.accuracyByTrialWithinBlock();
        assertThat(tw.keys()).containsExactly(0.0, 1.0, 2.0);
        assertThat(tw.mean()).containsExactly(0.5, 0.5, 1.0);
    }

    @Test
    void severalRunsAverageTheirMeansWithSemOverRuns() {
        CurveUnit u = new CurveUnit("g", List.of("a", "b"), List.of(A, B));
        GroupedStats conc = u.accuracyBySignedStrength(true);
        // strength 0: run means 0.5 and 1.0 → 0.75 ± 0.25; strength 1: 1.0 and 0.5 → 0.75 ± 0.25
        assertThat(conc.mean()).containsExactly(0.75, 0.75);
        assertThat(conc.sem()[0]).isCloseTo(0.25, within(1e-12));
        assertThat(conc.count()).containsExactly(2, 2);
        // within block: A has two trials at each index; B at 0 and 1 → index 2 has only A
        GroupedStats tw = u.accuracyByTrialWithinBlock();
        assertThat(tw.keys()).containsExactly(0.0, 1.0, 2.0);
        assertThat(tw.mean()).containsExactly(0.75, 0.5, 1.0);
        assertThat(tw.sem()[2]).isNaN();
    }

    @Test
    void trialsReadFromSessionNpzMatchTheSessionTable(@TempDir Path tmp) throws Exception {
        Params p = Params.defaults();
        RecurrentNetwork net = RecurrentNetwork.initialise(p.model().withHiddenSize(5), Seeds.forAnalysis(3, "init"));
        SessionTable t = org.iblrnn.analysis.AnalysisContext.simulate(p.withModel(p.model().withHiddenSize(5)), net, 0,
                3, 9).rnnSession();
        Path npz = tmp.resolve("session.npz");
        try (NpzWriter w = NpzWriter.open(npz, true)) {
            for (String c : List.of("trial_end", "signed_trial_strength", "concordant_trial", "correct_action_taken",
                    "trial_index")) {
                Object v = t.columns().get(c);
                if (v instanceof double[] d) {
                    w.add(c, d);
                } else if (v instanceof int[] i) {
                    w.add(c, i);
                } else {
                    w.add(c, (boolean[]) v);
                }
            }
        }
        TrialOutcomes fromNpz = TrialOutcomes.readNpz(npz);
        TrialOutcomes direct = TrialOutcomes.of(t);
        assertThat(fromNpz.size()).isEqualTo(t.trials().size()).isGreaterThanOrEqualTo(60);
        assertThat(fromNpz.signedStrength()).containsExactly(direct.signedStrength());
        assertThat(fromNpz.concordant()).containsExactly(direct.concordant());
        assertThat(fromNpz.correct()).containsExactly(direct.correct());
        assertThat(fromNpz.trialWithinBlock()).containsExactly(direct.trialWithinBlock());
    }

    @Test
    void meanSemSkipsNaN() {
        MeanSem m = MeanSem.of(1, Double.NaN, 3);
        assertThat(m.mean()).isEqualTo(2.0);
        assertThat(m.sem()).isCloseTo(1.0, within(1e-12));
        assertThat(m.n()).isEqualTo(2);
        assertThat(MeanSem.of().mean()).isNaN();
    }
}
