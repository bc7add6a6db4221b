package org.iblrnn.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * Typed access to the leaves of a parsed params tree by dotted path. Exists so that every type error names the
 * source, the full key path, the expected type, the value found and the fix in one line; missing leaves fall back to
 * the caller's default, which is how a params.json written by an older original with fewer keys still loads.
 */
final class JsonFields {

    private final JsonNode root;
    private final String source;

    JsonFields(JsonNode root, String source) {
        this.root = root;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** The node at {@code path}, or null when any part of it is absent. */
    JsonNode node(String path) {
        JsonNode n = root;
        for (String key : path.split("\\.")) {
            n = n.get(key);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    boolean has(String path) {
        return node(path) != null;
    }

    ConfigException error(String path, String rule, JsonNode value, String fix) {
        return new ConfigException(source + ": " + path + " must " + rule + " but is " + render(value) + " (" + fix + ")");
    }

    /** JSON text of a value, except that non-finite numbers print as NaN/Infinity rather than quoted. */
    static String render(JsonNode value) {
        if (value != null && value.isNumber() && !Double.isFinite(value.doubleValue())) {
            return Double.toString(value.doubleValue());
        }
        return String.valueOf(value);
    }

    double number(String path, double dflt) {
        JsonNode n = node(path);
        if (n == null) {
            return dflt;
        }
        return numberValue(path, n);
    }

    double numberValue(String path, JsonNode n) {
        if (!n.isNumber()) {
            throw error(path, "be a number", n, "write a number without quotes, e.g. 0.5");
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v)) {
            throw error(path, "be a finite number", n, "replace it with a finite value");
        }
        return v;
    }

    int integer(String path, int dflt) {
        long v = longInteger(path, dflt);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(path, "fit in a 32-bit integer", node(path), "use a smaller value");
        }
        return (int) v;
    }

    long longInteger(String path, long dflt) {
        JsonNode n = node(path);
        if (n == null) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw error(path, "be an integer", n, "write a whole number without quotes, e.g. 20");
        }
        if (n.isIntegralNumber()) {
            if (!n.canConvertToLong()) {
                throw error(path, "fit in a 64-bit integer", n, "use a smaller value");
            }
            return n.longValue();
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d) || d != Math.rint(d)) {
            throw error(path, "be an integer", n, "write a whole number, e.g. " + (Double.isFinite(d) ? Math.round(d) : 0));
        }
        BigDecimal b = n.decimalValue();
        if (b.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw error(path, "fit in a 64-bit integer", n, "use a smaller value");
        }
        return (long) d;
    }

    boolean bool(String path, boolean dflt) {
        JsonNode n = node(path);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw error(path, "be true or false", n, "write true or false without quotes");
        }
        return n.booleanValue();
    }

    String string(String path, String dflt) {
        JsonNode n = node(path);
        if (n == null) {
            return dflt;
        }
        if (!n.isTextual()) {
            throw error(path, "be a string", n, "put the value in double quotes");
        }
        return n.textValue();
    }

    /** A list of numbers of exactly {@code length} entries. */
    double[] vector(String path, int length, double[] dflt) {
        JsonNode n = node(path);
        if (n == null) {
            return dflt.clone();
        }
        return vectorValue(path, n, length);
    }

    private double[] vectorValue(String path, JsonNode n, int length) {
        if (!n.isArray() || n.size() != length) {
            throw error(path, "be a list of " + length + " numbers", n,
                    "write it as [" + "x, ".repeat(length - 1) + "x]");
        }
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = numberValue(path + "[" + i + "]", n.get(i));
        }
        return v;
    }

    /** A rows × cols nested list of numbers. */
    double[][] matrix(String path, int rows, int cols, double[][] dflt) {
        JsonNode n = node(path);
        if (n == null) {
            double[][] copy = new double[dflt.length][];
            for (int i = 0; i < dflt.length; i++) {
                copy[i] = dflt[i].clone();
            }
            return copy;
        }
        String shapeFix = "write it as a " + rows + "x" + cols + " nested list, e.g. [[0.8, 0.2], [0.2, 0.8]]";
        if (!n.isArray() || n.size() != rows) {
            throw error(path, "be a " + rows + "x" + cols + " nested list", n, shapeFix);
        }
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            JsonNode row = n.get(i);
            if (!row.isArray() || row.size() != cols) {
                throw error(path + "[" + i + "]", "be a list of " + cols + " numbers", row, shapeFix);
            }
            m[i] = vectorValue(path + "[" + i + "]", row, cols);
        }
        return m;
    }
}
