package org.iblrnn.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;

/**
 * A run's parameters as flat dotted keys of params.json ({@code env.kwargs.max_stimulus_strength} → {@code 2.5}),
 * values as compact JSON text. Comparing runs key by key is what lets compare name the one setting that differs
 * (e.g. the refused task key) and label groups by the keys a sweep varied.
 */
public final class ParamsTree {

    /** Keys that do not define a configuration: the seed (groups average over it) and free text. */
    public static final String SEED_KEY = "run.seed";
    public static final String DESCRIPTION_KEY = "description";
    public static final String HIDDEN_SIZE_KEY = "model.kwargs.core_kwargs.hidden_size";
    /** The task section: runs whose entries under it differ were trained on different tasks. */
    public static final String TASK_PREFIX = "env.";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParamsTree() {
    }

    /** Every leaf (and list) of the params.json form of {@code params}, in file order. */
    public static Map<String, String> flatten(Params params) {
        JsonNode root;
        try {
            root = MAPPER.readTree(ParamsJson.write(params));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("params.json written by ParamsJson does not parse: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", root, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.put(prefix, node.isTextual() ? node.textValue() : node.toString());
        }
    }

    /** The last segment of a dotted key ({@code hidden_size}), the short form used in labels. */
    public static String shortName(String key) {
        int i = key.lastIndexOf('.');
        return i < 0 ? key : key.substring(i + 1);
    }
}
