package org.iblrnn.behaviour;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.iblrnn.analysis.psychometric.PsychometricFit;
import org.iblrnn.analysis.psychometric.Psychofit;

/**
 * Behavioural summary of an {@link IblTrials} table, computed the same way for mice and for agents so their
 * numbers and figures are comparable. Serialisable with Jackson (snake_case keys).
 *
 * <p>Definitions. <em>Analysed trials</em> are trials of biased blocks (stim_probability_left ≠ 0.5) with a
 * response (response_choice ≠ 0); every field below uses them unless it says otherwise. Signed contrast =
 * contrast × stimulus side × 100 (percent, −left/+right; zero contrast pools both sides). A trial is
 * <em>concordant</em> when its stimulus is on the block's more likely side (0.8 → left), <em>discordant</em>
 * when on the other side; trials with no recorded side (position 0) are neither. P(right) = fraction of
 * response_choice = +1. SEMs are pandas-style (ddof = 1; NaN for fewer than 2 trials).
 *
 * @param trials                     all rows of the table
 * @param analysedTrials             biased-block trials with a response
 * @param correctByTotalTrials       mean trial_correct over analysed trials
 * @param byContrast                 accuracy per unsigned contrast (each level present is kept, e.g. 0.04)
 * @param pRightZeroContrast         P(right) on zero-contrast analysed trials by block
 * @param psychometric               IBL fits of P(right) vs signed contrast per block "0.8", "0.5", "0.2"
 *                                   (responded trials of that block; a block without trials is absent)
 * @param pRightBySignedContrast     the fitted data: P(right) per block and signed contrast, responded trials
 * @param accuracyByTrialInBlock     accuracy by 1-based position in a biased block that directly follows the
 *                                   opposite biased block in the same session (a block switch)
 * @param reactionTimeBySignedContrast reaction times of analysed trials with a concordant/discordant side and
 *                                   a finite reaction time, by (signed contrast, correct, concordant)
 */
public record BehaviourMetrics(
        @JsonProperty("trials") int trials,
        @JsonProperty("analysed_trials") int analysedTrials,
        @JsonProperty("correct_by_total_trials") double correctByTotalTrials,
        @JsonProperty("by_contrast") List<ContrastAccuracy> byContrast,
        @JsonProperty("p_right_zero_contrast") ZeroContrastChoice pRightZeroContrast,
        @JsonProperty("psychometric") Map<String, PsychometricSummary> psychometric,
        @JsonProperty("p_right_by_signed_contrast") List<ChoiceBySignedContrast> pRightBySignedContrast,
        @JsonProperty("accuracy_by_trial_in_block") List<AccuracyByTrialInBlock> accuracyByTrialInBlock,
        @JsonProperty("reaction_time_by_signed_contrast") List<ReactionTimeGroup> reactionTimeBySignedContrast) {

    /** Seed of the psychometric fits' random restarts (a fresh generator per block). */
    public static final long DEFAULT_SEED = 20200501L;

    /** Block labels (stim_probability_left) in the order they are reported. */
    private static final double[] BLOCKS = {0.8, 0.5, 0.2};

    /** Accuracy at one unsigned contrast; concordant/discordant are NaN when they have no trials. */
    public record ContrastAccuracy(@JsonProperty("contrast") double contrast,
                                   @JsonProperty("all") double all,
                                   @JsonProperty("concordant") double concordant,
                                   @JsonProperty("discordant") double discordant,
                                   @JsonProperty("n") int n,
                                   @JsonProperty("n_concordant") int nConcordant,
                                   @JsonProperty("n_discordant") int nDiscordant) {
    }

    /** P(right) at zero contrast in left (0.8) and right (0.2) blocks. */
    public record ZeroContrastChoice(@JsonProperty("left_block") double leftBlock,
                                     @JsonProperty("right_block") double rightBlock,
                                     @JsonProperty("n_left_block") int nLeftBlock,
                                     @JsonProperty("n_right_block") int nRightBlock) {
    }

    /** IBL psychometric parameters (bias and threshold in percent contrast). */
    public record PsychometricSummary(@JsonProperty("bias") double bias,
                                      @JsonProperty("threshold") double threshold,
                                      @JsonProperty("lapse_low") double lapseLow,
                                      @JsonProperty("lapse_high") double lapseHigh,
                                      @JsonProperty("log_likelihood") double logLikelihood,
                                      @JsonProperty("n") int n,
                                      @JsonProperty("converged") boolean converged) {
    }

    /** P(right) for one block and signed contrast. */
    public record ChoiceBySignedContrast(@JsonProperty("block") String block,
                                         @JsonProperty("signed_contrast") double signedContrast,
                                         @JsonProperty("n") int n,
                                         @JsonProperty("n_right") int nRight,
                                         @JsonProperty("p_right") double pRight,
                                         @JsonProperty("sem") double sem) {
    }

    /** Accuracy at one position within a block after a switch, overall, by concordance and at zero contrast. */
    public record AccuracyByTrialInBlock(@JsonProperty("trial_in_block") int trialInBlock,
                                         @JsonProperty("n") int n,
                                         @JsonProperty("accuracy") double accuracy,
                                         @JsonProperty("sem") double sem,
                                         @JsonProperty("n_concordant") int nConcordant,
                                         @JsonProperty("concordant") double concordant,
                                         @JsonProperty("n_discordant") int nDiscordant,
                                         @JsonProperty("discordant") double discordant,
                                         @JsonProperty("n_zero_contrast") int nZeroContrast,
                                         @JsonProperty("zero_contrast") double zeroContrast) {
    }

    /** Reaction-time statistics (seconds, or steps for agents) of one group. */
    public record ReactionTimeGroup(@JsonProperty("signed_contrast") double signedContrast,
                                    @JsonProperty("correct") boolean correct,
                                    @JsonProperty("concordant") boolean concordant,
                                    @JsonProperty("n") int n,
                                    @JsonProperty("mean") double mean,
                                    @JsonProperty("median") double median,
                                    @JsonProperty("sem") double sem) {
    }

    /** {@link #compute(IblTrials, long)} with {@link #DEFAULT_SEED}. */
    public static BehaviourMetrics compute(IblTrials t) {
        return compute(t, DEFAULT_SEED);
    }

    /**
     * Computes every metric.
     *
     * @param t    trials (not modified)
     * @param seed seed of the psychometric restarts; each block's fit uses {@code new SplittableRandom(seed)}
     */
    public static BehaviourMetrics compute(IblTrials t, long seed) {
        int analysed = 0;
        int correct = 0;
        // per unsigned contrast: [n, correct, nConc, correctConc, nDisc, correctDisc]
        TreeMap<Double, long[]> byContrast = new TreeMap<>();
        // zero contrast: [nLeft, rightLeft, nRight, rightRight]
        long[] zero = new long[4];
        for (int i = 0; i < t.size(); i++) {
            if (!t.isBiased(i) || !t.hasResponse(i)) {
                continue;
            }
            analysed++;
            int ok = t.trialCorrect(i);
            correct += ok;
            long[] acc = byContrast.computeIfAbsent(t.contrast(i), k -> new long[6]);
            acc[0]++;
            acc[1] += ok;
            if (t.isConcordant(i)) {
                acc[2]++;
                acc[3] += ok;
            } else if (t.isDiscordant(i)) {
                acc[4]++;
                acc[5] += ok;
            }
            if (t.contrast(i) == 0) {
                int right = t.responseChoice(i) == 1 ? 1 : 0;
                int slot = t.blockSide(i) < 0 ? 0 : 2;
                zero[slot]++;
                zero[slot + 1] += right;
            }
        }
        List<ContrastAccuracy> contrastRows = new ArrayList<>();
        byContrast.forEach((c, a) -> contrastRows.add(new ContrastAccuracy(c, ratio(a[1], a[0]), ratio(a[3], a[2]),
                ratio(a[5], a[4]), (int) a[0], (int) a[2], (int) a[4])));

        List<ChoiceBySignedContrast> choiceRows = new ArrayList<>();
        Map<String, PsychometricSummary> fits = new LinkedHashMap<>();
        for (double block : BLOCKS) {
            String label = Double.toString(block);
            TreeMap<Double, long[]> levels = new TreeMap<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.stimProbabilityLeft(i) == block && t.hasResponse(i)) {
                    long[] a = levels.computeIfAbsent(t.signedContrastPercent(i), k -> new long[2]);
                    a[0]++;
                    a[1] += t.responseChoice(i) == 1 ? 1 : 0;
                }
            }
            if (levels.isEmpty()) {
                continue;
            }
            double[] x = new double[levels.size()];
            double[] n = new double[x.length];
            double[] p = new double[x.length];
            int k = 0;
            int total = 0;
            for (Map.Entry<Double, long[]> e : levels.entrySet()) {
                long[] a = e.getValue();
                x[k] = e.getKey();
                n[k] = a[0];
                p[k] = ratio(a[1], a[0]);
                total += (int) a[0];
                choiceRows.add(new ChoiceBySignedContrast(label, x[k], (int) a[0], (int) a[1], p[k],
                        binomialSem(p[k], a[0])));
                k++;
            }
            PsychometricFit fit = Psychofit.iblFit(x, n, p, new SplittableRandom(seed));
            double[] q = fit.params();
            fits.put(label, new PsychometricSummary(q[0], q[1], q[2], q[3], fit.logLikelihood(), total,
                    fit.optimizer().converged()));
        }

        return new BehaviourMetrics(t.size(), analysed, ratio(correct, analysed), List.copyOf(contrastRows),
                new ZeroContrastChoice(ratio(zero[1], zero[0]), ratio(zero[3], zero[2]), (int) zero[0],
                        (int) zero[2]),
                Collections.unmodifiableMap(fits), List.copyOf(choiceRows), accuracyAfterSwitch(t),
                reactionTimes(t));
    }

    /** Accuracy by position in blocks that follow the opposite biased block within the same source and session. */
    private static List<AccuracyByTrialInBlock> accuracyAfterSwitch(IblTrials t) {
        // per position (0-based): [n, correct, nConc, correctConc, nDisc, correctDisc, nZero, correctZero]
        List<long[]> acc = new ArrayList<>();
        int i = 0;
        double previousBlock = Double.NaN;
        while (i < t.size()) {
            int end = i + 1;
            while (end < t.size() && sameRun(t, i, end) && t.stimProbabilityLeft(end) == t.stimProbabilityLeft(i)) {
                end++;
            }
            boolean newSession = i == 0 || !sameRun(t, i - 1, i);
            if (newSession) {
                previousBlock = Double.NaN;
            }
            double block = t.stimProbabilityLeft(i);
            boolean afterSwitch = t.isBiased(i) && (previousBlock == 0.2 || previousBlock == 0.8)
                    && previousBlock != block;
            if (afterSwitch) {
                for (int r = i; r < end; r++) {
                    if (!t.hasResponse(r)) {
                        continue;
                    }
                    int pos = r - i;
                    while (acc.size() <= pos) {
                        acc.add(new long[8]);
                    }
                    long[] a = acc.get(pos);
                    int ok = t.trialCorrect(r);
                    a[0]++;
                    a[1] += ok;
                    if (t.isConcordant(r)) {
                        a[2]++;
                        a[3] += ok;
                    } else if (t.isDiscordant(r)) {
                        a[4]++;
                        a[5] += ok;
                    }
                    if (t.contrast(r) == 0) {
                        a[6]++;
                        a[7] += ok;
                    }
                }
            }
            previousBlock = block;
            i = end;
        }
        List<AccuracyByTrialInBlock> rows = new ArrayList<>();
        for (int pos = 0; pos < acc.size(); pos++) {
            long[] a = acc.get(pos);
            if (a[0] == 0) {
                continue;
            }
            double p = ratio(a[1], a[0]);
            rows.add(new AccuracyByTrialInBlock(pos + 1, (int) a[0], p, binomialSem(p, a[0]), (int) a[2],
                    ratio(a[3], a[2]), (int) a[4], ratio(a[5], a[4]), (int) a[6], ratio(a[7], a[6])));
        }
        return List.copyOf(rows);
    }

    private static boolean sameRun(IblTrials t, int a, int b) {
        return t.sourceIndex(a) == t.sourceIndex(b) && t.sessionNum(a) == t.sessionNum(b);
    }

    private static List<ReactionTimeGroup> reactionTimes(IblTrials t) {
        // key order: signed contrast, then correct (false first), then concordant (false first)
        TreeMap<Double, List<List<Double>>> groups = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.isBiased(i) || !t.hasResponse(i) || Double.isNaN(t.reactionTime(i))) {
                continue;
            }
            boolean conc = t.isConcordant(i);
            if (!conc && !t.isDiscordant(i)) {
                continue;
            }
            List<List<Double>> g = groups.computeIfAbsent(t.signedContrastPercent(i), k -> {
                List<List<Double>> l = new ArrayList<>(4);
                for (int j = 0; j < 4; j++) {
                    l.add(new ArrayList<>());
                }
                return l;
            });
            g.get(2 * t.trialCorrect(i) + (conc ? 1 : 0)).add(t.reactionTime(i));
        }
        List<ReactionTimeGroup> rows = new ArrayList<>();
        groups.forEach((sc, g) -> {
            for (int j = 0; j < 4; j++) {
                List<Double> v = g.get(j);
                if (v.isEmpty()) {
                    continue;
                }
                double[] x = v.stream().mapToDouble(Double::doubleValue).toArray();
                rows.add(new ReactionTimeGroup(sc, j >= 2, (j & 1) == 1, x.length, mean(x), median(x), sem(x)));
            }
        });
        return List.copyOf(rows);
    }

    private static double ratio(long num, long den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }

    private static double binomialSem(double p, long n) {
        return n < 2 ? Double.NaN : Math.sqrt(p * (1 - p) / (n - 1));
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static double sem(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mu = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - mu) * (v - mu);
        }
        return Math.sqrt(ss / (x.length - 1)) / Math.sqrt(x.length);
    }
}
