package org.iblrnn.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafetensorsTest {

    private static LinkedHashMap<String, NamedArray> sample() {
        LinkedHashMap<String, NamedArray> t = new LinkedHashMap<>();
        t.put("core.weight_ih_l0", NamedArray.matrix(new double[][]{{1, 2, 3}, {-4, 5e-300, Double.MIN_VALUE}}));
        t.put("core.bias_ih_l0", NamedArray.vector(new double[]{-0.0, Math.PI}));
        t.put("readout.bias", NamedArray.vector(new double[]{Double.NaN, Double.NEGATIVE_INFINITY}));
        t.put("empty", new NamedArray(new int[]{0, 3}, new double[0]));
        t.put("global_step", NamedArray.scalar(12345));
        return t;
    }

    private static Map<String, String> metadata() {
        return Map.of("step", "12345", "params", "{\"model\": {\"architecture\": \"rnn\"}}", "format", "pt");
    }

    @Test
    void roundTripKeepsTensorsOrderAndMetadata(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("checkpoint_grad_steps=5000.safetensors");
        Safetensors.write(file, sample(), metadata());
        Safetensors.Contents c = Safetensors.read(file);
        assertThat(c.tensors()).containsExactlyEntriesOf(sample());
        assertThat(c.metadata()).isEqualTo(metadata());
        assertThat(c.tensors().get("readout.bias").data()[0]).isNaN();
        assertThat(Double.doubleToRawLongBits(c.tensors().get("core.bias_ih_l0").data()[0]))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void encodesTheDocumentedLayoutByteForByte() {
        LinkedHashMap<String, NamedArray> t = new LinkedHashMap<>();
        t.put("a", NamedArray.vector(new double[]{1.0}));
        t.put("b", NamedArray.vector(new double[]{-2.5}));
        byte[] bytes = Safetensors.encode(t, Map.of());
        String json = "{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,16]}}";
        int padded = (json.length() + 7) / 8 * 8;
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getLong(0)).isEqualTo(padded);
        assertThat(new String(bytes, 8, padded, StandardCharsets.UTF_8)).isEqualTo(json + " ".repeat(padded - json.length()));
        assertThat(Arrays.copyOfRange(bytes, 8 + padded, bytes.length)).isEqualTo(new byte[]{
                0, 0, 0, 0, 0, 0, (byte) 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0x04, (byte) 0xc0});
    }

    @Test
    void metadataComesFirstInTheHeader() {
        byte[] bytes = Safetensors.encode(sample(), Map.of("step", "1"));
        String header = new String(bytes, 8, 40, StandardCharsets.UTF_8);
        assertThat(header).startsWith("{\"__metadata__\":{\"step\":\"1\"}");
    }

    @Test
    void readsF32TensorsAsDoubles() {
        String json = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        ByteBuffer data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.1f).putFloat(-3f);
        Safetensors.Contents c = Safetensors.decode(file(json, data.array()), "f32.safetensors");
        assertThat(c.tensors().get("w").data()).containsExactly((double) 0.1f, -3.0);
        assertThat(c.metadata()).isEmpty();
    }

    @Test
    void tensorsComeBackInFileOrderNotHeaderOrder() {
        String json = "{\"second\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,16]},"
                + "\"first\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]}}";
        ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1).putDouble(2);
        Safetensors.Contents c = Safetensors.decode(file(json, data.array()), "x");
        assertThat(c.tensors().keySet()).containsExactly("first", "second");
        assertThat(c.tensors().get("second").data()).containsExactly(2.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 60, -17, -9, -8, -1})
    void truncatedFilesAreRejectedNamingTheFile(int cut, @TempDir Path dir) throws Exception {
        byte[] full = Safetensors.encode(sample(), metadata());
        int length = cut >= 0 ? cut : full.length + cut;
        Path file = dir.resolve("checkpoint_grad_steps=100");
        Files.write(file, Arrays.copyOf(full, length));
        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("is truncated (expected")
                .hasMessageContaining("found " + length + ")")
                .hasMessageContaining("use an earlier checkpoint");
    }

    @Test
    void truncationInsideTheDataReportsTheExpectedSize() {
        byte[] full = Safetensors.encode(sample(), metadata());
        assertThatThrownBy(() -> Safetensors.decode(Arrays.copyOf(full, full.length - 3), "ck"))
                .hasMessage("ck is truncated (expected " + full.length + " bytes, found " + (full.length - 3)
                        + "): the run was probably interrupted while writing it; use an earlier checkpoint");
    }

    @Test
    void absurdOrWrongHeaderLengthsAreRejected() {
        byte[] good = Safetensors.encode(sample(), metadata());
        long n = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        assertThatThrownBy(() -> Safetensors.decode(withHeaderLength(good, Long.MAX_VALUE), "ck"))
                .hasMessageStartingWith("ck is not a safetensors file: its header length").hasMessageContaining("impossible");
        assertThatThrownBy(() -> Safetensors.decode(withHeaderLength(good, -1), "ck"))
                .hasMessageContaining("header length 18446744073709551615 is impossible");
        assertThatThrownBy(() -> Safetensors.decode(withHeaderLength(good, 0), "ck")).hasMessageContaining("impossible");
        assertThatThrownBy(() -> Safetensors.decode(withHeaderLength(good, n - 8), "ck"))
                .hasMessageStartingWith("ck has a corrupt header: not valid JSON");
        assertThatThrownBy(() -> Safetensors.decode(withHeaderLength(good, n + 8), "ck"))
                .hasMessageStartingWith("ck ");
        assertThatThrownBy(() -> Safetensors.decode(withHeaderLength(good, good.length), "ck"))
                .hasMessageStartingWith("ck is truncated");
    }

    @Test
    void flippedHeaderBytesAreRejected() {
        byte[] good = Safetensors.encode(sample(), metadata());
        byte[] brace = good.clone();
        brace[8] = '[';
        assertThatThrownBy(() -> Safetensors.decode(brace, "ck")).hasMessageStartingWith("ck has a corrupt header");
        int header = (int) ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        for (int at = 9; at < 8 + header; at += 7) {
            byte[] bad = good.clone();
            bad[at] = (byte) (bad[at] ^ 0x55);
            int position = at;
            // a flip inside a tensor name or metadata value can leave a valid file; anything else must be rejected
            try {
                Safetensors.Contents c = Safetensors.decode(bad, "ck");
                assertThat(c.tensors().size() + c.metadata().size()).as("flip at %d", position)
                        .isEqualTo(sample().size() + metadata().size());
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as("flip at %d", position).matches("ck[ :].*");
            }
        }
    }

    @Test
    void inconsistentHeadersAreRejected() {
        byte[] d16 = new byte[16];
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]},"
                        + "\"b\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[4,12]}}", d16), "ck"))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,16]}}", d16), "ck"))
                .hasMessageContaining("bytes [0, 8) of the data belong to no tensor");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]}}", d16), "ck"))
                .hasMessageContaining("has 8 bytes after its last tensor");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[3],\"data_offsets\":[0,16]}}", d16), "ck"))
                .hasMessageContaining("tensor 'a' has shape [3] of F64 (24 bytes) but data_offsets [0,16] span 16 bytes");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}", d16), "ck"))
                .hasMessage("ck: tensor 'a' has dtype I64, which is not supported (only F64 and F32; save it as float64)");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[16,0]}}", d16), "ck"))
                .hasMessageContaining("invalid data_offsets");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[-2],\"data_offsets\":[0,16]}}", d16), "ck"))
                .hasMessageContaining("invalid shape");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"__metadata__\":{\"step\":5}}", new byte[0]), "ck"))
                .hasMessageContaining("__metadata__.step is 5, not a string");
        assertThatThrownBy(() -> Safetensors.decode(file(
                "{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16],\"x\":1}}", d16), "ck"))
                .hasMessageContaining("unknown field 'x'");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("none");
        assertThatThrownBy(() -> Safetensors.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void namedArrayChecksItsShape() {
        assertThatThrownBy(() -> new NamedArray(new int[]{2, 2}, new double[3]))
                .hasMessageContaining("shape [2, 2] holds 4 values but 3 were given");
        assertThat(NamedArray.matrix(new double[][]{{1, 2}, {3, 4}}).toMatrix()).isDeepEqualTo(new double[][]{{1, 2}, {3, 4}});
    }

    private static byte[] withHeaderLength(byte[] good, long n) {
        byte[] b = good.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, n);
        return b;
    }

    private static byte[] file(String json, byte[] data) {
        byte[] h = json.getBytes(StandardCharsets.UTF_8);
        int padded = (h.length + 7) / 8 * 8;
        ByteBuffer b = ByteBuffer.allocate(8 + padded + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(padded).put(h);
        for (int i = h.length; i < padded; i++) {
            b.put((byte) ' ');
        }
        b.put(data);
        return b.array();
    }
}
