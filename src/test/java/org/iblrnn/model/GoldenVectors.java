package org.iblrnn.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;

/**
 * Test access to the PyTorch golden vectors shipped in {@code src/test/resources/golden/} (regenerate them with
 * {@code generate.py} in that folder; it says what each file holds).
 */
public final class GoldenVectors {

    private static final String FOLDER = "/golden/";

    private GoldenVectors() {
    }

    public static JsonNode read(String file) {
        try (InputStream in = GoldenVectors.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + file + " on the test classpath (expected "
                        + "src/test/resources" + FOLDER + file + ")");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read golden file " + file + ": " + e.getMessage(), e);
        }
    }

    public static double[] values(JsonNode node) {
        JsonNode v = node.has("values") ? node.get("values") : node;
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i).asDouble();
        }
        return out;
    }

    public static int[] shape(JsonNode node) {
        JsonNode s = node.get("shape");
        int[] out = new int[s.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.get(i).asInt();
        }
        return out;
    }

    /** The flat parameter array of a {"name": {"shape", "values"}} map, in the layout's order. */
    public static double[] flatten(ParameterLayout layout, JsonNode tensors) {
        double[] flat = new double[layout.size()];
        for (ParameterLayout.Tensor t : layout.tensors()) {
            JsonNode n = tensors.get(t.name());
            if (n == null) {
                throw new IllegalStateException("golden tensor map lacks " + t.name());
            }
            double[] v = values(n);
            if (v.length != t.size() || !java.util.Arrays.equals(shape(n), t.shape())) {
                throw new IllegalStateException("golden " + t.name() + " has shape "
                        + java.util.Arrays.toString(shape(n)) + " but the layout says "
                        + java.util.Arrays.toString(t.shape()));
            }
            System.arraycopy(v, 0, flat, t.offset(), v.length);
        }
        return flat;
    }

    /** The model configuration of a tiny_*.json file. */
    public static ModelConfig config(JsonNode root) {
        return new ModelConfig(Architecture.fromKey(root.get("architecture").asText()), root.get("input_size").asInt(),
                root.get("output_size").asInt(), 1, root.get("hidden_size").asInt(), "default", "none", "none",
                "none");
    }
}
