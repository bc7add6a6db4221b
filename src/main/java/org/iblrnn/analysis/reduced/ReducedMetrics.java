package org.iblrnn.analysis.reduced;

import java.util.LinkedHashMap;
import java.util.Map;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.EffectiveCircuit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics.json additions of the reduced models and the circuit. Each section is computed independently: one
 * whose products failed is left out (and logged), the others still appear. {@code agents} is meant to be merged
 * into the existing {@code agents} section.
 */
public final class ReducedMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(ReducedMetrics.class);
    /** Steps averaged for the reported final distillation loss (single steps are noisy: each is a new session). */
    public static final int FINAL_LOSS_WINDOW = 100;

    private ReducedMetrics() {
    }

    /** Every section: {@code radd}, {@code agents}, {@code distillation}, {@code circuit}, {@code small_models}. */
    public static Map<String, Object> metrics(AnalysisContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        section(out, "radd", () -> radd(ctx));
        section(out, "agents", () -> agents(ctx));
        section(out, "distillation", () -> distillation(ctx));
        section(out, "circuit", () -> circuit(ctx));
        section(out, "small_models", () -> smallModels(ctx));
        return out;
    }

    private static void section(Map<String, Object> out, String name, java.util.function.Supplier<Object> f) {
        try {
            out.put(name, f.get());
        } catch (RuntimeException e) {
            LOG.warn("metrics section {} failed: {}", name, e.getMessage());
        }
    }

    /**
     * {@code radd.{r_squared, A, B, intercept, readout_scale, readout_scale_original, readout_scale_as_coded,
     * normaliser}}: the scale used (the RNN's readout gain) and the original's two versions, for comparison.
     */
    public static Map<String, Object> radd(AnalysisContext ctx) {
        RaddFit f = ctx.get(ReducedProducts.RADD_FIT);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("r_squared", f.rSquared());
        m.put("A", f.a());
        m.put("B", f.b());
        m.put("intercept", f.c());
        m.put("readout_scale", ctx.get(ReducedProducts.RADD_READOUT_SCALE));
        m.put("readout_scale_original", RaddNetwork.originalScale(ctx.network()));
        m.put("readout_scale_as_coded", RaddNetwork.originalScaleAsCoded(ctx.network()));
        m.put("normaliser", f.normaliser());
        return m;
    }

    /** {@code agents.{radd, traditionally_distilled, two_unit}}; an agent whose products failed is left out. */
    public static Map<String, Object> agents(AnalysisContext ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        section(m, "radd", () -> AgentMetrics.of(ctx.get(ReducedProducts.RADD_SESSION)));
        section(m, "traditionally_distilled",
                () -> AgentMetrics.of(ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED_SESSION)));
        section(m, "two_unit", () -> AgentMetrics.of(ctx.get(ReducedProducts.TWO_UNIT_SESSION)));
        return m;
    }

    /** {@code distillation.{final_loss, steps}}: mean loss of the last {@value #FINAL_LOSS_WINDOW} steps. */
    public static Map<String, Object> distillation(AnalysisContext ctx) {
        TraditionalDistillation.Result r = ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("final_loss", r.finalLoss(FINAL_LOSS_WINDOW));
        m.put("first_loss", r.losses()[0]);
        m.put("steps", r.losses().length);
        return m;
    }

    /**
     * {@code small_models.<name>.{block_accuracy, fixed_points.<condition>[{state, stable, spectral_radius}]}} of the
     * three 2-unit networks (a model whose products failed is left out).
     */
    public static Map<String, Object> smallModels(AnalysisContext ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        section(m, "radd", () -> smallModel(ctx.get(ReducedProducts.RADD_SMALL_MODEL)));
        section(m, "traditionally_distilled",
                () -> smallModel(ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED_SMALL_MODEL)));
        section(m, "two_unit", () -> smallModel(ctx.get(ReducedProducts.TWO_UNIT_SMALL_MODEL)));
        return m;
    }

    private static Map<String, Object> smallModel(SmallModel s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("block_accuracy", s.blockAccuracy());
        Map<String, Object> fps = new LinkedHashMap<>();
        for (var c : s.fixedPoints().conditions()) {
            java.util.List<Map<String, Object>> pts = new java.util.ArrayList<>();
            for (var fp : c.fixedPoints()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("state", fp.state());
                p.put("stable", fp.stable());
                p.put("spectral_radius", fp.spectralRadius());
                pts.add(p);
            }
            fps.put(c.condition().key(), pts);
        }
        m.put("fixed_points", fps);
        return m;
    }

    /** {@code circuit.{cluster_sizes, mean_within, mean_between}} of the hidden-unit clustering (M1/M2). */
    public static Map<String, Object> circuit(AnalysisContext ctx) {
        EffectiveCircuit c = ctx.get(CircuitProducts.EFFECTIVE_CIRCUIT);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cluster_sizes", c.clusterSizes());
        m.put("mean_within", c.meanWithin());
        m.put("mean_between", c.meanBetween());
        return m;
    }
}
