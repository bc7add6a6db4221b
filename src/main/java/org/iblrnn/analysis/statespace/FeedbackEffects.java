package org.iblrnn.analysis.statespace;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.task.SessionTable;

/**
 * How feedback moves the state along the task-aligned directions (figures S6, S7). For every row t with reward ±1
 * except the session's last row, the feedback enters the network at t + 1, so the movement is
 * Δz = z_{t+1} − z_t. (The original's S6 used z_t − z_{t−1}, the decision step: BUG fixed here.)
 *
 * @param feedback     reward_t (±1) per selected row
 * @param actionSide   the action side at t (−1/+1, 0 on a timeout)
 * @param stimulusMove Δz₀ per selected row
 * @param blockMove    Δz₁ per selected row
 * @param stimulusFit  OLS of {@code stimulusMove} on {@code feedback}
 * @param blockFit     OLS of {@code blockMove} on {@code feedback}
 * @param groups       the S7 groups (action side × feedback; timeouts dropped), in the order
 *                     (left, −1), (left, +1), (right, −1), (right, +1)
 */
public record FeedbackEffects(double[] feedback, int[] actionSide, double[] stimulusMove, double[] blockMove,
                              LinearFit stimulusFit, LinearFit blockFit, List<Group> groups) {

    /**
     * The movements after one (action side, feedback) combination.
     *
     * @param actionSide   −1 left / +1 right
     * @param feedback     −1 or +1
     * @param stimulusMove Δz₀ of each member
     * @param blockMove    Δz₁ of each member
     */
    public record Group(int actionSide, double feedback, double[] stimulusMove, double[] blockMove) {

    }

    /** Selects the feedback rows, fits both regressions and builds the groups. */
    public static FeedbackEffects of(SessionTable session, TaskAlignedCoordinates z) {
        int n = session.rows();
        double[] reward = session.reward();
        int count = 0;
        for (int t = 0; t + 1 < n; t++) {
            if (Math.abs(reward[t]) == 1.0) {
                count++;
            }
        }
        double[] fb = new double[count];
        int[] side = new int[count];
        double[] ds = new double[count];
        double[] db = new double[count];
        int k = 0;
        for (int t = 0; t + 1 < n; t++) {
            if (Math.abs(reward[t]) == 1.0) {
                fb[k] = reward[t];
                side[k] = session.actionSide()[t];
                ds[k] = z.stimulus(t + 1) - z.stimulus(t);
                db[k] = z.block(t + 1) - z.block(t);
                k++;
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int s : new int[]{-1, 1}) {
            for (double f : new double[]{-1.0, 1.0}) {
                int m = 0;
                for (int i = 0; i < count; i++) {
                    if (side[i] == s && fb[i] == f) {
                        m++;
                    }
                }
                double[] gs = new double[m];
                double[] gb = new double[m];
                int j = 0;
                for (int i = 0; i < count; i++) {
                    if (side[i] == s && fb[i] == f) {
                        gs[j] = ds[i];
                        gb[j++] = db[i];
                    }
                }
                groups.add(new Group(s, f, gs, gb));
            }
        }
        return new FeedbackEffects(fb, side, ds, db, LinearFit.of(fb, ds), LinearFit.of(fb, db), List.copyOf(groups));
    }
}
