package org.iblrnn.behaviour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An immutable columnar table of trials in the IBL "changepoint" format (one primitive array per column, so
 * the 1.3 M mouse trials fit in ~60 MB and scan quickly), plus the source (mouse or agent id) of each trial.
 *
 * <p>Columns, per row i: {@code trial_num}, {@code session_num}, {@code stim_probability_left} (the block's
 * P(left stimulus), in [0, 1]: 0.8 = the mice's left block, 0.2 their right block, 0.5 unbiased; an exported
 * agent writes its own block probabilities), {@code contrast} (finite, ≥ 0: a mouse's contrast in [0, 1] or an
 * agent's raw stimulus strength), {@code position} (−35 left, +35 right, 0 = no side recorded),
 * {@code response_choice} (−1 left, +1 right, 0 none), {@code trial_correct} (0/1) and {@code reaction_time}
 * (seconds for mice, RNN steps for agents; NaN when missing; may be negative in the mouse data). Rows keep
 * file order; blocks and sessions are runs of consecutive rows.
 *
 * <p>A block is <em>biased</em> when its P(left) ≠ 0.5; its side is the more likely stimulus side. This is the
 * mice's 0.2/0.8 rule generalised so that an agent trained with other block probabilities is analysed the same
 * way. Values obey the same rules whether read from CSV or built with {@link Builder}; the position is stored
 * exactly as −35/0/35.
 */
public final class IblTrials {

    private final List<String> sources;
    private final int[] sourceIndex;
    private final int[] trialNum;
    private final int[] sessionNum;
    private final double[] stimProbabilityLeft;
    private final double[] contrast;
    private final double[] position;
    private final byte[] responseChoice;
    private final byte[] trialCorrect;
    private final double[] reactionTime;

    IblTrials(List<String> sources, int[] sourceIndex, int[] trialNum, int[] sessionNum,
              double[] stimProbabilityLeft, double[] contrast, double[] position, byte[] responseChoice,
              byte[] trialCorrect, double[] reactionTime) {
        this.sources = List.copyOf(sources);
        this.sourceIndex = sourceIndex;
        this.trialNum = trialNum;
        this.sessionNum = sessionNum;
        this.stimProbabilityLeft = stimProbabilityLeft;
        this.contrast = contrast;
        this.position = position;
        this.responseChoice = responseChoice;
        this.trialCorrect = trialCorrect;
        this.reactionTime = reactionTime;
    }

    /** Number of trials. */
    public int size() {
        return trialNum.length;
    }

    /** Source ids (file stems such as "CSHL_002", or agent ids), indexed by {@link #sourceIndex(int)}. */
    public List<String> sources() {
        return sources;
    }

    public int sourceIndex(int i) {
        return sourceIndex[i];
    }

    public String source(int i) {
        return sources.get(sourceIndex[i]);
    }

    public int trialNum(int i) {
        return trialNum[i];
    }

    public int sessionNum(int i) {
        return sessionNum[i];
    }

    public double stimProbabilityLeft(int i) {
        return stimProbabilityLeft[i];
    }

    public double contrast(int i) {
        return contrast[i];
    }

    public double position(int i) {
        return position[i];
    }

    public int responseChoice(int i) {
        return responseChoice[i];
    }

    public int trialCorrect(int i) {
        return trialCorrect[i];
    }

    /** Reaction time in seconds, NaN when missing. */
    public double reactionTime(int i) {
        return reactionTime[i];
    }

    /** Stimulus side: −1 left, +1 right, 0 when no side was recorded (position 0). */
    public int stimulusSide(int i) {
        return position[i] > 0 ? 1 : position[i] < 0 ? -1 : 0;
    }

    /** Block side, the block's more likely stimulus side: −1 when P(left) &gt; 0.5 (0.8: left block), +1 when
     * P(left) &lt; 0.5 (0.2: right block), 0 for unbiased blocks. */
    public int blockSide(int i) {
        return blockSideOf(stimProbabilityLeft[i]);
    }

    /** {@link #blockSide(int)} of a block probability. */
    public static int blockSideOf(double stimProbabilityLeft) {
        return stimProbabilityLeft > 0.5 ? -1 : stimProbabilityLeft < 0.5 ? 1 : 0;
    }

    /** True for biased blocks (stim_probability_left ≠ 0.5). */
    public boolean isBiased(int i) {
        return stimProbabilityLeft[i] != 0.5;
    }

    /** True when the subject responded (response_choice ≠ 0). */
    public boolean hasResponse(int i) {
        return responseChoice[i] != 0;
    }

    /** True when the stimulus is on the biased block's more likely side; false for unbiased blocks or no side. */
    public boolean isConcordant(int i) {
        int side = stimulusSide(i);
        return side != 0 && side == blockSide(i);
    }

    /** True when the stimulus is on the biased block's less likely side. */
    public boolean isDiscordant(int i) {
        int side = stimulusSide(i);
        int block = blockSide(i);
        return side != 0 && block != 0 && side != block;
    }

    /** contrast × stimulus side × 100 (percent; −left, +right), with 0 always +0. */
    public double signedContrastPercent(int i) {
        return contrast[i] * stimulusSide(i) * 100 + 0.0;
    }

    /** The rows for which {@code keep} is true, in order; sources are kept as they are. */
    public IblTrials select(IntPredicate keep) {
        int[] rows = new int[size()];
        int m = 0;
        for (int i = 0; i < size(); i++) {
            if (keep.test(i)) {
                rows[m++] = i;
            }
        }
        rows = Arrays.copyOf(rows, m);
        int[] src = new int[m];
        int[] tn = new int[m];
        int[] sn = new int[m];
        double[] pl = new double[m];
        double[] c = new double[m];
        double[] pos = new double[m];
        byte[] rc = new byte[m];
        byte[] tc = new byte[m];
        double[] rt = new double[m];
        for (int k = 0; k < m; k++) {
            int i = rows[k];
            src[k] = sourceIndex[i];
            tn[k] = trialNum[i];
            sn[k] = sessionNum[i];
            pl[k] = stimProbabilityLeft[i];
            c[k] = contrast[i];
            pos[k] = position[i];
            rc[k] = responseChoice[i];
            tc[k] = trialCorrect[i];
            rt[k] = reactionTime[i];
        }
        return new IblTrials(sources, src, tn, sn, pl, c, pos, rc, tc, rt);
    }

    /** Concatenation in the given order; the source lists are concatenated too. */
    public static IblTrials concat(List<IblTrials> parts) {
        List<String> srcs = new ArrayList<>();
        int n = 0;
        for (IblTrials t : parts) {
            n += t.size();
        }
        int[] src = new int[n];
        int[] tn = new int[n];
        int[] sn = new int[n];
        double[] pl = new double[n];
        double[] c = new double[n];
        double[] pos = new double[n];
        byte[] rc = new byte[n];
        byte[] tc = new byte[n];
        double[] rt = new double[n];
        int at = 0;
        for (IblTrials t : parts) {
            int offset = srcs.size();
            srcs.addAll(t.sources);
            int m = t.size();
            for (int k = 0; k < m; k++) {
                src[at + k] = t.sourceIndex[k] + offset;
            }
            System.arraycopy(t.trialNum, 0, tn, at, m);
            System.arraycopy(t.sessionNum, 0, sn, at, m);
            System.arraycopy(t.stimProbabilityLeft, 0, pl, at, m);
            System.arraycopy(t.contrast, 0, c, at, m);
            System.arraycopy(t.position, 0, pos, at, m);
            System.arraycopy(t.responseChoice, 0, rc, at, m);
            System.arraycopy(t.trialCorrect, 0, tc, at, m);
            System.arraycopy(t.reactionTime, 0, rt, at, m);
            at += m;
        }
        return new IblTrials(srcs, src, tn, sn, pl, c, pos, rc, tc, rt);
    }

    /** Builder for tables made in memory (e.g. an agent's session), one source per builder. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /**
     * Accumulates trials of one source, checking each value with the same rules as the CSV reader.
     * Not thread-safe.
     */
    public static final class Builder {
        private final String source;
        private int n;
        private int[] tn = new int[16];
        private int[] sn = new int[16];
        private double[] pl = new double[16];
        private double[] c = new double[16];
        private double[] pos = new double[16];
        private byte[] rc = new byte[16];
        private byte[] tc = new byte[16];
        private double[] rt = new double[16];

        private Builder(String source) {
            if (source == null || source.isEmpty()) {
                throw new IllegalArgumentException("IblTrials.builder: source id must be a non-empty name");
            }
            this.source = source;
        }

        /**
         * Appends one trial.
         *
         * @throws IllegalArgumentException naming the trial (0-based row) and column when a value is not allowed
         */
        public Builder add(int trialNum, int sessionNum, double stimProbabilityLeft, double contrast,
                           double position, int responseChoice, int trialCorrect, double reactionTime) {
            if (n == tn.length) {
                grow();
            }
            String column = TrialRules.TRIAL_NUM;
            double value = trialNum;
            try {
                tn[n] = TrialRules.trialNum(trialNum);
                column = TrialRules.SESSION_NUM;
                value = sessionNum;
                sn[n] = TrialRules.sessionNum(sessionNum);
                column = TrialRules.STIM_PROBABILITY_LEFT;
                value = stimProbabilityLeft;
                pl[n] = TrialRules.stimProbabilityLeft(stimProbabilityLeft);
                column = TrialRules.CONTRAST;
                value = contrast;
                c[n] = TrialRules.contrast(contrast);
                column = TrialRules.POSITION;
                value = position;
                pos[n] = TrialRules.position(position);
                column = TrialRules.RESPONSE_CHOICE;
                value = responseChoice;
                rc[n] = (byte) TrialRules.responseChoice(responseChoice);
                column = TrialRules.TRIAL_CORRECT;
                value = trialCorrect;
                tc[n] = (byte) TrialRules.trialCorrect(trialCorrect);
                column = TrialRules.REACTION_TIME;
                value = reactionTime;
                rt[n] = TrialRules.reactionTime(reactionTime);
            } catch (TrialRules.Invalid e) {
                throw new IllegalArgumentException(source + ": row " + n + ": column '" + column + "' = " + value
                        + " is not allowed (" + e.expectation + ")");
            }
            n++;
            return this;
        }

        public IblTrials build() {
            int[] src = new int[n];
            return new IblTrials(Collections.singletonList(source), src, Arrays.copyOf(tn, n),
                    Arrays.copyOf(sn, n), Arrays.copyOf(pl, n), Arrays.copyOf(c, n), Arrays.copyOf(pos, n),
                    Arrays.copyOf(rc, n), Arrays.copyOf(tc, n), Arrays.copyOf(rt, n));
        }

        private void grow() {
            int m = tn.length * 2;
            tn = Arrays.copyOf(tn, m);
            sn = Arrays.copyOf(sn, m);
            pl = Arrays.copyOf(pl, m);
            c = Arrays.copyOf(c, m);
            pos = Arrays.copyOf(pos, m);
            rc = Arrays.copyOf(rc, m);
            tc = Arrays.copyOf(tc, m);
            rt = Arrays.copyOf(rt, m);
        }
    }
}
