package org.iblrnn.figures.fitmice;

import java.util.Arrays;
import java.util.Optional;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Histogram;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.fitmice.ModelResult;
import org.iblrnn.fitmice.group.FitMiceResults;

/**
 * The action kernel's decay constant 1/α (the mean lag of its exponential weights, in trials) across mice, each
 * mouse's value the median over its folds; the dashed line is the median over mice, the dotted one Findling et al.'s
 * median over 107 mice (5.45 trials).
 */
final class FitMiceActionKernelDecayFigure extends FitMiceFigureBase {

    static final String MODEL = "action_kernel";
    /** Median decay constant of the action kernel reported by Findling et al. (Nature 2025). */
    static final double FINDLING_MEDIAN = 5.45;

    FitMiceActionKernelDecayFigure() {
        super("fit_mice_action_kernel_decay", "Action-kernel decay constant across mice",
                "Over how many past choices does each mouse's action kernel average, and is it the 5.5 trials of"
                        + " Findling et al.?");
    }

    @Override
    Optional<String> skipReason(FitMiceResults data) {
        return data.models().contains(MODEL) ? Optional.empty() : Optional.of(MODEL + " was not fitted");
    }

    /** Per mouse, the median over folds of 1/α. */
    static double[] decayConstants(FitMiceResults data) {
        return data.mice().stream().mapToDouble(m -> {
            ModelResult r = data.result(m, MODEL);
            return median(r.folds().stream().mapToDouble(f -> 1.0 / f.params().get("alpha")).toArray());
        }).toArray();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    @Override
    public Drawable render(FitMiceResults data) {
        double[] tau = decayConstants(data);
        double med = median(tau);
        // a mouse with a very slow kernel would squeeze the others into one bin: clip at 3 medians, say so
        double hi = Math.ceil(Math.max(3 * med, 2 * FINDLING_MEDIAN));
        long above = Arrays.stream(tau).filter(t -> t > hi).count();
        double[] shown = Arrays.stream(tau).map(t -> Math.min(t, hi - 1e-9)).toArray();
        String note = above == 0 ? "" : String.format("; %d above %.0f in the last bin", above, hi);
        return new Histogram().bins(20).range(0, hi).add(shown, HouseStyle.TAB_PURPLE, 0.8, null)
                .xLabel("Decay constant 1/\u03b1 (trials)").yLabel("Mice")
                .vLine(med, HouseStyle.TAB_PURPLE, HouseStyle.dashed(1.2f))
                .vLine(FINDLING_MEDIAN, java.awt.Color.BLACK, HouseStyle.dotted(1.6f))
                .title(String.format("median %.2f trials (dashed); Findling et al. %.2f (dotted)%s", med,
                        FINDLING_MEDIAN, note), HouseStyle.FONT_SIZE)
                .size(5.5, 3.6);
    }
}
