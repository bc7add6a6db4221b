package org.iblrnn.analysis.vectorfield;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.task.SessionTable;

/**
 * Observed transitions whose input matches a condition (figure VF2): arrows from the PCA state at t − 1
 * to the one at t. Row selection:
 * <ul>
 *   <li>(0, 0, 0): reward_t = 0, both observations 0, step index 1 (the second blank step);</li>
 *   <li>(0, 0, ±1): reward_{t−1} = ±1 (the first step after a rewarded / punished trial);</li>
 *   <li>stimulus conditions: reward_{t−1} = −0.05 (±1e-9) and |left_t − L| ≤ 0.15 and |right_t − R| ≤ 0.15.</li>
 * </ul>
 * More than {@link #SUBSAMPLE_ABOVE} matches are subsampled to {@link #SUBSAMPLE_TO} without replacement (sorted).
 *
 * @param condition     the input
 * @param matched       rows that matched before subsampling
 * @param rows          the rows t used
 * @param pre           PCA state at t − 1, row-major k × 2
 * @param displacements PCA(t) − PCA(t − 1), row-major k × 2
 * @param norms         2-D length of each displacement
 */
public record RealVectorField(InputCondition condition, int matched, int[] rows, double[] pre, double[] displacements,
                              double[] norms) {

    /** Subsample when more rows than this match (as the original). */
    public static final int SUBSAMPLE_ABOVE = 1500;
    /** Sample size when subsampling. */
    public static final int SUBSAMPLE_TO = 1000;
    /** Stimulus matching tolerance. */
    public static final double STIMULUS_TOLERANCE = 0.15;

    /** Number of arrows. */
    public int size() {
        return rows.length;
    }

    /**
     * Fields for every condition, each subsampled from its own stream {@code rngFor.apply(condition)}.
     *
     * @param session the RNN session
     * @param pca     its PCA
     * @param rngFor  random stream per condition
     */
    public static List<RealVectorField> of(SessionTable session, PrincipalComponents pca,
                                           java.util.function.Function<InputCondition, SplittableRandom> rngFor) {
        List<RealVectorField> out = new ArrayList<>();
        for (InputCondition c : InputCondition.values()) {
            out.add(of(session, pca, c, rngFor.apply(c)));
        }
        return List.copyOf(out);
    }

    /** The field of one condition. */
    public static RealVectorField of(SessionTable session, PrincipalComponents pca, InputCondition c,
                                     SplittableRandom rng) {
        int n = session.rows();
        if (pca.rows() != n) {
            throw new IllegalArgumentException("real vector field: session has " + n + " rows but the PCA " + pca.rows());
        }
        double[] reward = session.reward();
        double[] left = session.leftStimulus();
        double[] right = session.rightStimulus();
        int[] step = session.rnnStepIndex();
        int[] match = new int[n];
        int k = 0;
        for (int t = 1; t < n; t++) {
            boolean ok;
            if (!c.isStimulus() && c.feedback() == 0) {
                ok = reward[t] == 0 && left[t] == 0 && right[t] == 0 && step[t] == 1;
            } else if (!c.isStimulus()) {
                ok = reward[t - 1] == c.feedback();
            } else {
                ok = Math.abs(reward[t - 1] - c.feedback()) <= 1e-9
                        && Math.abs(left[t] - c.left()) <= STIMULUS_TOLERANCE
                        && Math.abs(right[t] - c.right()) <= STIMULUS_TOLERANCE;
            }
            if (ok) {
                match[k++] = t;
            }
        }
        int[] rows = java.util.Arrays.copyOf(match, k);
        if (k > SUBSAMPLE_ABOVE) {
            for (int i = 0; i < SUBSAMPLE_TO; i++) {
                int j = i + rng.nextInt(k - i);
                int tmp = rows[i];
                rows[i] = rows[j];
                rows[j] = tmp;
            }
            rows = java.util.Arrays.copyOf(rows, SUBSAMPLE_TO);
            java.util.Arrays.sort(rows);
        }
        double[] pre = new double[2 * rows.length];
        double[] d = new double[2 * rows.length];
        double[] norms = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int t = rows[i];
            pre[2 * i] = pca.x(t - 1);
            pre[2 * i + 1] = pca.y(t - 1);
            d[2 * i] = pca.x(t) - pca.x(t - 1);
            d[2 * i + 1] = pca.y(t) - pca.y(t - 1);
            norms[i] = Math.hypot(d[2 * i], d[2 * i + 1]);
        }
        return new RealVectorField(c, k, rows, pre, d, norms);
    }
}
