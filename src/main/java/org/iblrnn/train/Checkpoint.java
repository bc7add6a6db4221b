package org.iblrnn.train;

import org.iblrnn.io.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iblrnn.config.Params;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.NamedArray;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.io.Safetensors;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;

/**
 * A training checkpoint in safetensors format. Tensors carry PyTorch's {@code state_dict} names, so
 * {@code model.load_state_dict(safetensors.torch.load_file(f), strict=True)} works on
 * {@code nn.RNN/GRU/LSTM(3, H, batch_first=True)} named {@code core} plus {@code nn.Linear(H, 2)} named
 * {@code readout}. The metadata holds what resuming needs: the gradient step whose result this is, the full
 * params.json and the optimizer's state (numbers printed with Java's shortest round-trip representation, so a
 * resumed run continues bit-identically), the CRC-32C of the tensor bytes, and the CRC-32C of the metadata that
 * resuming reads (step, params, optimizer state), so that a flipped bit in either is caught at load instead of
 * silently changing the network or the run.
 *
 * @param step      the last finished gradient step
 * @param params    the run's parameters
 * @param weights   the network's flat parameters (layout of {@link ParameterLayout})
 * @param optimizer optimizer state buffers by torch name
 * @param optimizerSteps number of optimizer updates taken
 */
public record Checkpoint(long step, Params params, double[] weights, Map<String, double[]> optimizer,
                         long optimizerSteps) {

    static final String FORMAT = "ibl-rnn-checkpoint/1";
    /**
     * The metadata key of the CRC-32C over {@link #CHECKED_METADATA} (see {@link Safetensors#crc32c(Map, List)}).
     * Optional: checkpoints written before it existed load unchecked.
     */
    public static final String METADATA_CHECKSUM_KEY = "metadata_crc32c";
    /** The metadata that a load turns into state; the rest (creation time, Java version) is informational. */
    static final List<String> CHECKED_METADATA = List.of("global_step", "params", "optimizer");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Captures the state of a training run after {@code step}. */
    public static Checkpoint of(long step, Params params, RecurrentNetwork network, Optimizer optimizer) {
        return new Checkpoint(step, params, network.params().clone(), optimizer.state(), optimizer.steps());
    }

    /** Writes atomically (temporary file, then rename): a crash never leaves a half-written checkpoint. */
    public void write(Path file) throws IOException {
        ParameterLayout layout = ParameterLayout.of(params.model());
        LinkedHashMap<String, NamedArray> tensors = new LinkedHashMap<>();
        for (ParameterLayout.Tensor t : layout.tensors()) {
            double[] data = new double[t.size()];
            System.arraycopy(weights, t.offset(), data, 0, t.size());
            tensors.put(t.name(), new NamedArray(t.shape(), data));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("global_step", Long.toString(step));
        meta.put("params", ParamsJson.write(params));
        String optimizerText = optimizerJson();
        // the rest of the header (tensor list, params, dates) takes a few kB
        if (optimizerText.length() > Safetensors.MAX_HEADER - 100_000) {
            throw new InvalidInputException("checkpoint " + file + ": the optimizer state (" + optimizerValues()
                    + " values, " + HeapMemory.size(optimizerText.length()) + " as text) does not fit in the metadata"
                    + " of a safetensors file (at most " + HeapMemory.size(Safetensors.MAX_HEADER) + " in all); "
                    + MemoryEstimate.STATELESS_OPTIMIZER_FIX);
        }
        meta.put("optimizer", optimizerText);
        meta.put("created", Instant.now().toString());
        meta.put("java_version", System.getProperty("java.version"));
        meta.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        meta.put(Safetensors.CHECKSUM_KEY, Safetensors.crc32c(tensors));
        meta.put(METADATA_CHECKSUM_KEY, Safetensors.crc32c(meta, CHECKED_METADATA));
        Safetensors.write(file, tensors, meta);
    }

    /**
     * {@code {"optimizer": kind, "steps": n, "state": {name: [values]}}}, written directly rather than through a JSON
     * tree: for a large network the buffers hold millions of values, and a tree node per value would need several
     * times the memory of the text.
     */
    private long optimizerValues() {
        long values = 0;
        for (double[] b : optimizer.values()) {
            values += b.length;
        }
        return values;
    }

    private String optimizerJson() {
        long values = optimizerValues();
        // at most 24 characters per double ("-1.2345678901234567E-100") and a comma
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, 64 + 25 * values));
        sb.append("{\"optimizer\":").append(quote(params.optimizer().kind().key()))
                .append(",\"steps\":").append(optimizerSteps).append(",\"state\":{");
        boolean firstBuffer = true;
        for (Map.Entry<String, double[]> e : optimizer.entrySet()) {
            sb.append(firstBuffer ? "" : ",").append(quote(e.getKey())).append(":[");
            firstBuffer = false;
            double[] b = e.getValue();
            for (int i = 0; i < b.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(Double.isFinite(b[i]) ? Double.toString(b[i]) : "\"" + b[i] + "\"");
            }
            sb.append(']');
        }
        return sb.append("}}").toString();
    }

    private static String quote(String s) {
        return JSON.getNodeFactory().textNode(s).toString();
    }

    /**
     * Reads and checks a checkpoint written by {@link #write}.
     *
     * @throws InvalidInputException naming the file when it is truncated, corrupt, or not one of ours
     */
    public static Checkpoint read(Path file) throws IOException {
        Safetensors.Contents contents = Safetensors.read(file);
        Map<String, String> meta = contents.metadata();
        String recorded = meta.get(METADATA_CHECKSUM_KEY);
        if (recorded != null) {
            String actual = Safetensors.crc32c(meta, CHECKED_METADATA);
            if (!actual.equals(recorded)) {
                throw new InvalidInputException("checkpoint " + file + " is corrupt: its metadata (step, params,"
                        + " optimizer state) has CRC-32C " + actual + " but the file records " + recorded
                        + " (bits changed on disk or in a copy); use an earlier checkpoint or copy the file again");
            }
        }
        String format = meta.get("format");
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("checkpoint " + file + " has format '" + format + "', expected '" + FORMAT
                    + "' (was it written by ibl-rnn train?)");
        }
        long step;
        try {
            step = Long.parseLong(require(meta, "global_step", file));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("checkpoint " + file + ": metadata global_step is not an integer");
        }
        Params params = ParamsJson.parse(require(meta, "params", file), file + " (metadata 'params')");
        ParameterLayout layout = ParameterLayout.of(params.model());
        double[] weights = new double[layout.size()];
        for (ParameterLayout.Tensor t : layout.tensors()) {
            NamedArray a = contents.tensors().get(t.name());
            if (a == null) {
                throw new InvalidInputException("checkpoint " + file + " lacks tensor " + t.name());
            }
            if (!java.util.Arrays.equals(a.shape(), t.shape())) {
                throw new InvalidInputException("checkpoint " + file + ": tensor " + t.name() + " has shape "
                        + java.util.Arrays.toString(a.shape()) + " but the params say " + java.util.Arrays.toString(t.shape()));
            }
            requireFinite(a.data(), "tensor " + t.name(), file);
            System.arraycopy(a.data(), 0, weights, t.offset(), t.size());
        }
        if (contents.tensors().size() != layout.tensors().size()) {
            throw new InvalidInputException("checkpoint " + file + " has unexpected tensors " + contents.tensors().keySet());
        }
        Map<String, double[]> state = new LinkedHashMap<>();
        long optSteps;
        try {
            JsonNode opt = JSON.readTree(require(meta, "optimizer", file));
            optSteps = opt.path("steps").asLong(-1);
            if (optSteps < 0) {
                throw new InvalidInputException("checkpoint " + file + ": optimizer metadata lacks 'steps'");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = opt.path("state").properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                double[] buf = new double[e.getValue().size()];
                for (int i = 0; i < buf.length; i++) {
                    buf[i] = e.getValue().get(i).asDouble();
                }
                if (buf.length != weights.length) {
                    throw new InvalidInputException("checkpoint " + file + ": optimizer buffer " + e.getKey()
                            + " has " + buf.length + " values, expected " + weights.length);
                }
                requireFinite(buf, "optimizer buffer " + e.getKey(), file);
                state.put(e.getKey(), buf);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("checkpoint " + file + ": optimizer metadata is not valid JSON ("
                    + e.getOriginalMessage() + ")");
        }
        return new Checkpoint(step, params, weights, state, optSteps);
    }

    /** A NaN or infinite weight means a diverged run or a damaged file; either way the network is unusable. */
    private static void requireFinite(double[] values, String what, Path file) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException("checkpoint " + file + ": " + what + " holds " + values[i] + " at index " + i
                        + " (training diverged before this step, or the file is damaged); use an earlier checkpoint");
            }
        }
    }

    private static String require(Map<String, String> meta, String key, Path file) {
        String v = meta.get(key);
        if (v == null) {
            throw new InvalidInputException("checkpoint " + file + " lacks metadata '" + key
                    + "' (was it written by ibl-rnn train?)");
        }
        return v;
    }
}
