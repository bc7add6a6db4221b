package org.iblrnn.behaviour;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.iblrnn.analysis.psychometric.PsychometricFit;
import org.iblrnn.math.StandardError;

/**
 * Behavioural summary of an {@link IblTrials} table, computed the same way for mice and for agents so their
 * numbers and figures are comparable. Serialisable with Jackson (snake_case keys).
 *
 * <p>Definitions. <em>Analysed trials</em> are trials of biased blocks (stim_probability_left ≠ 0.5) with a
 * response (response_choice ≠ 0); every field below uses them unless it says otherwise. Stimulus values are on
 * the axis of {@link #stimulusUnit()}: for mice signed contrast = contrast × stimulus side × 100 (percent,
 * −left/+right; zero contrast pools both sides), for agents signed strength = strength × side; the fields keep
 * the name "contrast" for both. A trial is <em>concordant</em> when its stimulus is on the block's more likely
 * side (P(left) &gt; 0.5 → left), <em>discordant</em> when on the other side; trials with no recorded side
 * (position 0) are neither. P(right) = fraction of response_choice = +1. SEMs are pandas-style (ddof = 1; NaN
 * for fewer than 2 trials).
 *
 * @param stimulusUnit               what the contrast column measures (mouse contrast or agent strength)
 * @param trials                     all rows of the table
 * @param analysedTrials             biased-block trials with a response
 * @param correctByTotalTrials       mean trial_correct over analysed trials
 * @param byContrast                 accuracy per unsigned contrast as written in the file (a fraction for mice,
 *                                   a strength for agents; each level present is kept, e.g. 0.04)
 * @param pRightZeroContrast         P(right) on zero-contrast analysed trials by block
 * @param psychometric               IBL fits of P(right) vs signed contrast per block, keyed by P(left) as
 *                                   written ("0.8", "0.5", "0.2" for mice), in decreasing P(left) (responded
 *                                   trials of that block; a block without trials is absent)
 * @param pRightBySignedContrast     the fitted data: P(right) per block and signed contrast, responded trials
 * @param accuracyByBlockAndSide     accuracy of analysed trials with a side, by block, stimulus side and signed
 *                                   contrast (at zero contrast the two sides are separate rows)
 * @param accuracyByTrialInBlock     accuracy by 1-based position in a biased block that directly follows a
 *                                   biased block of the other side in the same session (a block switch)
 * @param reactionTimeBySignedContrast reaction times of analysed trials with a concordant/discordant side and
 *                                   a finite reaction time, by (signed contrast, correct, concordant)
 */
public record BehaviourMetrics(
        @JsonProperty("stimulus_unit") StimulusUnit stimulusUnit,
        @JsonProperty("trials") int trials,
        @JsonProperty("analysed_trials") int analysedTrials,
        @JsonProperty("correct_by_total_trials") double correctByTotalTrials,
        @JsonProperty("by_contrast") List<ContrastAccuracy> byContrast,
        @JsonProperty("p_right_zero_contrast") ZeroContrastChoice pRightZeroContrast,
        @JsonProperty("psychometric") Map<String, PsychometricSummary> psychometric,
        @JsonProperty("p_right_by_signed_contrast") List<ChoiceBySignedContrast> pRightBySignedContrast,
        @JsonProperty("accuracy_by_block_and_side") List<AccuracyByBlockAndSide> accuracyByBlockAndSide,
        @JsonProperty("accuracy_by_trial_in_block") List<AccuracyByTrialInBlock> accuracyByTrialInBlock,
        @JsonProperty("reaction_time_by_signed_contrast") List<ReactionTimeGroup> reactionTimeBySignedContrast) {

    /** Seed of the psychometric fits' random restarts (a fresh generator per block). */
    public static final long DEFAULT_SEED = 20200501L;


    /** Accuracy at one unsigned contrast; concordant/discordant are NaN when they have no trials. */
    public record ContrastAccuracy(@JsonProperty("contrast") double contrast,
                                   @JsonProperty("all") double all,
                                   @JsonProperty("concordant") double concordant,
                                   @JsonProperty("discordant") double discordant,
                                   @JsonProperty("n") int n,
                                   @JsonProperty("n_concordant") int nConcordant,
                                   @JsonProperty("n_discordant") int nDiscordant) {
    }

    /** P(right) at zero contrast in left (P(left) &gt; 0.5) and right (P(left) &lt; 0.5) blocks. */
    public record ZeroContrastChoice(@JsonProperty("left_block") double leftBlock,
                                     @JsonProperty("right_block") double rightBlock,
                                     @JsonProperty("n_left_block") int nLeftBlock,
                                     @JsonProperty("n_right_block") int nRightBlock) {
    }

    /** IBL psychometric parameters (bias and threshold on the stimulus axis: percent contrast, or strength). */
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

    /** Accuracy for one block, stimulus side (−1/+1) and signed contrast. */
    public record AccuracyByBlockAndSide(@JsonProperty("block") String block,
                                         @JsonProperty("stimulus_side") int stimulusSide,
                                         @JsonProperty("signed_contrast") double signedContrast,
                                         @JsonProperty("n") int n,
                                         @JsonProperty("accuracy") double accuracy,
                                         @JsonProperty("sem") double sem) {

        /** True when the stimulus is on the block's more likely side. */
        public boolean concordant() {
            return stimulusSide == IblTrials.blockSideOf(Double.parseDouble(block));
        }
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

    /** {@link #compute(IblTrials, StimulusUnit, long)} with the detected unit and {@link #DEFAULT_SEED}. */
    public static BehaviourMetrics compute(IblTrials t) {
        return compute(t, StimulusUnit.detect(t), DEFAULT_SEED);
    }

    /** {@link #compute(IblTrials, StimulusUnit, long)} with {@link #DEFAULT_SEED}. */
    public static BehaviourMetrics compute(IblTrials t, StimulusUnit unit) {
        return compute(t, unit, DEFAULT_SEED);
    }

    /**
     * Computes every metric.
     *
     * @param t    trials (not modified)
     * @param unit what the contrast column measures
     * @param seed seed of the psychometric restarts; each block's fit uses {@code new SplittableRandom(seed)}
     */
    public static BehaviourMetrics compute(IblTrials t, StimulusUnit unit, long seed) {
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
        TreeMap<Double, String> blocks = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < t.size(); i++) {
            blocks.computeIfAbsent(t.stimProbabilityLeft(i), k -> Double.toString(k));
        }
        for (Map.Entry<Double, String> entry : blocks.entrySet()) {
            double block = entry.getKey();
            String label = entry.getValue();
            TreeMap<Double, long[]> levels = new TreeMap<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.stimProbabilityLeft(i) == block && t.hasResponse(i)) {
                    long[] a = levels.computeIfAbsent(unit.signed(t, i), k -> new long[2]);
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
            PsychometricFit fit = unit.fit(x, n, p, new SplittableRandom(seed));
            double[] q = fit.params();
            fits.put(label, new PsychometricSummary(q[0], q[1], q[2], q[3], fit.logLikelihood(), total,
                    fit.optimizer().converged()));
        }

        return new BehaviourMetrics(unit, t.size(), analysed, ratio(correct, analysed), List.copyOf(contrastRows),
                new ZeroContrastChoice(ratio(zero[1], zero[0]), ratio(zero[3], zero[2]), (int) zero[0],
                        (int) zero[2]),
                Collections.unmodifiableMap(fits), List.copyOf(choiceRows), accuracyByBlockAndSide(t, unit),
                accuracyAfterSwitch(t), reactionTimes(t, unit));
    }

    private static List<AccuracyByBlockAndSide> accuracyByBlockAndSide(IblTrials t, StimulusUnit unit) {
        // key: block (decreasing P(left)), then side, then signed contrast; value [n, correct]
        TreeMap<Double, TreeMap<Integer, TreeMap<Double, long[]>>> groups = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < t.size(); i++) {
            if (!t.isBiased(i) || !t.hasResponse(i) || t.stimulusSide(i) == 0) {
                continue;
            }
            long[] a = groups.computeIfAbsent(t.stimProbabilityLeft(i), k -> new TreeMap<>())
                    .computeIfAbsent(t.stimulusSide(i), k -> new TreeMap<>())
                    .computeIfAbsent(unit.signed(t, i), k -> new long[2]);
            a[0]++;
            a[1] += t.trialCorrect(i);
        }
        List<AccuracyByBlockAndSide> rows = new ArrayList<>();
        groups.forEach((block, bySide) -> bySide.forEach((side, byX) -> byX.forEach((x, a) -> {
            double p = ratio(a[1], a[0]);
            rows.add(new AccuracyByBlockAndSide(Double.toString(block), side, x, (int) a[0], p, binomialSem(p, a[0])));
        })));
        return List.copyOf(rows);
    }

    /** Accuracy by position in blocks that follow a biased block of the other side within the same source and session. */
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
            int previousSide = Double.isNaN(previousBlock) ? 0 : IblTrials.blockSideOf(previousBlock);
            boolean afterSwitch = t.isBiased(i) && previousSide != 0 && previousSide != t.blockSide(i);
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

    private static List<ReactionTimeGroup> reactionTimes(IblTrials t, StimulusUnit unit) {
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
            List<List<Double>> g = groups.computeIfAbsent(unit.signed(t, i), k -> {
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
                DescriptiveStatistics d = new DescriptiveStatistics(x);
                rows.add(new ReactionTimeGroup(sc, j >= 2, (j & 1) == 1, x.length, d.getMean(), d.getPercentile(50),
                        StandardError.of(d)));
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
}
