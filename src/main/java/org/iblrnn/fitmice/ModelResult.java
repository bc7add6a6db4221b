package org.iblrnn.fitmice;

import java.util.List;
import java.util.Map;

/**
 * One model fitted to one mouse under the cross-validation protocol: what fit-mice keeps of it, on disk as
 * {@code <out>/mice/<mouse>/<model>.json} (so that a finished fit is never redone) and as the input of the group
 * statistics and figures. Everything is measured on held-out sessions only.
 *
 * @param mouse          the mouse
 * @param model          the model's name
 * @param identity       what else identifies the model (e.g. the task network's run), empty if nothing
 * @param seed           the fit-mice seed
 * @param requestedFolds the --folds asked for (the folds used are those listed)
 * @param data           a fingerprint of the mouse's trials, so that changed data is not mistaken for a finished fit
 * @param folds          per fold: held-out sessions, score and fitted parameters
 * @param curves         held-out choices and predictions by block and contrast
 * @param dynamics       sampled trial-to-trial changes of the model's zero-contrast logit, or null
 */
public record ModelResult(String mouse, String model, String identity, long seed, int requestedFolds, String data,
                          List<Fold> folds, List<CurveCell> curves, Dynamics dynamics) {

    public ModelResult {
        folds = List.copyOf(folds);
        curves = List.copyOf(curves);
    }

    /**
     * One fold.
     *
     * @param testSessions session numbers held out
     * @param nll          −Σ log P(choice) over the held-out responded trials
     * @param trials       held-out responded trials
     * @param correct      of those, how many the model's more likely choice matched (a tie counts ½)
     * @param params       the parameters fitted on the other sessions
     * @param seconds      wall time of the fit and the scoring
     */
    public record Fold(List<Integer> testSessions, double nll, int trials, double correct, Map<String, Double> params,
                       double seconds) {
    }

    /**
     * Held-out responded trials of one block type and signed contrast.
     *
     * @param probabilityLeft the block's P(left stimulus): 0.2, 0.5 or 0.8
     * @param contrast        signed contrast (fraction; negative: left)
     * @param trials          how many
     * @param right           how many the mouse answered right
     * @param predictedRight  Σ of the model's P(right) over them
     */
    public record CurveCell(double probabilityLeft, double contrast, int trials, int right, double predictedRight) {
    }

    /**
     * Sampled held-out trials t: the logit of the model's P(right) at zero contrast before trial t, its change to
     * trial t + 1 (same session), and the choice (−1, +1) and reward (0, 1) of trial t that caused the change.
     */
    public record Dynamics(double[] logit, double[] change, int[] choice, int[] rewarded) {
    }

    /** Held-out NLL summed over folds. */
    public double nll() {
        return folds.stream().mapToDouble(Fold::nll).sum();
    }

    /** Held-out responded trials over folds. */
    public int trials() {
        return folds.stream().mapToInt(Fold::trials).sum();
    }

    public double nllPerTrial() {
        return nll() / trials();
    }

    /** exp(−NLL/n): the geometric mean probability given to the mouse's choices. */
    public double normalizedLikelihood() {
        return Math.exp(-nllPerTrial());
    }

    public double accuracy() {
        return folds.stream().mapToDouble(Fold::correct).sum() / trials();
    }
}
