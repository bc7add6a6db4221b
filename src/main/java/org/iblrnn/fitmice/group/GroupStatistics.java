package org.iblrnn.fitmice.group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iblrnn.compare.MeanSem;

/**
 * What the models say about the group of mice: each model's held-out NLL relative to the baseline (mean ± SEM over
 * mice), how many mice it predicts best, random-effects Bayesian model selection with each mouse's log evidence
 * taken as −(its total held-out NLL), the best model against every other, and, for tiny GRUs of several sizes, the
 * smallest size that no larger one beats significantly.
 *
 * @param mice           the mice, in order
 * @param models         the models, in order
 * @param reference      the baseline every difference is taken to
 * @param perModel       per model, in order
 * @param bms            Bayesian model selection over all models
 * @param best           the model with the lowest mean NLL per trial
 * @param bestVsOthers   the best model against every other one
 * @param gruSizes       tiny GRU sizes compared pairwise, empty if fewer than two sizes were fitted
 */
public record GroupStatistics(List<String> mice, List<String> models, String reference, List<ModelStatistics> perModel,
                              BayesianModelSelection.Result bms, String best, List<PairedComparison> bestVsOthers,
                              Optional<GruSizes> gruSizes) {

    /** Exceedance draws when there are more than two models (as SPM's spm_BMS). */
    public static final int EXCEEDANCE_DRAWS = 1_000_000;
    private static final Pattern GRU = Pattern.compile("tiny_gru_(\\d+)");

    /**
     * One model over the mice.
     *
     * @param model              its name
     * @param nllPerTrial        held-out NLL per trial, mean ± SEM over mice
     * @param deltaNllPerTrial   minus the reference's, per mouse, mean ± SEM
     * @param deltaNll           the same for the total held-out NLL (the negative log Bayes factor per mouse)
     * @param normalizedLikelihood exp(−NLL/n), mean ± SEM
     * @param accuracy           held-out accuracy, mean ± SEM
     * @param wins               mice for which this model has the lowest held-out NLL
     * @param frequency          BMS expected model frequency
     * @param exceedance         BMS exceedance probability
     */
    public record ModelStatistics(String model, MeanSem nllPerTrial, MeanSem deltaNllPerTrial, MeanSem deltaNll,
                                  MeanSem normalizedLikelihood, MeanSem accuracy, int wins, double frequency,
                                  double exceedance) {
    }

    /**
     * Tiny GRUs of different sizes, compared mouse by mouse.
     *
     * @param units       the sizes fitted, ascending
     * @param pairs       every smaller size against every larger one
     * @param unitsNeeded the smallest size that is not significantly worse than any larger one
     */
    public record GruSizes(List<Integer> units, List<PairedComparison> pairs, int unitsNeeded) {
    }

    /** Per mouse and model, what the statistics need. */
    public record Score(double nll, int trials, double accuracy) {
        double nllPerTrial() {
            return nll / trials;
        }
    }

    /**
     * @param scores    mouse → model → held-out score; every mouse must have every model
     * @param models    the models in report order
     * @param reference the baseline (must be among the models)
     * @param seed      seed of the exceedance draws
     */
    public static GroupStatistics of(Map<String, Map<String, Score>> scores, List<String> models, String reference,
                                     long seed) {
        return of(scores, models, reference, seed, EXCEEDANCE_DRAWS);
    }

    /** As {@link #of(Map, List, String, long)} with {@code draws} exceedance draws. */
    public static GroupStatistics of(Map<String, Map<String, Score>> scores, List<String> models, String reference,
                                     long seed, int draws) {
        List<String> mice = List.copyOf(scores.keySet());
        int n = mice.size();
        int k = models.size();
        if (n == 0) {
            throw new IllegalArgumentException("group statistics need at least one mouse");
        }
        int ref = models.indexOf(reference);
        if (ref < 0) {
            throw new IllegalArgumentException("the reference model " + reference + " was not fitted");
        }
        double[][] perTrial = new double[k][n];
        double[][] total = new double[k][n];
        double[][] acc = new double[k][n];
        double[][] evidence = new double[n][k];
        for (int i = 0; i < n; i++) {
            Map<String, Score> row = scores.get(mice.get(i));
            for (int j = 0; j < k; j++) {
                Score s = row.get(models.get(j));
                if (s == null) {
                    throw new IllegalArgumentException("mouse " + mice.get(i) + " has no result for " + models.get(j));
                }
                perTrial[j][i] = s.nllPerTrial();
                total[j][i] = s.nll();
                acc[j][i] = s.accuracy();
                evidence[i][j] = -s.nll();
            }
        }
        int[] wins = new int[k];
        for (int i = 0; i < n; i++) {
            int w = 0;
            for (int j = 1; j < k; j++) {
                if (total[j][i] < total[w][i]) {
                    w = j;
                }
            }
            wins[w]++;
        }
        BayesianModelSelection.Result bms = k >= 2 ? BayesianModelSelection.fit(evidence, seed, draws)
                : new BayesianModelSelection.Result(new double[] {1 + n}, new double[] {1}, new double[] {1}, 0, 0);
        List<ModelStatistics> stats = new ArrayList<>();
        int best = 0;
        for (int j = 0; j < k; j++) {
            double[] dTrial = new double[n];
            double[] dTotal = new double[n];
            double[] nl = new double[n];
            for (int i = 0; i < n; i++) {
                dTrial[i] = perTrial[j][i] - perTrial[ref][i];
                dTotal[i] = total[j][i] - total[ref][i];
                nl[i] = Math.exp(-perTrial[j][i]);
            }
            stats.add(new ModelStatistics(models.get(j), MeanSem.of(perTrial[j]), MeanSem.of(dTrial),
                    MeanSem.of(dTotal), MeanSem.of(nl), MeanSem.of(acc[j]), wins[j], bms.expectedFrequency()[j],
                    bms.exceedance()[j]));
            if (stats.get(j).nllPerTrial().mean() < stats.get(best).nllPerTrial().mean()) {
                best = j;
            }
        }
        List<PairedComparison> versus = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (j != best) {
                versus.add(PairedComparison.of(models.get(best), models.get(j), perTrial[best], perTrial[j]));
            }
        }
        return new GroupStatistics(mice, List.copyOf(models), reference, stats, bms, models.get(best), versus,
                gruSizes(models, perTrial));
    }

    private static Optional<GruSizes> gruSizes(List<String> models, double[][] perTrial) {
        Map<Integer, Integer> index = new java.util.TreeMap<>();
        for (int j = 0; j < models.size(); j++) {
            Matcher m = GRU.matcher(models.get(j));
            if (m.matches()) {
                index.put(Integer.parseInt(m.group(1)), j);
            }
        }
        if (index.size() < 2) {
            return Optional.empty();
        }
        List<Integer> units = List.copyOf(index.keySet());
        List<PairedComparison> pairs = new ArrayList<>();
        Map<Integer, Boolean> beaten = new LinkedHashMap<>();
        for (int a = 0; a < units.size(); a++) {
            boolean worse = false;
            for (int b = a + 1; b < units.size(); b++) {
                int ja = index.get(units.get(a));
                int jb = index.get(units.get(b));
                PairedComparison c = PairedComparison.of(models.get(ja), models.get(jb), perTrial[ja], perTrial[jb]);
                pairs.add(c);
                worse |= c.aSignificantlyWorse();
            }
            beaten.put(units.get(a), worse);
        }
        int needed = units.stream().filter(u -> !beaten.get(u)).findFirst().orElse(units.get(units.size() - 1));
        return Optional.of(new GruSizes(units, pairs, needed));
    }

    /** The statistics of one model. */
    public ModelStatistics of(String model) {
        return perModel.stream().filter(s -> s.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + model));
    }
}
