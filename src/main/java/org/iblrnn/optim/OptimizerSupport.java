package org.iblrnn.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Argument checks and state-map copying shared by the optimizers. */
final class OptimizerSupport {

    private OptimizerSupport() {
    }

    static void checkStep(int numParams, double[] params, double[] grad) {
        if (params.length != numParams || grad.length != numParams) {
            throw new IllegalArgumentException("optimizer built for " + numParams + " parameters got params of length "
                    + params.length + " and grad of length " + grad.length);
        }
    }

    static void put(Map<String, double[]> map, String name, double[] buffer) {
        if (buffer != null) {
            map.put(name, buffer.clone());
        }
    }

    /** Validates names and lengths; returns a name-to-copy map. */
    static Map<String, double[]> checkRestore(String optimizer, Map<String, double[]> state, Set<String> allowed,
                                              int numParams, long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException(optimizer + " cannot restore a negative step count " + steps);
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : state.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new IllegalArgumentException(optimizer + " state has no buffer '" + e.getKey() + "'; expected "
                        + allowed);
            }
            if (e.getValue().length != numParams) {
                throw new IllegalArgumentException(optimizer + " state buffer '" + e.getKey() + "' has length "
                        + e.getValue().length + " but the model has " + numParams + " parameters");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        return copy;
    }
}
