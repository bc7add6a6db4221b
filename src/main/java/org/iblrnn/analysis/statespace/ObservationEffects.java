package org.iblrnn.analysis.statespace;

import org.iblrnn.task.SessionTable;

/**
 * How one observation moves the state along the task-aligned directions (figure S5): for every row t with both
 * observations non-zero, d_t = right_t − left_t and Δz_t = z_t − z_{t−1}; each coordinate's movement is regressed on
 * d by ordinary least squares.
 *
 * @param evidence      d per selected row
 * @param stimulusMove  Δz₀ (along the stimulus direction) per selected row
 * @param blockMove     Δz₁ (along the block direction) per selected row
 * @param stimulusFit   OLS of {@code stimulusMove} on {@code evidence}
 * @param blockFit      OLS of {@code blockMove} on {@code evidence}
 * @param rows          the selected row indices t
 */
public record ObservationEffects(double[] evidence, double[] stimulusMove, double[] blockMove, LinearFit stimulusFit,
                                 LinearFit blockFit, int[] rows) {

    /** Selects the observation rows and fits both regressions. */
    public static ObservationEffects of(SessionTable session, TaskAlignedCoordinates z) {
        int n = session.rows();
        double[] left = session.leftStimulus();
        double[] right = session.rightStimulus();
        int count = 0;
        for (int t = 1; t < n; t++) {
            if (left[t] != 0 && right[t] != 0) {
                count++;
            }
        }
        double[] d = new double[count];
        double[] ds = new double[count];
        double[] db = new double[count];
        int[] rows = new int[count];
        int k = 0;
        for (int t = 1; t < n; t++) {
            if (left[t] != 0 && right[t] != 0) {
                d[k] = right[t] - left[t];
                ds[k] = z.stimulus(t) - z.stimulus(t - 1);
                db[k] = z.block(t) - z.block(t - 1);
                rows[k++] = t;
            }
        }
        return new ObservationEffects(d, ds, db, LinearFit.of(d, ds), LinearFit.of(d, db), rows);
    }
}
