package org.iblrnn.fitmice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    /**
     * A model that predicts P(right) = fraction of right choices in its training sessions, and records what it was
     * fitted on; at zero contrast it says the same.
     */
    static class RateModel implements ChoiceModel {
        final List<List<Integer>> fittedOn = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "rate";
        }

        @Override
        public Fitted fit(List<ChoiceSession> train, long seed) {
            fittedOn.add(train.stream().map(ChoiceSession::sessionNum).toList());
            double right = 0;
            double n = 0;
            for (ChoiceSession s : train) {
                for (int c : s.choice()) {
                    right += c > 0 ? 1 : 0;
                    n += c != 0 ? 1 : 0;
                }
            }
            double p = right / n;
            return new Fitted() {
                @Override
                public double[] pRight(ChoiceSession session) {
                    double[] out = new double[session.trials()];
                    java.util.Arrays.fill(out, p);
                    return out;
                }

                @Override
                public Map<String, Double> params() {
                    return Map.of("p", p);
                }

                @Override
                public Optional<double[]> pRightAtZeroContrast(ChoiceSession session) {
                    return Optional.of(pRight(session));
                }
            };
        }
    }

    static ChoiceSession session(int num, int... choices) {
        int n = choices.length;
        int[] side = new int[n];
        int[] rewarded = new int[n];
        for (int t = 0; t < n; t++) {
            side[t] = t % 2 == 0 ? 1 : -1;
            rewarded[t] = choices[t] == side[t] ? 1 : 0;
        }
        return new ChoiceSession(num, new double[n], side, choices, rewarded, new double[n]);
    }

    /**
     * Three sessions, three folds: each fold fits on the two other sessions and scores the third, trials without a
     * response left out. Session 1: R R L (and one no-response); 2: L L; 3: R R R R.
     */
    @Test
    void scoresEachHeldOutSessionWithTheFitOfTheOthers() {
        MouseChoices m = new MouseChoices("m", List.of(session(1, 1, 1, 0, -1), session(2, -1, -1),
                session(3, 1, 1, 1, 1)));
        RateModel model = new RateModel();
        ModelResult r = CrossValidation.run(m, model, "", 3, 7, true);
        assertThat(model.fittedOn).containsExactly(List.of(2, 3), List.of(1, 3), List.of(1, 2));
        assertThat(r.folds()).extracting(ModelResult.Fold::testSessions)
                .containsExactly(List.of(1), List.of(2), List.of(3));
        // fold 1: p = 4/6 from sessions 2, 3; held out R R L
        double p1 = 4.0 / 6;
        double nll1 = -2 * Math.log(p1) - Math.log(1 - p1);
        // fold 2: p = 6/7 from sessions 1, 3; held out L L
        double p2 = 6.0 / 7;
        double nll2 = -2 * Math.log(1 - p2);
        // fold 3: p = 2/5 from sessions 1, 2; held out R R R R
        double p3 = 2.0 / 5;
        double nll3 = -4 * Math.log(p3);
        assertThat(r.folds().get(0).nll()).isCloseTo(nll1, within(1e-12));
        assertThat(r.folds().get(1).nll()).isCloseTo(nll2, within(1e-12));
        assertThat(r.folds().get(2).nll()).isCloseTo(nll3, within(1e-12));
        assertThat(r.trials()).isEqualTo(9);
        assertThat(r.nllPerTrial()).isCloseTo((nll1 + nll2 + nll3) / 9, within(1e-12));
        assertThat(r.normalizedLikelihood()).isCloseTo(Math.exp(-(nll1 + nll2 + nll3) / 9), within(1e-12));
        // the more likely choice is right in folds 1 (2 of R R L correct) and 2 (none of L L), left in fold 3 (none)
        assertThat(r.accuracy()).isCloseTo(2.0 / 9, within(1e-12));
        assertThat(r.folds().get(1).params()).containsEntry("p", p2);
        // dynamics: every held-out responded trial with a successor in its session (2 + 1 + 3)
        assertThat(r.dynamics().logit()).hasSize(6);
        assertThat(r.dynamics().change()).containsOnly(0.0);
    }

    /** Same seed, same result, whatever else runs; another seed reaches the model as another fold seed. */
    @Test
    void foldSeedsDependOnTheSeedMouseModelAndFoldOnly() {
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        ChoiceModel recorder = new RateModel() {
            @Override
            public Fitted fit(List<ChoiceSession> train, long seed) {
                seen.add(seed);
                return super.fit(train, seed);
            }
        };
        MouseChoices m = new MouseChoices("m", List.of(session(1, 1, -1), session(2, -1, 1), session(3, 1, 1)));
        CrossValidation.run(m, recorder, "", 3, 5, false);
        List<Long> first = List.copyOf(seen);
        seen.clear();
        CrossValidation.run(m, recorder, "", 3, 5, false);
        assertThat(seen).isEqualTo(first).doesNotHaveDuplicates();
        seen.clear();
        CrossValidation.run(m, recorder, "", 3, 6, false);
        assertThat(seen).doesNotContainAnyElementsOf(first);
    }
}
