package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.junit.jupiter.api.Test;

/** Fitting tiny GRUs: recovery of a planted process, determinism, early stopping, masking, no look-ahead. */
class TinyGruFitTest {

    /**
     * A 1-unit GRU with a strong choice history: the state is a leaky trace (z = 0.7) of the current contrast and
     * the previous choice, so a mouse following it repeats its choices and a history-free model cannot match it.
     */
    static double[] plantedOneUnitGru() {
        double[] p = new double[new TinyGru(1).size()];
        p[6] = 3.0;                          // W_in · contrast
        p[7] = 1.2;                          // W_in · previous choice
        p[16] = Math.log(0.7 / 0.3);         // b_hz: z = 0.7
        p[19] = 3.0;                         // readout: d = 3h
        return p;
    }

    /** Sessions whose choices are drawn from P(right) of the GRU with parameters {@code p}, trial by trial. */
    static List<ChoiceSession> simulate(double[] p, int sessions, int trials, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TinyGru gru = new TinyGru(1);
        double[] pr = new double[trials];
        List<ChoiceSession> out = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            // choice t depends on the choices before it only: the model is run on the session so far
            out.add(Sessions.generate(s, trials, rng, (t, sofar, r) -> {
                gru.pRight(p, ChoiceInputs.of(sofar), pr);
                return r.nextDouble() < 0.03 ? 0 : (r.nextDouble() < pr[t] ? 1 : -1);
            }));
        }
        return out;
    }

    /** Per responded trial of {@code sessions}: −log P(choice) under {@code fitted}. */
    static List<Double> trialNlls(ChoiceModel.Fitted fitted, List<ChoiceSession> sessions) {
        List<Double> out = new ArrayList<>();
        for (ChoiceSession s : sessions) {
            double[] pr = fitted.pRight(s);
            for (int t = 0; t < s.trials(); t++) {
                if (s.choice()[t] != 0) {
                    out.add(-Math.log(s.choice()[t] > 0 ? pr[t] : 1 - pr[t]));
                }
            }
        }
        return out;
    }

    private static ChoiceModel.Fitted fixed(double[] p) {
        TinyGruFitter.Result r = new TinyGruFitter.Result(
                org.iblrnn.model.RecurrentNetwork.of(TinyGruFitter.config(1), p), Double.NaN, 0, 0, 0, new double[0]);
        return new TinyGruModel.FittedGru(r);
    }

    /** The best history-free model: the training choices' P(right) at each signed contrast. */
    private static ChoiceModel.Fitted psychometric(List<ChoiceSession> train) {
        Map<Double, double[]> counts = new HashMap<>();
        for (ChoiceSession s : train) {
            for (int t = 0; t < s.trials(); t++) {
                if (s.choice()[t] != 0) {
                    double[] a = counts.computeIfAbsent(s.signedContrast()[t], c -> new double[2]);
                    a[0] += s.choice()[t] > 0 ? 1 : 0;
                    a[1]++;
                }
            }
        }
        return new ChoiceModel.Fitted() {
            @Override
            public double[] pRight(ChoiceSession s) {
                double[] p = new double[s.trials()];
                for (int t = 0; t < p.length; t++) {
                    double[] a = counts.get(s.signedContrast()[t]);
                    p[t] = (a[0] + 0.5) / (a[1] + 1);
                }
                return p;
            }

            @Override
            public Map<String, Double> params() {
                return Map.of();
            }
        };
    }

    private static double[] meanAndSe(List<Double> a, List<Double> b) {
        int n = a.size();
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double d = a.get(i) - b.get(i);
            sum += d;
            sq += d * d;
        }
        double mean = sum / n;
        return new double[]{mean, Math.sqrt((sq / n - mean * mean) / n)};
    }

    @Test
    void aOneUnitFitRecoversAPlantedOneUnitGru() {
        double[] truth = plantedOneUnitGru();
        List<ChoiceSession> train = simulate(truth, 32, 400, 1);
        List<ChoiceSession> test = simulate(truth, 8, 400, 2);
        ChoiceModel.Fitted fitted = new TinyGruModel(1).fit(train, 7);

        List<Double> trueNll = trialNlls(fixed(truth), test);
        List<Double> fitNll = trialNlls(fitted, test);
        List<Double> psychNll = trialNlls(psychometric(train), test);
        double[] excess = meanAndSe(fitNll, trueNll);
        double[] psychExcess = meanAndSe(psychNll, trueNll);
        int params = truth.length;
        int trainTrials = train.stream().mapToInt(ChoiceSession::responded).sum();
        // the test has power: without history a model is far worse than the truth
        assertThat(psychExcess[0]).isGreaterThan(10 * psychExcess[1]);
        // the fit is as good as the truth up to sampling error and the expected cost of estimating its parameters
        assertThat(excess[0]).as("held-out NLL excess of the fit over the truth, SE %s", excess[1])
                .isLessThan(3 * excess[1] + (double) params / trainTrials);
    }

    @Test
    void theSameSeedGivesTheSameFitOnAnyThread() throws Exception {
        List<ChoiceSession> train = simulate(plantedOneUnitGru(), 6, 200, 3);
        TinyGruModel model = new TinyGruModel(2, TinyGruSettings.defaults().withMaxRounds(8));
        Map<String, Double> here = model.fit(train, 11).params();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Map<String, Double>> a = pool.submit(() -> model.fit(train, 11).params());
            Future<Map<String, Double>> b = pool.submit(() -> model.fit(train, 11).params());
            assertThat(a.get()).isEqualTo(here);
            assertThat(b.get()).isEqualTo(here);
        } finally {
            pool.shutdown();
        }
        assertThat(model.fit(train, 12).params()).isNotEqualTo(here);
    }

    @Test
    void earlyStoppingKeepsTheWeightsOfTheBestValidationRound() {
        // choices are coin flips: whatever four units learn from 6 short sessions is noise, so validation gets worse
        SplittableRandom rng = new SplittableRandom(5);
        List<ChoiceInputs> sessions = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            sessions.add(ChoiceInputs.of(Sessions.random(s, 120, 0.05, rng)));
        }
        TinyGruSettings settings = new TinyGruSettings(0.0, 0.05, 0.3, 1, 20, 60, 3, 0.25, 1);
        TinyGruFitter fitter = new TinyGruFitter(4, settings);
        TinyGruFitter.Result r = fitter.fit(sessions, 3);

        double[] curve = r.validationCurve();
        assertThat(curve).hasSize(r.rounds() + 1);
        assertThat(r.bestRound()).isLessThan(r.rounds());
        double min = Double.POSITIVE_INFINITY;
        for (double v : curve) {
            min = Math.min(min, v);
        }
        assertThat(r.validationNll()).isEqualTo(min).isEqualTo(curve[r.bestRound()]);
        assertThat(curve[r.rounds()]).isGreaterThan(min);
        // the returned network is the one that scored the minimum on the same validation sessions
        List<ChoiceInputs> inner = new ArrayList<>();
        List<ChoiceInputs> validation = new ArrayList<>();
        fitter.split(sessions, 3, inner, validation);
        assertThat(validation).hasSize(2);
        assertThat(TinyGruFitter.meanNll(new TinyGru(4), r.network().params(), validation)).isEqualTo(min);
    }

    @Test
    void aTrialWithoutResponseAdvancesTheStateButAddsNoLikelihood() {
        double[] p = plantedOneUnitGru();
        ChoiceSession with = new ChoiceSession(1, new double[]{0.5, 1.0, -0.25}, new int[]{1, 1, -1},
                new int[]{1, 0, -1}, new int[]{1, 0, 1}, new double[]{0.5, 0.5, 0.5});
        ChoiceSession without = new ChoiceSession(1, new double[]{0.5, -0.25}, new int[]{1, -1},
                new int[]{1, -1}, new int[]{1, 1}, new double[]{0.5, 0.5});
        double[] pw = fixed(p).pRight(with);
        double[] po = fixed(p).pRight(without);
        assertThat(pw[0]).isEqualTo(po[0]);
        assertThat(pw[2]).isNotEqualTo(po[1]); // the masked trial's stimulus moved the state
        double expected = -Math.log(pw[0]) - Math.log(1 - pw[2]);
        assertThat(new TinyGru(1).nll(p, ChoiceInputs.of(with))).isEqualTo(expected);
    }

    @Test
    void aTrialsPredictionDoesNotSeeItsOwnChoice() {
        double[] p = plantedOneUnitGru();
        ChoiceSession a = Sessions.random(1, 30, 0.0, new SplittableRandom(8));
        int[] flipped = a.choice().clone();
        flipped[10] = -flipped[10];
        int[] rewarded = a.rewarded().clone();
        rewarded[10] = flipped[10] == a.stimulusSide()[10] ? 1 : 0;
        ChoiceSession b = new ChoiceSession(1, a.signedContrast(), a.stimulusSide(), flipped, rewarded,
                a.stimProbabilityLeft());
        double[] pa = fixed(p).pRight(a);
        double[] pb = fixed(p).pRight(b);
        for (int t = 0; t <= 10; t++) {
            assertThat(pb[t]).isEqualTo(pa[t]);
        }
        assertThat(pb[11]).isNotEqualTo(pa[11]);
    }
}
