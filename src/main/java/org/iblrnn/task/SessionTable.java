package org.iblrnn.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-RNN-step record of one or more played sessions (the original's per-step pandas table), columnar, at full
 * precision; {@code analyze} writes it as {@code session.npz} (columns in README.md). Every
 * analysis and figure reads this table, whichever agent produced it.
 *
 * <p>Row t holds the step's input observations, the state h_t the agent reached after consuming them, its
 * probabilities, and the reward the environment returned for it. Conventions:
 * <ul>
 *   <li>Indices are 0-based ints; sides are −1 (left) / +1 (right).</li>
 *   <li>{@code trial_end}, {@code is_blank}, {@code concordant_trial} are booleans.</li>
 *   <li>{@code action_taken} and {@code correct_action_taken} are 1/0 on trial-end rows and
 *       {@link #NOT_TRIAL_END} (−1) elsewhere; {@code action_side} is −1/+1 on rows where an action was taken and
 *       {@link #NO_ACTION} (0) elsewhere (timeouts included).</li>
 *   <li>{@code loss} is 0 on blank steps, and NaN on every row if no loss function was given.</li>
 *   <li>{@code feedback} is the agent's third input at the step: the previous row's reward, 0 at a session's first
 *       step.</li>
 * </ul>
 * Column getters return the backing arrays without copying (these tables reach 10^5–10^6 rows × H states):
 * treat them as read-only. The table is otherwise immutable and safe to share between threads.
 */
public final class SessionTable {

    /** Value of {@code action_taken} and {@code correct_action_taken} on rows that do not end a trial. */
    public static final int NOT_TRIAL_END = -1;
    /** Value of {@code action_side} on rows without an action (including timeouts). */
    public static final int NO_ACTION = 0;

    /** Column names as in the original's pandas table (plus is_blank and feedback), in {@link #columns()} order. */
    public static final List<String> COLUMN_NAMES = List.of(
            "session_index", "block_index", "trial_index", "trial_within_session", "rnn_step_index",
            "rnn_step_within_session", "left_stimulus", "right_stimulus", "trial_strength", "trial_side",
            "block_side", "loss", "reward", "left_action_prob", "right_action_prob", "correct_action_prob",
            "hidden_state", "trial_end", "action_taken", "action_side", "correct_action_taken", "is_blank",
            "signed_trial_strength", "concordant_trial", "feedback");

    private final int rows;
    private final int stateSize;
    private final int[] sessionIndex;
    private final int[] blockIndex;
    private final int[] trialIndex;
    private final int[] trialWithinSession;
    private final int[] rnnStepIndex;
    private final int[] rnnStepWithinSession;
    private final double[] leftStimulus;
    private final double[] rightStimulus;
    private final double[] trialStrength;
    private final int[] trialSide;
    private final int[] blockSide;
    private final double[] loss;
    private final double[] reward;
    private final double[] leftActionProb;
    private final double[] rightActionProb;
    private final double[] correctActionProb;
    private final double[] hiddenStates;
    private final boolean[] trialEnd;
    private final int[] actionTaken;
    private final int[] actionSide;
    private final int[] correctActionTaken;
    private final boolean[] isBlank;
    private final double[] signedTrialStrength;
    private final boolean[] concordantTrial;
    private final double[] feedback;
    private final TrialView trials;

    /** Takes ownership of the builder's (trimmed) arrays and derives the remaining columns. */
    SessionTable(SessionTableBuilder b) {
        rows = b.size;
        stateSize = b.stateSize;
        sessionIndex = b.sessionIndex;
        blockIndex = b.blockIndex;
        trialIndex = b.trialIndex;
        trialWithinSession = b.trialWithinSession;
        rnnStepIndex = b.rnnStepIndex;
        rnnStepWithinSession = b.rnnStepWithinSession;
        leftStimulus = b.leftStimulus;
        rightStimulus = b.rightStimulus;
        trialStrength = b.trialStrength;
        trialSide = b.trialSide;
        blockSide = b.blockSide;
        loss = b.loss;
        reward = b.reward;
        leftActionProb = b.leftActionProb;
        rightActionProb = b.rightActionProb;
        hiddenStates = b.hidden;
        trialEnd = b.trialEnd;
        actionTaken = b.actionTaken;
        actionSide = b.actionSide;
        correctActionTaken = b.correctActionTaken;
        isBlank = b.isBlank;

        correctActionProb = new double[rows];
        signedTrialStrength = new double[rows];
        concordantTrial = new boolean[rows];
        feedback = new double[rows];
        for (int r = 0; r < rows; r++) {
            correctActionProb[r] = trialSide[r] < 0 ? leftActionProb[r] : rightActionProb[r];
            signedTrialStrength[r] = trialStrength[r] * trialSide[r];
            concordantTrial[r] = trialSide[r] == blockSide[r];
            feedback[r] = rnnStepWithinSession[r] == 0 ? 0.0 : reward[r - 1];
        }
        trials = buildTrialView();
    }

    private TrialView buildTrialView() {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (trialEnd[r]) {
                n++;
            }
        }
        TrialView v = new TrialView(new int[n], new int[n], new int[n], new int[n], new int[n], new int[n],
                new int[n], new double[n], new double[n], new boolean[n], new int[n], new boolean[n], new int[n],
                new boolean[n]);
        int i = 0;
        for (int r = 0; r < rows; r++) {
            if (!trialEnd[r]) {
                continue;
            }
            v.endRow()[i] = r;
            v.sessionIndex()[i] = sessionIndex[r];
            v.blockIndex()[i] = blockIndex[r];
            v.trialWithinBlock()[i] = trialIndex[r];
            v.trialWithinSession()[i] = trialWithinSession[r];
            v.side()[i] = trialSide[r];
            v.blockSide()[i] = blockSide[r];
            v.strength()[i] = trialStrength[r];
            v.signedStrength()[i] = signedTrialStrength[r];
            v.actionTaken()[i] = actionTaken[r] == 1;
            v.actionSide()[i] = actionSide[r];
            v.correct()[i] = correctActionTaken[r] == 1;
            v.stepsInTrial()[i] = rnnStepIndex[r] + 1;
            v.concordant()[i] = concordantTrial[r];
            i++;
        }
        return v;
    }

    /**
     * Stacks tables row-wise (e.g. the sessions of one batch). Every column, including the indices and
     * {@code feedback}, is copied as is, so each part keeps its own session_index and restarts its step counter.
     *
     * @param tables at least one table, all with the same state size
     * @return a new table
     */
    public static SessionTable concat(List<SessionTable> tables) {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("SessionTable.concat: no tables given; pass at least one");
        }
        int stateSize = tables.get(0).stateSize;
        long total = 0;
        for (int i = 0; i < tables.size(); i++) {
            SessionTable t = tables.get(i);
            if (t.stateSize != stateSize) {
                throw new IllegalArgumentException("SessionTable.concat: table " + i + " has state size " + t.stateSize
                        + ", table 0 has " + stateSize + "; only tables from same-sized agents can be stacked");
            }
            total += t.rows;
        }
        if (total * Math.max(1, stateSize) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("SessionTable.concat: " + total + " rows × " + stateSize
                    + " state values exceed one Java array; stack fewer tables");
        }
        SessionTableBuilder b = new SessionTableBuilder((int) total, stateSize);
        for (SessionTable t : tables) {
            int at = b.size;
            int n = t.rows;
            System.arraycopy(t.sessionIndex, 0, b.sessionIndex, at, n);
            System.arraycopy(t.blockIndex, 0, b.blockIndex, at, n);
            System.arraycopy(t.trialIndex, 0, b.trialIndex, at, n);
            System.arraycopy(t.trialWithinSession, 0, b.trialWithinSession, at, n);
            System.arraycopy(t.rnnStepIndex, 0, b.rnnStepIndex, at, n);
            System.arraycopy(t.rnnStepWithinSession, 0, b.rnnStepWithinSession, at, n);
            System.arraycopy(t.leftStimulus, 0, b.leftStimulus, at, n);
            System.arraycopy(t.rightStimulus, 0, b.rightStimulus, at, n);
            System.arraycopy(t.trialStrength, 0, b.trialStrength, at, n);
            System.arraycopy(t.trialSide, 0, b.trialSide, at, n);
            System.arraycopy(t.blockSide, 0, b.blockSide, at, n);
            System.arraycopy(t.loss, 0, b.loss, at, n);
            System.arraycopy(t.reward, 0, b.reward, at, n);
            System.arraycopy(t.leftActionProb, 0, b.leftActionProb, at, n);
            System.arraycopy(t.rightActionProb, 0, b.rightActionProb, at, n);
            System.arraycopy(t.hiddenStates, 0, b.hidden, at * stateSize, n * stateSize);
            System.arraycopy(t.trialEnd, 0, b.trialEnd, at, n);
            System.arraycopy(t.actionTaken, 0, b.actionTaken, at, n);
            System.arraycopy(t.actionSide, 0, b.actionSide, at, n);
            System.arraycopy(t.correctActionTaken, 0, b.correctActionTaken, at, n);
            System.arraycopy(t.isBlank, 0, b.isBlank, at, n);
            b.size += n;
        }
        return b.build();
    }

    /**
     * Every column by its numpy name, in {@link #COLUMN_NAMES} order. Values are {@code int[]}, {@code double[]} or
     * {@code boolean[]} of length {@link #rows()}, except {@code hidden_state}: a {@code double[]} of
     * rows × {@link #stateSize()} in row-major order (see {@link #shapeOf(String)}). Arrays are not copied.
     */
    public Map<String, Object> columns() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session_index", sessionIndex);
        m.put("block_index", blockIndex);
        m.put("trial_index", trialIndex);
        m.put("trial_within_session", trialWithinSession);
        m.put("rnn_step_index", rnnStepIndex);
        m.put("rnn_step_within_session", rnnStepWithinSession);
        m.put("left_stimulus", leftStimulus);
        m.put("right_stimulus", rightStimulus);
        m.put("trial_strength", trialStrength);
        m.put("trial_side", trialSide);
        m.put("block_side", blockSide);
        m.put("loss", loss);
        m.put("reward", reward);
        m.put("left_action_prob", leftActionProb);
        m.put("right_action_prob", rightActionProb);
        m.put("correct_action_prob", correctActionProb);
        m.put("hidden_state", hiddenStates);
        m.put("trial_end", trialEnd);
        m.put("action_taken", actionTaken);
        m.put("action_side", actionSide);
        m.put("correct_action_taken", correctActionTaken);
        m.put("is_blank", isBlank);
        m.put("signed_trial_strength", signedTrialStrength);
        m.put("concordant_trial", concordantTrial);
        m.put("feedback", feedback);
        return Collections.unmodifiableMap(m);
    }

    /** numpy shape of a column: {rows} or, for {@code hidden_state}, {rows, stateSize}. */
    public int[] shapeOf(String column) {
        if (!COLUMN_NAMES.contains(column)) {
            throw new IllegalArgumentException("SessionTable has no column '" + column + "'; columns are " + COLUMN_NAMES);
        }
        return column.equals("hidden_state") ? new int[]{rows, stateSize} : new int[]{rows};
    }

    /** Number of rows (RNN steps). */
    public int rows() {
        return rows;
    }

    /** Length of each row's state vector (H for an RNN). */
    public int stateSize() {
        return stateSize;
    }

    /** One trial per trial-end row, in row order. */
    public TrialView trials() {
        return trials;
    }

    /** State value {@code unit} at {@code row}. */
    public double hiddenState(int row, int unit) {
        return hiddenStates[row * stateSize + unit];
    }

    /** States as a row-major [rows × stateSize] array (backing array). */
    public double[] hiddenStates() {
        return hiddenStates;
    }

    public int[] sessionIndex() {
        return sessionIndex;
    }

    public int[] blockIndex() {
        return blockIndex;
    }

    /** Trial index within its block (numpy name {@code trial_index}). */
    public int[] trialIndex() {
        return trialIndex;
    }

    public int[] trialWithinSession() {
        return trialWithinSession;
    }

    /** Step index within its trial (numpy name {@code rnn_step_index}). */
    public int[] rnnStepIndex() {
        return rnnStepIndex;
    }

    public int[] rnnStepWithinSession() {
        return rnnStepWithinSession;
    }

    public double[] leftStimulus() {
        return leftStimulus;
    }

    public double[] rightStimulus() {
        return rightStimulus;
    }

    public double[] trialStrength() {
        return trialStrength;
    }

    public int[] trialSide() {
        return trialSide;
    }

    public int[] blockSide() {
        return blockSide;
    }

    public double[] loss() {
        return loss;
    }

    public double[] reward() {
        return reward;
    }

    public double[] leftActionProb() {
        return leftActionProb;
    }

    public double[] rightActionProb() {
        return rightActionProb;
    }

    /** P(trial side) at each step. */
    public double[] correctActionProb() {
        return correctActionProb;
    }

    public boolean[] trialEnd() {
        return trialEnd;
    }

    /** 1 action / 0 timeout on trial-end rows, {@link #NOT_TRIAL_END} elsewhere. */
    public int[] actionTaken() {
        return actionTaken;
    }

    /** −1/+1 on action rows, {@link #NO_ACTION} elsewhere. */
    public int[] actionSide() {
        return actionSide;
    }

    /** 1 correct / 0 wrong or timeout on trial-end rows, {@link #NOT_TRIAL_END} elsewhere. */
    public int[] correctActionTaken() {
        return correctActionTaken;
    }

    public boolean[] isBlank() {
        return isBlank;
    }

    /** trial_strength × trial_side. */
    public double[] signedTrialStrength() {
        return signedTrialStrength;
    }

    /** trial_side == block_side. */
    public boolean[] concordantTrial() {
        return concordantTrial;
    }

    /** The feedback input of each step: the previous row's reward, 0 at a session's first step. */
    public double[] feedback() {
        return feedback;
    }

    @Override
    public String toString() {
        return "SessionTable[rows=" + rows + ", trials=" + trials.size() + ", stateSize=" + stateSize + "]";
    }
}
