package org.iblrnn.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.LossKind;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.OptimizerKind;
import org.iblrnn.config.Params;
import org.iblrnn.config.RunConfig;
import org.iblrnn.config.TaskConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The params.json form of {@link Params}: the original's nested dictionary with its exact key names, so that a run
 * directory written by ann-rnns loads here and ours load there. Missing keys take {@link Params#defaults()} (for adam
 * and rmsprop, the optimizer keys take torch.optim's defaults); unknown keys, wrong types and invalid values are a
 * {@link ConfigException} whose one-line message names the source, the dotted key, the rule, the value and the fix.
 */
public final class ParamsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every section (object) of the file by dotted path, with its keys in the original's order. */
    private static final Map<String, List<String>> SECTIONS = sections();

    private static final Map<OptimizerKind, List<String>> OPTIMIZER_KEYS = Map.of(
            OptimizerKind.SGD, List.of("lr", "momentum", "dampening", "nesterov", "weight_decay"),
            OptimizerKind.ADAM, List.of("lr", "betas", "eps", "weight_decay", "amsgrad"),
            OptimizerKind.RMSPROP, List.of("lr", "alpha", "eps", "weight_decay", "momentum", "centered"));

    private ParamsJson() {
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("", List.of("model", "optimizer", "loss_fn", "run", "env", "description"));
        s.put("model", List.of("architecture", "kwargs"));
        s.put("model.kwargs", List.of("input_size", "output_size", "core_kwargs", "param_init", "connectivity_kwargs"));
        s.put("model.kwargs.core_kwargs", List.of("num_layers", "hidden_size"));
        s.put("model.kwargs.connectivity_kwargs", List.of("input_mask", "recurrent_mask", "readout_mask"));
        s.put("optimizer", List.of("optimizer", "kwargs", "description"));
        s.put("optimizer.kwargs", List.of("lr", "momentum", "dampening", "nesterov", "weight_decay", "betas", "eps",
                "alpha", "amsgrad", "centered"));
        s.put("loss_fn", List.of("loss_fn"));
        s.put("run", List.of("start_grad_step", "num_grad_steps", "seed"));
        s.put("env", List.of("num_sessions", "kwargs"));
        s.put("env.kwargs", List.of("num_stimulus_strength", "min_stimulus_strength", "max_stimulus_strength",
                "block_side_probs", "trials_per_block_param", "blocks_per_session", "min_trials_per_block",
                "max_trials_per_block", "max_obs_per_trial", "rnn_steps_before_obs", "time_delay_penalty"));
        return Map.copyOf(s);
    }

    /** Reads and validates a params.json file; a missing or unreadable file is a {@link ConfigException} too. */
    public static Params read(Path file) {
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                InputFiles.requireRegularFile(file, "params file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("params file " + file + " does not exist (check the path given to --config)");
        } catch (InvalidInputException e) {
            throw new ConfigException(e.getMessage());
        } catch (IOException e) {
            throw new ConfigException("params file " + file + " cannot be read: " + IoErrors.reason(e)
                    + " (check its permissions and encoding)", e);
        }
        return parse(text, file.toString());
    }

    /** Parses and validates params.json text; {@code sourceName} (usually the file) starts every error message. */
    public static Params parse(String json, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ConfigException(sourceName + ": not valid JSON" + where + ": "
                    + e.getOriginalMessage().replace('\n', ' ').replaceAll(" \\(start marker at \\[Source.*$", "")
                    + " (fix the syntax; JSON allows no comments and no trailing commas)", e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(sourceName + ": must be a JSON object {...} but is "
                    + (root == null || root.isMissingNode() ? "empty" : root.getNodeType().toString().toLowerCase(Locale.ROOT))
                    + " (write the parameters as one object, as in the paper's params.json)");
        }
        return fromTree((ObjectNode) root, sourceName);
    }

    /** A params.json key whose value differs between two parameter sets, with both values as JSON. */
    public record Difference(String key, String first, String second) {
    }

    /** The keys under {@code section} (e.g. "model" or "env") whose values differ, in params.json order. */
    public static List<Difference> differences(Params a, Params b, String section) {
        List<Difference> out = new ArrayList<>();
        diff(toTree(a, false).path(section), toTree(b, false).path(section), section, out);
        return out;
    }

    private static void diff(JsonNode x, JsonNode y, String path, List<Difference> out) {
        if (x.isObject() && y.isObject()) {
            x.fieldNames().forEachRemaining(k -> diff(x.path(k), y.path(k), path + "." + k, out));
        } else if (!x.equals(y)) {
            out.add(new Difference(path, x.toString(), y.toString()));
        }
    }

    /** Pretty JSON with exactly the original's structure; optimizer.kwargs holds only the optimizer's own keys. */
    public static String write(Params params) {
        StringBuilder sb = new StringBuilder();
        emit(toTree(params, false), 0, sb);
        return sb.append('\n').toString();
    }

    /**
     * Applies {@code --set a.b.c=value} assignments in order. The value is a JSON literal when it parses as one
     * (numbers, true/false, nested lists, quoted strings), else a plain string. The path must name a value of the
     * params.json structure. When optimizer.optimizer changes, keys the new optimizer does not take are dropped unless
     * also set explicitly.
     */
    public static Params applyOverrides(Params params, List<String> dottedAssignments) {
        if (dottedAssignments.isEmpty()) {
            return params;
        }
        ObjectNode tree = toTree(params, true);
        Set<String> setOptimizerKeys = new HashSet<>();
        for (String assignment : dottedAssignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set '" + assignment + "' must have the form key.path=value"
                        + " (e.g. --set env.kwargs.max_stimulus_strength=2.0)");
            }
            String path = assignment.substring(0, eq).trim();
            JsonNode value = literal(assignment.substring(eq + 1).trim());
            String[] keys = path.split("\\.", -1);
            ObjectNode node = tree;
            String section = "";
            for (int i = 0; i < keys.length; i++) {
                String key = keys[i];
                List<String> valid = SECTIONS.get(section);
                if (!valid.contains(key)) {
                    throw new ConfigException("--set " + path + ": unknown key '" + key + "' in "
                            + (section.isEmpty() ? "the top level" : section) + " (valid keys there: "
                            + String.join(", ", valid) + ")");
                }
                String child = section.isEmpty() ? key : section + "." + key;
                boolean isSection = SECTIONS.containsKey(child);
                if (i < keys.length - 1) {
                    if (!isSection) {
                        throw new ConfigException("--set " + path + ": " + child + " is a value, not a section"
                                + " (set " + child + " itself)");
                    }
                    JsonNode next = node.get(key);
                    node = next instanceof ObjectNode o ? o : node.putObject(key);
                    section = child;
                } else {
                    if (isSection) {
                        throw new ConfigException("--set " + path + ": " + child + " is a section, not a value"
                                + " (set one of its keys: " + String.join(", ", SECTIONS.get(child)) + ")");
                    }
                    node.set(key, value);
                    if (section.equals("optimizer.kwargs")) {
                        setOptimizerKeys.add(key);
                    }
                }
            }
        }
        JsonNode kind = tree.path("optimizer").path("optimizer");
        JsonNode kwargs = tree.path("optimizer").path("kwargs");
        if (kind.isTextual() && kwargs instanceof ObjectNode kw) {
            for (OptimizerKind k : OptimizerKind.values()) {
                if (k.key().equals(kind.textValue())) {
                    List<String> own = OPTIMIZER_KEYS.get(k);
                    kw.retain(kwargsKeys(kw).stream()
                            .filter(name -> own.contains(name) || setOptimizerKeys.contains(name)).toList());
                }
            }
        }
        return fromTree(tree, "--set overrides");
    }

    private static List<String> kwargsKeys(ObjectNode kw) {
        List<String> names = new ArrayList<>();
        kw.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode literal(String raw) {
        try {
            JsonNode v = MAPPER.readTree(raw);
            if (v != null && (v.isValueNode() || v.isArray()) && !v.isNull()) {
                return v;
            }
        } catch (JsonProcessingException e) {
            // not a JSON literal: a plain string such as gru or xavier_normal
        }
        return TextNode.valueOf(raw);
    }

    // ---------------------------------------------------------------------------------------------------- tree -> Params

    private static Params fromTree(ObjectNode root, String source) {
        checkKeys(root, "", source);
        JsonFields f = new JsonFields(root, source);
        Params d = Params.defaults();

        ModelConfig dm = d.model();
        String arch = f.string("model.architecture", dm.architecture().key());
        ModelConfig model = new ModelConfig(
                enumValue(f, "model.architecture", arch, Architecture.values(), Architecture::key),
                f.integer("model.kwargs.input_size", dm.inputSize()),
                f.integer("model.kwargs.output_size", dm.outputSize()),
                f.integer("model.kwargs.core_kwargs.num_layers", dm.numLayers()),
                f.integer("model.kwargs.core_kwargs.hidden_size", dm.hiddenSize()),
                f.string("model.kwargs.param_init", dm.paramInit()),
                f.string("model.kwargs.connectivity_kwargs.input_mask", dm.inputMask()),
                f.string("model.kwargs.connectivity_kwargs.recurrent_mask", dm.recurrentMask()),
                f.string("model.kwargs.connectivity_kwargs.readout_mask", dm.readoutMask()));

        OptimizerConfig optimizer = optimizer(f, root);

        String loss = f.string("loss_fn.loss_fn", d.lossFn().key());
        LossKind lossFn = enumValue(f, "loss_fn.loss_fn", loss, LossKind.values(), LossKind::key);

        RunConfig dr = d.run();
        RunConfig run = new RunConfig(f.longInteger("run.start_grad_step", dr.startGradStep()),
                f.longInteger("run.num_grad_steps", dr.numGradSteps()), f.longInteger("run.seed", dr.seed()));

        TaskConfig dt = d.env();
        String k = "env.kwargs.";
        TaskConfig env = new TaskConfig(
                f.integer(k + "num_stimulus_strength", dt.numStimulusStrength()),
                f.number(k + "min_stimulus_strength", dt.minStimulusStrength()),
                f.number(k + "max_stimulus_strength", dt.maxStimulusStrength()),
                f.matrix(k + "block_side_probs", 2, 2, dt.blockSideProbs()),
                f.number(k + "trials_per_block_param", dt.trialsPerBlockParam()),
                f.integer(k + "blocks_per_session", dt.blocksPerSession()),
                f.integer(k + "min_trials_per_block", dt.minTrialsPerBlock()),
                f.integer(k + "max_trials_per_block", dt.maxTrialsPerBlock()),
                f.integer(k + "max_obs_per_trial", dt.maxObsPerTrial()),
                f.integer(k + "rnn_steps_before_obs", dt.rnnStepsBeforeObs()),
                f.number(k + "time_delay_penalty", dt.timeDelayPenalty()));

        Params p = new Params(model, optimizer, lossFn, run, f.integer("env.num_sessions", d.numSessions()), env,
                f.string("description", d.description()));
        ParamsRules.check(p, source);
        return p;
    }

    private static OptimizerConfig optimizer(JsonFields f, ObjectNode root) {
        OptimizerConfig d = OptimizerConfig.defaults();
        String name = f.string("optimizer.optimizer", d.kind().key());
        OptimizerKind kind = enumValue(f, "optimizer.optimizer", name, OptimizerKind.values(), OptimizerKind::key);
        JsonNode kw = root.path("optimizer").path("kwargs");
        if (kw instanceof ObjectNode o) {
            List<String> own = OPTIMIZER_KEYS.get(kind);
            for (String key : kwargsKeys(o)) {
                if (!own.contains(key)) {
                    throw new ConfigException(f.source() + ": optimizer.kwargs." + key + " is not a parameter of "
                            + kind.key() + " (" + kind.key() + " takes " + String.join(", ", own)
                            + "; remove it or change optimizer.optimizer)");
                }
            }
        }
        for (String flag : List.of("amsgrad", "centered")) {
            if (f.bool("optimizer.kwargs." + flag, false)) {
                throw f.error("optimizer.kwargs." + flag, "be false", f.node("optimizer.kwargs." + flag),
                        flag + " is not implemented; remove it or set it to false");
            }
        }
        // fields a kind does not use keep the record defaults, so that equal runs have equal records
        double lrDefault = kind == OptimizerKind.RMSPROP ? 1e-2 : d.lr();
        double momentumDefault = kind == OptimizerKind.RMSPROP ? 0.0 : d.momentum();
        boolean sgd = kind == OptimizerKind.SGD;
        boolean adam = kind == OptimizerKind.ADAM;
        boolean rms = kind == OptimizerKind.RMSPROP;
        double[] betas = adam ? f.vector("optimizer.kwargs.betas", 2, new double[]{d.beta1(), d.beta2()})
                : new double[]{d.beta1(), d.beta2()};
        String description = f.string("optimizer.description", sgd ? d.description() : kind.key());
        return new OptimizerConfig(kind,
                f.number("optimizer.kwargs.lr", lrDefault),
                sgd || rms ? f.number("optimizer.kwargs.momentum", momentumDefault) : d.momentum(),
                sgd ? f.number("optimizer.kwargs.dampening", d.dampening()) : d.dampening(),
                sgd ? f.bool("optimizer.kwargs.nesterov", d.nesterov()) : d.nesterov(),
                f.number("optimizer.kwargs.weight_decay", d.weightDecay()),
                betas[0], betas[1],
                adam || rms ? f.number("optimizer.kwargs.eps", d.eps()) : d.eps(),
                rms ? f.number("optimizer.kwargs.alpha", d.alpha()) : d.alpha(),
                description);
    }

    private static <E> E enumValue(JsonFields f, String path, String name, E[] values,
                                   java.util.function.Function<E, String> key) {
        List<String> names = new ArrayList<>();
        for (E e : values) {
            if (key.apply(e).equals(name)) {
                return e;
            }
            names.add(key.apply(e));
        }
        throw f.error(path, "be one of " + String.join(", ", names), TextNode.valueOf(name), "pick one of these names");
    }

    /** Unknown keys anywhere in the tree, and sections that are not objects, are errors naming the dotted path. */
    private static void checkKeys(ObjectNode node, String section, String source) {
        List<String> valid = SECTIONS.get(section);
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = section.isEmpty() ? e.getKey() : section + "." + e.getKey();
            if (!valid.contains(e.getKey())) {
                throw new ConfigException(source + ": unknown key " + path + " (valid keys in "
                        + (section.isEmpty() ? "the top level" : section) + ": " + String.join(", ", valid)
                        + "; remove it or fix its spelling)");
            }
            if (SECTIONS.containsKey(path)) {
                if (!(e.getValue() instanceof ObjectNode child)) {
                    throw new ConfigException(source + ": " + path + " must be an object {...} but is "
                            + e.getValue() + " (write it as an object with keys " + String.join(", ", SECTIONS.get(path)) + ")");
                }
                checkKeys(child, path, source);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- Params -> tree

    private static ObjectNode toTree(Params p, boolean allOptimizerKeys) {
        ObjectNode root = NODES.objectNode();
        ModelConfig m = p.model();
        ObjectNode model = root.putObject("model");
        model.put("architecture", m.architecture().key());
        ObjectNode mk = model.putObject("kwargs");
        mk.put("input_size", m.inputSize());
        mk.put("output_size", m.outputSize());
        ObjectNode core = mk.putObject("core_kwargs");
        core.put("num_layers", m.numLayers());
        core.put("hidden_size", m.hiddenSize());
        mk.put("param_init", m.paramInit());
        ObjectNode conn = mk.putObject("connectivity_kwargs");
        conn.put("input_mask", m.inputMask());
        conn.put("recurrent_mask", m.recurrentMask());
        conn.put("readout_mask", m.readoutMask());

        OptimizerConfig o = p.optimizer();
        ObjectNode opt = root.putObject("optimizer");
        opt.put("optimizer", o.kind().key());
        ObjectNode ok = opt.putObject("kwargs");
        OptimizerKind kind = o.kind();
        ok.put("lr", o.lr());
        if (allOptimizerKeys) {
            ok.put("momentum", o.momentum());
            ok.put("dampening", o.dampening());
            ok.put("nesterov", o.nesterov());
            ok.put("weight_decay", o.weightDecay());
            ok.putArray("betas").add(o.beta1()).add(o.beta2());
            ok.put("eps", o.eps());
            ok.put("alpha", o.alpha());
        } else if (kind == OptimizerKind.SGD) {
            ok.put("momentum", o.momentum());
            if (o.dampening() != 0) {
                ok.put("dampening", o.dampening());
            }
            ok.put("nesterov", o.nesterov());
            ok.put("weight_decay", o.weightDecay());
        } else if (kind == OptimizerKind.ADAM) {
            ok.putArray("betas").add(o.beta1()).add(o.beta2());
            ok.put("eps", o.eps());
            ok.put("weight_decay", o.weightDecay());
        } else {
            ok.put("alpha", o.alpha());
            ok.put("eps", o.eps());
            ok.put("weight_decay", o.weightDecay());
            ok.put("momentum", o.momentum());
        }
        opt.put("description", o.description());

        root.putObject("loss_fn").put("loss_fn", p.lossFn().key());

        ObjectNode run = root.putObject("run");
        run.put("start_grad_step", p.run().startGradStep());
        run.put("num_grad_steps", p.run().numGradSteps());
        run.put("seed", p.run().seed());

        ObjectNode env = root.putObject("env");
        env.put("num_sessions", p.numSessions());
        TaskConfig t = p.env();
        ObjectNode ek = env.putObject("kwargs");
        ek.put("num_stimulus_strength", t.numStimulusStrength());
        ek.put("min_stimulus_strength", t.minStimulusStrength());
        ek.put("max_stimulus_strength", t.maxStimulusStrength());
        ArrayNode probs = ek.putArray("block_side_probs");
        for (double[] row : t.blockSideProbs()) {
            ArrayNode r = probs.addArray();
            Arrays.stream(row).forEach(r::add);
        }
        ek.put("trials_per_block_param", t.trialsPerBlockParam());
        ek.put("blocks_per_session", t.blocksPerSession());
        ek.put("min_trials_per_block", t.minTrialsPerBlock());
        ek.put("max_trials_per_block", t.maxTrialsPerBlock());
        ek.put("max_obs_per_trial", t.maxObsPerTrial());
        ek.put("rnn_steps_before_obs", t.rnnStepsBeforeObs());
        ek.put("time_delay_penalty", t.timeDelayPenalty());

        root.put("description", p.description());
        return root;
    }

    /** Objects one key per line, indented by 2; lists of scalars (and of such lists) on one line. */
    private static void emit(JsonNode n, int indent, StringBuilder sb) {
        if (n.isObject()) {
            if (n.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(" ".repeat(indent + 2)).append(TextNode.valueOf(e.getKey())).append(": ");
                emit(e.getValue(), indent + 2, sb);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            sb.append(" ".repeat(indent)).append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                emit(n.get(i), indent, sb);
            }
            sb.append(']');
        } else {
            sb.append(n);
        }
    }
}
