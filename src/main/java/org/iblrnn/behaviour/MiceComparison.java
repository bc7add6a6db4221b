package org.iblrnn.behaviour;

import java.util.LinkedHashMap;
import java.util.Map;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.Product;

/**
 * The RNN's behaviour next to the mice's, for {@code analyze}: the RNN's analysis session is exported to IBL
 * trials ({@link SessionExport}) and summarised by the same {@link BehaviourMetrics} as the mice, on its own
 * strength axis. Psychometric parameters are therefore in percent contrast for the mice and in strength units for
 * the RNN; the lapses and zero-stimulus choices are directly comparable.
 */
public final class MiceComparison {

    /** Source id of the RNN's exported trials. */
    public static final String RNN_SOURCE = "rnn";

    /** The RNN's analysis session as IBL trials. */
    /** The mice to compare with: {@code --mice-data} when given, else the shipped May 2020 summary. */
    public static final Product<MiceSummary> MICE = Product.of("mice_summary",
            ctx -> MiceSummary.load(ctx.settings().miceData()));

    public static final Product<IblTrials> RNN_TRIALS = Product.of("rnn_ibl_trials",
            ctx -> SessionExport.toIblTrials(ctx.rnnSession(), ctx.task(), RNN_SOURCE));

    /** The RNN's behaviour metrics on the strength axis. */
    public static final Product<BehaviourMetrics> RNN_BEHAVIOUR = Product.of("rnn_behaviour_metrics",
            ctx -> BehaviourMetrics.compute(ctx.get(RNN_TRIALS), StimulusUnit.STRENGTH));

    private MiceComparison() {
    }

    /**
     * metrics.json's {@code mice_comparison}: {@code {"rnn": {...}, "mice": {...}}}, each with the stimulus unit,
     * trial counts, accuracy, P(right) at zero stimulus by block, zero-stimulus accuracy on concordant and
     * discordant trials, accuracy on the first trial after a switch, and the psychometric parameters per block
     * (keyed by the block's P(left), with its side).
     */
    public static Map<String, Object> metrics(AnalysisContext ctx, MiceSummary mice) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rnn", summary(ctx.get(RNN_BEHAVIOUR)));
        out.put("mice", summary(mice.metrics()));
        return out;
    }

    /** The comparable numbers of one subject's metrics (insertion-ordered; NaN where undefined). */
    public static Map<String, Object> summary(BehaviourMetrics m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("stimulus_unit", m.stimulusUnit().key());
        s.put("trials", m.trials());
        s.put("analysed_trials", m.analysedTrials());
        s.put("correct_by_total_trials", m.correctByTotalTrials());
        Map<String, Object> zero = new LinkedHashMap<>();
        zero.put("left_block", m.pRightZeroContrast().leftBlock());
        zero.put("right_block", m.pRightZeroContrast().rightBlock());
        s.put("p_right_zero_stimulus", zero);
        BehaviourMetrics.ContrastAccuracy atZero = m.byContrast().stream().filter(r -> r.contrast() == 0)
                .findFirst().orElse(null);
        Map<String, Object> zeroAcc = new LinkedHashMap<>();
        zeroAcc.put("concordant", atZero == null ? Double.NaN : atZero.concordant());
        zeroAcc.put("discordant", atZero == null ? Double.NaN : atZero.discordant());
        s.put("zero_stimulus_accuracy", zeroAcc);
        s.put("first_trial_after_switch_accuracy", m.accuracyByTrialInBlock().isEmpty() ? Double.NaN
                : m.accuracyByTrialInBlock().get(0).accuracy());
        Map<String, Object> fits = new LinkedHashMap<>();
        m.psychometric().forEach((block, f) -> {
            Map<String, Object> q = new LinkedHashMap<>();
            int side = IblTrials.blockSideOf(Double.parseDouble(block));
            q.put("block_side", side < 0 ? "left" : side > 0 ? "right" : "unbiased");
            q.put("bias", f.bias());
            q.put("threshold", f.threshold());
            q.put("lapse_low", f.lapseLow());
            q.put("lapse_high", f.lapseHigh());
            q.put("n", f.n());
            fits.put(block, q);
        });
        s.put("psychometric", fits);
        return s;
    }
}
