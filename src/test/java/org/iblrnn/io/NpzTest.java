package org.iblrnn.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpzTest {

    /** Header bytes as numpy 2.4 writes them (np.save), including its 21-digit growth padding. */
    private static byte[] numpyHeader(String dict) {
        byte[] text = (dict + " ".repeat(128 - 10 - 1 - dict.length()) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[128];
        byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 0x76, 0};
        System.arraycopy(prefix, 0, out, 0, 10);
        System.arraycopy(text, 0, out, 10, text.length);
        return out;
    }

    @Test
    void headersMatchNumpyByteForByte() {
        assertThat(Npy.header(NpyDtype.FLOAT64, new int[]{3}))
                .isEqualTo(numpyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"));
        assertThat(Npy.header(NpyDtype.INT64, new int[]{2, 3}))
                .isEqualTo(numpyHeader("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }"));
        assertThat(Npy.header(NpyDtype.BOOL, new int[]{0}))
                .isEqualTo(numpyHeader("{'descr': '|b1', 'fortran_order': False, 'shape': (0,), }"));
        assertThat(Npy.header(NpyDtype.INT32, new int[]{123456, 7}))
                .isEqualTo(numpyHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (123456, 7), }"));
    }

    @Test
    void wholeNpyOfAKnownArray() {
        byte[] npy = Npy.encode(NpyArray.of(new double[]{1.0, -2.5}));
        assertThat(Arrays.copyOf(npy, 128)).isEqualTo(numpyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"));
        assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(npy, 128, npy.length)))
                .isEqualTo("000000000000f03f" + "00000000000004c0");
        byte[] bools = Npy.encode(NpyArray.of(new boolean[]{true, false, true}));
        assertThat(Arrays.copyOfRange(bools, 128, bools.length)).containsExactly(1, 0, 1);
        byte[] ints = Npy.encode(NpyArray.of(new int[]{-2}));
        assertThat(Arrays.copyOfRange(ints, 128, ints.length)).containsExactly(0xfe, 0xff, 0xff, 0xff);
    }

    @Test
    void headerTotalIsAMultipleOf64ForManyShapes() {
        for (int rows : new int[]{0, 1, 9, 10, 99999, Integer.MAX_VALUE}) {
            for (int cols : new int[]{0, 1, 12, 1234567890}) {
                byte[] h = Npy.header(NpyDtype.FLOAT64, new int[]{rows, cols});
                assertThat(h.length % 64).as("%d x %d", rows, cols).isZero();
                assertThat(h[h.length - 1]).isEqualTo((byte) '\n');
                assertThat(h[8] & 0xFF | (h[9] & 0xFF) << 8).isEqualTo(h.length - 10);
            }
        }
    }

    private static LinkedHashMap<String, NpyArray> sample() {
        LinkedHashMap<String, NpyArray> a = new LinkedHashMap<>();
        a.put("f8", NpyArray.of(new double[]{0.5, -0.0, Double.NaN, 1e308}));
        a.put("f8_2d", NpyArray.of(new double[][]{{1, 2, 3}, {4, 5, 6}}));
        a.put("i8", NpyArray.of(new long[]{Long.MIN_VALUE, 0, Long.MAX_VALUE}));
        a.put("i8_2d", NpyArray.of(new long[][]{{1}, {2}, {3}}));
        a.put("i4", NpyArray.of(new int[]{-7, Integer.MAX_VALUE}));
        a.put("i4_2d", NpyArray.of(new int[][]{{1, 2}, {3, 4}}));
        a.put("b1", NpyArray.of(new boolean[]{true, false}));
        a.put("b1_2d", NpyArray.of(new boolean[][]{{true}, {false}}));
        a.put("empty", NpyArray.of(new double[0]));
        a.put("empty_2d", NpyArray.of(new int[0][]));
        return a;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripOfEveryDtypeAndShape(boolean compressed, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("session_table.npz");
        try (NpzWriter w = NpzWriter.open(file, compressed)) {
            for (var e : sample().entrySet()) {
                w.add(e.getKey(), e.getValue());
            }
        }
        LinkedHashMap<String, NpyArray> back = NpzReader.read(file);
        assertThat(back).containsExactlyEntriesOf(sample());
        assertThat(back.get("f8_2d").shape()).containsExactly(2, 3);
        assertThat(back.get("empty_2d").shape()).containsExactly(0, 0);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("f8.npy");
            assertThat(e.getMethod()).isEqualTo(compressed ? ZipEntry.DEFLATED : ZipEntry.STORED);
            assertThat(zip.stream().map(ZipEntry::getName)).contains("i4_2d.npy", "b1.npy");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void convenienceOverloadsAndTypedAccess(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.npz");
        try (NpzWriter w = NpzWriter.open(file, false)) {
            w.add("d", new double[]{1}).add("dd", new double[][]{{1, 2}}).add("l", new long[]{3})
                    .add("ll", new long[][]{{3}}).add("i", new int[]{4}).add("ii", new int[][]{{4}})
                    .add("b", new boolean[]{true}).add("bb", new boolean[][]{{false}});
        }
        LinkedHashMap<String, NpyArray> a = NpzReader.read(file);
        assertThat(a.get("dd").doubles()).containsExactly(1, 2);
        assertThat(a.get("ll").longs()).containsExactly(3L);
        assertThat(a.get("ii").ints()).containsExactly(4);
        assertThat(a.get("bb").booleans()).containsExactly(false);
        assertThatThrownBy(() -> a.get("d").ints()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dtype <f8, not <i4");
    }

    @Test
    void equalContentGivesIdenticalFiles(@TempDir Path dir) throws Exception {
        for (String name : new String[]{"x.npz", "y.npz"}) {
            try (NpzWriter w = NpzWriter.open(dir.resolve(name), true)) {
                w.add("a", new double[]{1, 2, 3});
            }
        }
        assertThat(Files.readAllBytes(dir.resolve("x.npz"))).isEqualTo(Files.readAllBytes(dir.resolve("y.npz")));
    }

    @Test
    void abortedOrFailedWritesLeaveTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.npz");
        try (NpzWriter w = NpzWriter.open(file, false)) {
            w.add("old", new int[]{1});
        }
        NpzWriter w = NpzWriter.open(file, false);
        w.add("new", new int[]{2});
        w.abort();
        w.close();
        assertThat(NpzReader.read(file)).containsOnlyKeys("old");
        try (NpzWriter w2 = NpzWriter.open(file, false)) {
            w2.add("x", new int[]{2});
            assertThatThrownBy(() -> w2.add("x", new int[]{3})).hasMessageContaining("'x'").hasMessageContaining("used twice");
            w2.abort();
        }
        assertThat(NpzReader.read(file)).containsOnlyKeys("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void atomicFilesDeleteTheTemporaryFileOnFailure(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c");
        AtomicFiles.writeString(file, "first");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[]{1, 2, 3});
            throw new IOException("disk full");
        })).hasMessageContaining("disk full").hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("first");
        AtomicFiles.write(dir.resolve("sub/dir/d"), new byte[]{9});
        assertThat(Files.readAllBytes(dir.resolve("sub/dir/d"))).containsExactly(9);
        AtomicFiles.writeString(file, "second");
        assertThat(Files.readString(file)).isEqualTo("second");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, dir.resolve("sub"));
        }
    }

    @Test
    void readerRejectsDamagedInput(@TempDir Path dir) throws Exception {
        Path notZip = dir.resolve("bad.npz");
        Files.writeString(notZip, "hello");
        assertThatThrownBy(() -> NpzReader.read(notZip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notZip.toString());
        byte[] npy = Npy.encode(NpyArray.of(new double[]{1, 2}));
        assertThatThrownBy(() -> Npy.decode(Arrays.copyOf(npy, npy.length - 1), "f.npz: entry a.npy"))
                .hasMessageStartingWith("f.npz: entry a.npy holds 15 data bytes but shape (2,) of <f8 needs 16");
        byte[] wrongMagic = npy.clone();
        wrongMagic[1] = 'X';
        assertThatThrownBy(() -> Npy.decode(wrongMagic, "e")).hasMessageContaining("not a .npy array");
        byte[] fortran = new String(npy, StandardCharsets.ISO_8859_1).replace("False", "True ")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Npy.decode(fortran, "e")).hasMessageContaining("Fortran order");
        byte[] f4 = new String(npy, StandardCharsets.ISO_8859_1).replace("<f8", "<f4")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Npy.decode(f4, "e")).hasMessageContaining("dtype '<f4', which is not supported");
    }

    @Test
    void readsVersion2HeadersAndScalars() {
        String dict = "{'descr': '<i8', 'fortran_order': False, 'shape': (), }";
        int total = (12 + dict.length() + 1 + 63) / 64 * 64;
        String padded = dict + " ".repeat(total - 12 - dict.length() - 1) + "\n";
        byte[] b = new byte[total + 8];
        byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0};
        System.arraycopy(prefix, 0, b, 0, 8);
        int hl = padded.length();
        b[8] = (byte) hl;
        b[9] = (byte) (hl >> 8);
        System.arraycopy(padded.getBytes(StandardCharsets.US_ASCII), 0, b, 12, hl);
        b[total] = 42;
        NpyArray a = Npy.decode(b, "v2");
        assertThat(a.shape()).isEmpty();
        assertThat(a.longs()).containsExactly(42L);
    }

    @Test
    void arraysCheckTheirShapes() {
        assertThatThrownBy(() -> NpyArray.of(new double[][]{{1, 2}, {3}})).hasMessageContaining("row 1 has 1 columns");
        assertThatThrownBy(() -> new NpyArray(NpyDtype.INT32, new int[]{2}, new long[2]))
                .hasMessageContaining("needs a int[] but got long[]");
        assertThatThrownBy(() -> new NpyArray(NpyDtype.BOOL, new int[]{3}, new boolean[2]))
                .hasMessageContaining("shape [3] holds 3 values but 2 were given");
    }
}
