package org.iblrnn.analysis.statespace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.fixedpoint.FixedPointMetrics;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;

/** The {@code state_space} and {@code fixed_points} sections of metrics.json (Jackson-serialisable; NaN → null). */
public final class StateSpaceMetrics {

    private StateSpaceMetrics() {
    }

    /**
     * {@code state_space}: pca_cumulative_variance (list, 1..H components), angle_block_trial_readout_degrees_pca,
     * angle_block_trial_readout_degrees_full, block_classifier_accuracy_full, block_classifier_accuracy_pca,
     * obs_effect_slope_trial, obs_effect_slope_block, obs_effect_r_trial, obs_effect_r_block,
     * block_scaling_parameter. {@code fixed_points}: see {@link FixedPointMetrics#of}.
     */
    public static Map<String, Object> metrics(AnalysisContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state_space", stateSpace(ctx));
        out.put("fixed_points", FixedPointMetrics.of(ctx.get(FixedPointProducts.FIXED_POINTS)));
        return out;
    }

    /** The {@code state_space} section alone (no fixed-point search). */
    public static Map<String, Object> stateSpace(AnalysisContext ctx) {
        PrincipalComponents pca = ctx.get(StateSpaceProducts.PCA);
        BlockReadout br = ctx.get(StateSpaceProducts.BLOCK_READOUT);
        ObservationEffects oe = ctx.get(StateSpaceProducts.OBSERVATION_EFFECTS);
        ScalingParameters sc = ctx.get(StateSpaceProducts.SCALING);
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> cum = new ArrayList<>();
        for (double v : pca.cumulativeFraction()) {
            cum.add(finite(v));
        }
        m.put("pca_cumulative_variance", cum);
        m.put("angle_block_trial_readout_degrees_pca", finite(br.angleDegreesPca()));
        m.put("angle_block_trial_readout_degrees_full", finite(br.angleDegreesFull()));
        m.put("block_classifier_accuracy_full", finite(br.accuracyFull()));
        m.put("block_classifier_accuracy_pca", finite(br.accuracyPca()));
        m.put("obs_effect_slope_trial", finite(oe.stimulusFit().slope()));
        m.put("obs_effect_slope_block", finite(oe.blockFit().slope()));
        m.put("obs_effect_r_trial", finite(oe.stimulusFit().r()));
        m.put("obs_effect_r_block", finite(oe.blockFit().r()));
        m.put("block_scaling_parameter", finite(sc.block()));
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
