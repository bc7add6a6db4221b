package org.iblrnn.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The safetensors checkpoint format (the one {@code safetensors.torch.load_file} reads): an 8-byte little-endian
 * header length, a JSON header naming each tensor's dtype, shape and byte range, then the raw little-endian data.
 * Chosen because it is trivial to write by hand, loads into PyTorch by {@code state_dict} name, and cannot execute
 * code on load. Reading checks every structural property and names the file and the defect in its message.
 */
public final class Safetensors {

    /** The tensors of a file in file (data offset) order, and its {@code __metadata__} strings. */
    public record Contents(LinkedHashMap<String, NamedArray> tensors, Map<String, String> metadata) {
    }

    private static final String METADATA = "__metadata__";
    /** The reference implementation refuses headers above 100 MB; so do we, when reading and when writing. */
    public static final long MAX_HEADER = 100_000_000L;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Safetensors() {
    }

    /**
     * Writes F64 tensors contiguously in insertion order, atomically. The tensors are streamed to the file; only the
     * header is built in memory (it holds the metadata, which for a checkpoint includes the optimizer state).
     */
    public static void write(Path file, LinkedHashMap<String, NamedArray> tensors, Map<String, String> metadata)
            throws IOException {
        byte[] header = header(tensors, metadata);
        if (header.length > MAX_HEADER) {
            throw new InvalidInputException(file + ": its header (the tensor list and metadata) would take "
                    + HeapMemory.size(header.length) + ", more than the " + HeapMemory.size(MAX_HEADER)
                    + " safetensors readers accept; it is not written");
        }
        AtomicFiles.write(file, out -> writeTo(out, header, tensors));
    }

    /** The bytes of a safetensors file holding {@code tensors} (F64) and {@code metadata}. */
    public static byte[] encode(LinkedHashMap<String, NamedArray> tensors, Map<String, String> metadata) {
        byte[] header = header(tensors, metadata);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writeTo(out, header, tensors);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }

    /** The JSON header (UTF-8, not yet padded) describing {@code tensors} laid out in insertion order. */
    private static byte[] header(LinkedHashMap<String, NamedArray> tensors, Map<String, String> metadata) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = header.putObject(METADATA);
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, NamedArray> e : tensors.entrySet()) {
            if (e.getKey().equals(METADATA)) {
                throw new IllegalArgumentException("a tensor cannot be named " + METADATA + " (rename it)");
            }
            ObjectNode info = header.putObject(e.getKey());
            info.put("dtype", "F64");
            ArrayNode shape = info.putArray("shape");
            for (int d : e.getValue().shape()) {
                shape.add(d);
            }
            long end = offset + 8L * e.getValue().data().length;
            info.putArray("data_offsets").add(offset).add(end);
            offset = end;
        }
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a header of strings and numbers", e);
        }
        if (8L + json.length + 8 + offset > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tensors too large for one safetensors file (" + offset + " bytes)");
        }
        return json;
    }

    /** The length prefix, the header padded with spaces to a multiple of 8 bytes, then the little-endian data. */
    private static void writeTo(java.io.OutputStream out, byte[] json, LinkedHashMap<String, NamedArray> tensors)
            throws IOException {
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(padded);
        out.write(buf.array(), 0, buf.position());
        buf.clear();
        out.write(json);
        for (int i = json.length; i < padded; i++) {
            out.write(' ');
        }
        for (NamedArray a : tensors.values()) {
            for (double v : a.data()) {
                if (!buf.hasRemaining()) {
                    out.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
                buf.putDouble(v);
            }
        }
        out.write(buf.array(), 0, buf.position());
    }

    /**
     * The {@code __metadata__} key holding the CRC-32C of the data section (all tensor bytes, in file order) as 8
     * lower-case hex digits. Optional: a file without it (older checkpoints, other writers) is read unchecked.
     */
    public static final String CHECKSUM_KEY = "tensors_crc32c";

    /** The CRC-32C that {@link #encode} gives the data section of {@code tensors}, in {@link #CHECKSUM_KEY}'s form. */
    public static String crc32c(LinkedHashMap<String, NamedArray> tensors) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        ByteBuffer buf = ByteBuffer.allocate(8 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        for (NamedArray a : tensors.values()) {
            for (double v : a.data()) {
                if (!buf.hasRemaining()) {
                    buf.flip();
                    crc.update(buf);
                    buf.clear();
                }
                buf.putDouble(v);
            }
        }
        buf.flip();
        crc.update(buf);
        return hex(crc.getValue());
    }

    private static String hex(long crc) {
        return String.format(java.util.Locale.ROOT, "%08x", crc);
    }

    /**
     * The CRC-32C of the metadata values under {@code keys}, in {@link #CHECKSUM_KEY}'s form: each key and its value
     * (UTF-8) with a NUL after each, so that no shift of text between values goes unnoticed; a missing key counts as
     * an empty value. Strings are encoded in pieces, so a long value (a checkpoint's optimizer state) is not copied
     * whole.
     */
    public static String crc32c(Map<String, String> metadata, java.util.List<String> keys) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        // a lone surrogate (legal in JSON text) is replaced, the same way when writing and when checking
        java.nio.charset.CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        for (String key : keys) {
            for (String text : new String[]{key, metadata.getOrDefault(key, "")}) {
                java.nio.CharBuffer chars = java.nio.CharBuffer.wrap(text);
                utf8.reset();
                while (true) {
                    java.nio.charset.CoderResult r = utf8.encode(chars, bytes, true);
                    if (r.isOverflow()) {
                        bytes.flip();
                        crc.update(bytes);
                        bytes.clear();
                    } else {
                        break; // underflow: all of the text is encoded
                    }
                }
                bytes.flip();
                crc.update(bytes);
                bytes.clear();
                crc.update(0);
            }
        }
        return hex(crc.getValue());
    }

    /** Reads and validates a safetensors file; F32 tensors are widened to double. */
    public static Contents read(Path file) throws IOException {
        byte[] bytes;
        try {
            if (Files.exists(file)) {
                InputFiles.requireRegularFile(file, "checkpoint");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("checkpoint " + file + " does not exist (check the run directory)");
        }
        return decode(bytes, file.toString());
    }

    /** Decodes the bytes of a safetensors file; {@code name} is used in error messages. */
    public static Contents decode(byte[] bytes, String name) {
        long size = bytes.length;
        String useEarlier = ": the run was probably interrupted while writing it; use an earlier checkpoint";
        if (size < 8) {
            throw new InvalidInputException(name + " is truncated (expected at least 8 bytes, found " + size + ")"
                    + useEarlier);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long n = buf.getLong(0);
        if (n < 2 || n > MAX_HEADER) {
            throw new InvalidInputException(name + " is not a safetensors file: its header length " + Long.toUnsignedString(n)
                    + " is impossible (expected 2.." + MAX_HEADER + "); the file is corrupt, use an earlier checkpoint");
        }
        if (8 + n > size) {
            throw new InvalidInputException(name + " is truncated (expected at least " + (8 + n)
                    + " bytes for its header, found " + size + ")" + useEarlier);
        }
        String headerText = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        if (!headerText.startsWith("{")) {
            throw new InvalidInputException(name + " has a corrupt header: it does not start with '{'"
                    + " (the file is damaged or not a safetensors file; use an earlier checkpoint)");
        }
        JsonNode header;
        try {
            header = MAPPER.readTree(headerText);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name + " has a corrupt header: not valid JSON ("
                    + e.getOriginalMessage().replace('\n', ' ') + "); the file is damaged, use an earlier checkpoint");
        }
        if (header == null || !header.isObject()) {
            throw new InvalidInputException(name + " has a corrupt header: not a JSON object; use an earlier checkpoint");
        }

        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        long dataSize = size - 8 - n;
        Iterator<Map.Entry<String, JsonNode>> it = header.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(METADATA)) {
                readMetadata(e.getValue(), metadata, name);
            } else {
                entries.add(entry(e.getKey(), e.getValue(), name));
            }
        }
        long maxEnd = entries.stream().mapToLong(Entry::end).max().orElse(0);
        if (maxEnd > dataSize) {
            throw new InvalidInputException(name + " is truncated (expected " + (8 + n + maxEnd) + " bytes, found "
                    + size + ")" + useEarlier);
        }
        entries.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long cursor = 0;
        for (Entry e : entries) {
            if (e.begin < cursor) {
                throw new InvalidInputException(name + " has a corrupt header: tensor '" + e.name + "' bytes ["
                        + e.begin + ", " + e.end + ") overlap the previous tensor (ending at " + cursor
                        + "); use an earlier checkpoint");
            }
            if (e.begin > cursor) {
                throw new InvalidInputException(name + " has a corrupt header: bytes [" + cursor + ", " + e.begin
                        + ") of the data belong to no tensor; use an earlier checkpoint");
            }
            cursor = e.end;
        }
        if (cursor != dataSize) {
            throw new InvalidInputException(name + " has " + (dataSize - cursor) + " bytes after its last tensor"
                    + " (expected " + (8 + n + cursor) + " bytes, found " + size
                    + "); the file is damaged or was overwritten, use an earlier checkpoint");
        }

        int base = (int) (8 + n);
        String recorded = metadata.get(CHECKSUM_KEY);
        if (recorded != null) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, base, (int) dataSize);
            if (!hex(crc.getValue()).equals(recorded)) {
                throw new InvalidInputException(name + " is corrupt: its tensor data has CRC-32C " + hex(crc.getValue())
                        + " but the file records " + recorded + " (bits changed on disk or in a copy); use an earlier"
                        + " checkpoint or copy the file again");
            }
        }
        LinkedHashMap<String, NamedArray> tensors = new LinkedHashMap<>();
        for (Entry e : entries) {
            double[] data = new double[(int) e.count];
            for (int i = 0; i < data.length; i++) {
                int at = base + (int) e.begin + i * e.width;
                data[i] = e.width == 8 ? buf.getDouble(at) : buf.getFloat(at);
            }
            tensors.put(e.name, new NamedArray(e.shape, data));
        }
        return new Contents(tensors, metadata);
    }

    private record Entry(String name, int width, int[] shape, long count, long begin, long end) {
    }

    private static void readMetadata(JsonNode node, Map<String, String> out, String name) {
        if (!node.isObject()) {
            throw new InvalidInputException(name + " has a corrupt header: " + METADATA
                    + " is not an object of strings; use an earlier checkpoint");
        }
        node.properties().forEach(m -> {
            if (!m.getValue().isTextual()) {
                throw new InvalidInputException(name + " has a corrupt header: " + METADATA + "." + m.getKey()
                        + " is " + m.getValue() + ", not a string (safetensors metadata values are strings)");
            }
            out.put(m.getKey(), m.getValue().textValue());
        });
    }

    private static Entry entry(String tensor, JsonNode info, String name) {
        String bad = name + " has a corrupt header: tensor '" + tensor + "' ";
        String fix = "; use an earlier checkpoint";
        if (!info.isObject()) {
            throw new InvalidInputException(bad + "is described by " + info + ", not an object" + fix);
        }
        Iterator<String> keys = info.fieldNames();
        while (keys.hasNext()) {
            String k = keys.next();
            if (!k.equals("dtype") && !k.equals("shape") && !k.equals("data_offsets")) {
                throw new InvalidInputException(bad + "has an unknown field '" + k + "'" + fix);
            }
        }
        JsonNode dtype = info.get("dtype");
        if (dtype == null || !dtype.isTextual()) {
            throw new InvalidInputException(bad + "has no dtype string" + fix);
        }
        int width = switch (dtype.textValue()) {
            case "F64" -> 8;
            case "F32" -> 4;
            default -> throw new InvalidInputException(name + ": tensor '" + tensor + "' has dtype "
                    + dtype.textValue() + ", which is not supported (only F64 and F32; save it as float64)");
        };
        JsonNode shapeNode = info.get("shape");
        if (shapeNode == null || !shapeNode.isArray()) {
            throw new InvalidInputException(bad + "has no shape list" + fix);
        }
        int[] shape = new int[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            JsonNode d = shapeNode.get(i);
            if (!d.isIntegralNumber() || !d.canConvertToInt() || d.intValue() < 0) {
                throw new InvalidInputException(bad + "has an invalid shape " + shapeNode + fix);
            }
            shape[i] = d.intValue();
            count *= shape[i];
            if (count > Integer.MAX_VALUE) {
                throw new InvalidInputException(bad + "has an impossibly large shape " + shapeNode + fix);
            }
        }
        JsonNode offsets = info.get("data_offsets");
        if (offsets == null || !offsets.isArray() || offsets.size() != 2 || !offsets.get(0).canConvertToLong()
                || !offsets.get(1).canConvertToLong() || !offsets.get(0).isIntegralNumber()
                || !offsets.get(1).isIntegralNumber()) {
            throw new InvalidInputException(bad + "has invalid data_offsets " + offsets + fix);
        }
        long begin = offsets.get(0).longValue();
        long end = offsets.get(1).longValue();
        if (begin < 0 || end < begin) {
            throw new InvalidInputException(bad + "has invalid data_offsets " + offsets + fix);
        }
        if (end - begin != count * width) {
            throw new InvalidInputException(bad + "has shape " + shapeNode + " of " + dtype.textValue() + " ("
                    + count * width + " bytes) but data_offsets " + offsets + " span " + (end - begin) + " bytes" + fix);
        }
        return new Entry(tensor, width, shape, count, begin, end);
    }
}
