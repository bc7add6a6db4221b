package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.iblrnn.io.TensorBoardReader;

/**
 * A training scalar against gradient step, read from a run's TensorBoard event files (resumes merged as TensorBoard
 * shows them).
 *
 * @param steps  gradient steps, ascending as written
 * @param values the scalar at each step
 */
public record LearningCurve(long[] steps, double[] values) {

    /** The tag compare draws: the fraction of trials answered correctly in each training step's session. */
    public static final String ACCURACY_TAG = "train/correct_action_taken_by_total_trials";

    /**
     * At most this many tail points are averaged by {@link #finalValue()}: smooths the single-session noise of the
     * last logs (10 × 100 steps of a 100,001-step run).
     */
    public static final int FINAL_WINDOW = 10;

    public static final LearningCurve EMPTY = new LearningCurve(new long[0], new double[0]);

    public LearningCurve {
        if (steps.length != values.length) {
            throw new IllegalArgumentException("LearningCurve has " + steps.length + " steps but " + values.length
                    + " values");
        }
    }

    /** The accuracy curve of a run directory; empty when it has no event file. */
    public static LearningCurve read(Path runDir) throws IOException {
        List<TensorBoardReader.Scalar> s;
        try {
            s = TensorBoardReader.scalarSeries(runDir, ACCURACY_TAG);
        } catch (RuntimeException e) {
            throw new InvalidInputException("event files of " + runDir + " cannot be read: " + e.getMessage(), e);
        }
        long[] steps = new long[s.size()];
        double[] v = new double[s.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = s.get(i).step();
            v[i] = s.get(i).value();
        }
        return new LearningCurve(steps, v);
    }

    public int size() {
        return steps.length;
    }

    /**
     * Mean of the last tenth of the points, at least one and at most {@link #FINAL_WINDOW} (so a short run's curve
     * is not averaged with its untrained start); NaN when empty.
     */
    public double finalValue() {
        if (values.length == 0) {
            return Double.NaN;
        }
        int n = Math.min(FINAL_WINDOW, Math.max(1, (int) Math.round(values.length / 10.0)));
        double s = 0;
        for (int i = values.length - n; i < values.length; i++) {
            s += values[i];
        }
        return s / n;
    }
}
