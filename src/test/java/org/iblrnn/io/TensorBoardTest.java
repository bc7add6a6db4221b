package org.iblrnn.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TensorBoardTest {

    private static final HexFormat HEX = HexFormat.of();

    private static Clock at(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    @Test
    void crc32cMatchesTheStandardCheckValue() {
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(TfRecord.crc32c(digits, 0, digits.length)).isEqualTo(0xE3069283);
        // RFC 3720 B.4: 32 bytes of zeros
        assertThat(TfRecord.crc32c(new byte[32], 0, 32)).isEqualTo(0x8A9136AA);
    }

    @Test
    void firstRecordIsTheFileVersionEventFramedWithMaskedCrcs(@TempDir Path dir) throws Exception {
        Path file;
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(1500), "testhost")) {
            file = w.file();
        }
        assertThat(file.getFileName().toString()).isEqualTo("events.out.tfevents.1.testhost");
        // computed independently: protobuf by hand, CRC-32C bitwise (poly 0x82F63B78), mask per TFRecord
        assertThat(HEX.formatHex(Files.readAllBytes(file))).isEqualTo(
                "1800000000000000" + "a37f4b22" + "09000000000000f83f" + "1a0d627261696e2e4576656e743a32" + "2a28646c");
    }

    @Test
    void scalarEventIsEncodedAsTensorBoardExpects(@TempDir Path dir) throws Exception {
        Path file;
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(2000), "h")) {
            w.addScalar("train/loss", 0.25, 100);
            file = w.file();
        }
        byte[] all = Files.readAllBytes(file);
        int second = 12 + (int) TfRecord.getLong(all, 0) + 4;
        int len = (int) TfRecord.getLong(all, second);
        byte[] data = Arrays.copyOfRange(all, second + 12, second + 12 + len);
        assertThat(HEX.formatHex(data)).isEqualTo(
                "090000000000000040" + "1064" + "2a13" + "0a11" + "0a0a747261696e2f6c6f7373" + "150000803e");
        assertThat(all.length).isEqualTo(second + 16 + len);
    }

    @Test
    void scalarsAndImagesRoundTripThroughTheReader(@TempDir Path dir) throws Exception {
        byte[] rgb = png(5, 3, BufferedImage.TYPE_INT_RGB);
        byte[] rgba = png(2, 4, BufferedImage.TYPE_INT_ARGB);
        byte[] grey = png(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Path file;
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(1_600_000_000_250L), "node-1")) {
            for (long step = 0; step <= 300; step += 100) {
                w.addScalar("train/feedback_by_dt", 0.1 * step, step);
                w.addScalar("train/pc/frac_variance_explained_1", 1.0 / 3, step);
            }
            w.addImage("figures/psychometric", rgb, 5, 3, 300);
            w.addImage("figures/alpha", rgba, 2, 4, 301);
            w.addImage("figures/grey", grey, 1, 1, Long.MAX_VALUE);
            w.addScalar("negative_step", -1e30, -5);
            w.flush();
            file = w.file();
        }
        TensorBoardReader.EventFile ev = TensorBoardReader.read(file);
        assertThat(ev.fileVersion()).isEqualTo("brain.Event:2");
        assertThat(ev.resumeSteps()).isEmpty();
        assertThat(ev.scalars()).hasSize(9);
        TensorBoardReader.Scalar s = ev.scalars().get(4);
        assertThat(s.tag()).isEqualTo("train/feedback_by_dt");
        assertThat(s.step()).isEqualTo(200);
        assertThat(s.value()).isEqualTo((double) (float) (0.1 * 200));
        assertThat(s.wallTime()).isEqualTo(1_600_000_000.25);
        assertThat(ev.scalars().get(1).value()).isEqualTo((double) (1.0f / 3));
        assertThat(ev.scalars().get(8).step()).isEqualTo(-5);
        assertThat(ev.scalars().get(8).value()).isEqualTo((double) (float) -1e30);
        assertThat(ev.images()).hasSize(3);
        TensorBoardReader.Image im = ev.images().get(0);
        assertThat(im.tag()).isEqualTo("figures/psychometric");
        assertThat(im.step()).isEqualTo(300);
        assertThat(im.width()).isEqualTo(5);
        assertThat(im.height()).isEqualTo(3);
        assertThat(im.colorspace()).isEqualTo(3);
        assertThat(im.png()).isEqualTo(rgb);
        assertThat(ev.images().get(1).colorspace()).isEqualTo(4);
        assertThat(ev.images().get(2).colorspace()).isEqualTo(1);
        assertThat(ev.images().get(2).step()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void imagesMustBePngsOfTheStatedSize(@TempDir Path dir) throws Exception {
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(0), "h")) {
            byte[] p = png(4, 4, BufferedImage.TYPE_INT_RGB);
            assertThatThrownBy(() -> w.addImage("x", p, 4, 5, 0)).hasMessageContaining("is 4x4 but was passed as 4x5");
            assertThatThrownBy(() -> w.addImage("x", new byte[40], 4, 5, 0)).hasMessageContaining("is not PNG data");
        }
    }

    @Test
    void corruptedBytesAreDetectedNamingFileAndRecord(@TempDir Path dir) throws Exception {
        Path file;
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(0), "h")) {
            w.addScalar("a", 1, 1);
            w.addScalar("a", 2, 2);
            w.addScalar("a", 3, 3);
            file = w.file();
        }
        byte[] good = Files.readAllBytes(file);
        int[] starts = recordStarts(good);
        assertThat(starts).hasSize(4);

        byte[] dataFlip = good.clone();
        dataFlip[starts[2] + 14] ^= 0x01;
        Files.write(file, dataFlip);
        assertThatThrownBy(() -> TensorBoardReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("event file " + file + ": record 2 (at byte " + starts[2] + ") has a bad data CRC");

        byte[] lengthFlip = good.clone();
        lengthFlip[starts[3]] ^= 0x40;
        Files.write(file, lengthFlip);
        assertThatThrownBy(() -> TensorBoardReader.read(file)).hasMessageContaining("record 3")
                .hasMessageContaining("bad length CRC");

        byte[] crcFlip = good.clone();
        crcFlip[good.length - 1] ^= (byte) 0x80;
        Files.write(file, crcFlip);
        assertThatThrownBy(() -> TensorBoardReader.read(file, true)).hasMessageContaining("record 3")
                .hasMessageContaining("bad data CRC");

        // every single-bit flip anywhere in the file is detected
        for (int i = 0; i < good.length; i++) {
            byte[] b = good.clone();
            b[i] ^= (byte) (1 << (i % 8));
            Files.write(file, b);
            int at = i;
            assertThatThrownBy(() -> TensorBoardReader.read(file)).as("flip at byte %d", at)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
        }
    }

    @Test
    void truncatedTailIsAnErrorUnlessTolerated(@TempDir Path dir) throws Exception {
        Path file;
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(0), "h")) {
            w.addScalar("a", 1, 1);
            w.addScalar("a", 2, 2);
            file = w.file();
        }
        byte[] good = Files.readAllBytes(file);
        int[] starts = recordStarts(good);
        for (int cut : new int[]{starts[2] + 5, starts[2] + 12, good.length - 1}) {
            Files.write(file, Arrays.copyOf(good, cut));
            assertThatThrownBy(() -> TensorBoardReader.read(file))
                    .hasMessageStartingWith("event file " + file + ": record 2").hasMessageContaining("truncated");
            assertThat(TensorBoardReader.read(file, true).scalars()).extracting(TensorBoardReader.Scalar::step)
                    .containsExactly(1L);
        }
    }

    @Test
    void resumedRunsGetANewFileAndDropOrphanedPoints(@TempDir Path dir) throws Exception {
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, at(10_000), "h")) {
            for (long step = 0; step <= 500; step += 100) {
                w.addScalar("train/loss", step, step);
            }
        }
        Path second;
        try (TensorBoardWriter w = TensorBoardWriter.resume(dir, 300, at(10_000), "h")) {
            second = w.file();
            for (long step = 300; step <= 600; step += 100) {
                w.addScalar("train/loss", step + 0.5, step);
            }
        }
        assertThat(second.getFileName().toString()).isEqualTo("events.out.tfevents.10.h.1");
        assertThat(TensorBoardReader.eventFiles(dir)).hasSize(2);
        assertThat(TensorBoardReader.read(second).resumeSteps()).containsExactly(300L);
        List<TensorBoardReader.Scalar> series = TensorBoardReader.scalarSeries(dir, "train/loss");
        assertThat(series).extracting(TensorBoardReader.Scalar::step).containsExactly(0L, 100L, 200L, 300L, 400L, 500L, 600L);
        assertThat(series).extracting(TensorBoardReader.Scalar::value).containsExactly(0.0, 100.0, 200.0, 300.5, 400.5, 500.5, 600.5);
    }

    @Test
    void writingAfterCloseIsRefused(@TempDir Path dir) throws Exception {
        TensorBoardWriter w = TensorBoardWriter.create(dir, at(0), "h");
        w.close();
        w.close();
        assertThatThrownBy(() -> w.addScalar("a", 1, 1)).isInstanceOf(IllegalStateException.class);
    }

    private static int[] recordStarts(byte[] b) {
        int[] starts = new int[0];
        for (int pos = 0; pos < b.length; pos += 16 + (int) TfRecord.getLong(b, pos)) {
            starts = Arrays.copyOf(starts, starts.length + 1);
            starts[starts.length - 1] = pos;
        }
        return starts;
    }

    private static byte[] png(int width, int height, int type) throws Exception {
        BufferedImage img = new BufferedImage(width, height, type);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                img.setRGB(x, y, 0x80000000 | (x * 40 << 16) | (y * 60 << 8) | 0x33);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
