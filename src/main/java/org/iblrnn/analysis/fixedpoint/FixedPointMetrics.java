package org.iblrnn.analysis.fixedpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code fixed_points} section of metrics.json. */
public final class FixedPointMetrics {

    /** Eigenvalues reported per fixed point. */
    public static final int LEADING_EIGENVALUES = 3;

    private FixedPointMetrics() {
    }

    /**
     * One entry per condition key: {@code candidates} (initial states searched from: grid and sampled), {@code unique}
     * (de-duplicated fixed points), {@code stable} (those with spectral radius &lt; 1), {@code min_speed} (smallest
     * ‖F(x) − x‖ at the end of the original's gradient descent from the grid), {@code refinement} (how many
     * candidates' Levenberg–Marquardt refinement ended with each {@link RefineStatus}, lower-case keys) and
     * {@code points}: each fixed point's {@code pca} coordinates and its {@code leading_eigenvalues} as [re, im]
     * pairs, largest modulus first. NaN is written as null.
     */
    public static Map<String, Object> of(FixedPointResults results) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ConditionFixedPoints c : results.conditions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("candidates", c.candidates());
            m.put("unique", c.fixedPoints().size());
            m.put("stable", c.stableCount());
            m.put("min_speed", finite(c.minResidual()));
            Map<String, Object> refinement = new LinkedHashMap<>();
            c.statusCounts().forEach((st, n) -> refinement.put(st.name().toLowerCase(java.util.Locale.ROOT), n));
            m.put("refinement", refinement);
            List<Object> points = new ArrayList<>();
            for (FixedPoint p : c.fixedPoints()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("pca", List.of(p.pca()[0], p.pca()[1]));
                List<Object> ev = new ArrayList<>();
                for (double[] e : p.leadingEigenvalues(LEADING_EIGENVALUES)) {
                    ev.add(List.of(e[0], e[1]));
                }
                pm.put("leading_eigenvalues", ev);
                points.add(pm);
            }
            m.put("points", points);
            out.put(c.condition().key(), m);
        }
        return out;
    }

    static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
