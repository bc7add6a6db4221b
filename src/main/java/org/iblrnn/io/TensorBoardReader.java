package org.iblrnn.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads TensorBoard event files back (ours or PyTorch's): verifies both CRCs of every record and decodes scalar and
 * image summaries. Used by tests and by {@code compare} to draw learning curves from run directories.
 */
public final class TensorBoardReader {

    /** One scalar point; {@code value} is the stored float32 widened to double. */
    public record Scalar(String tag, long step, double wallTime, double value) {
    }

    /** One image summary. */
    public record Image(String tag, long step, double wallTime, int width, int height, int colorspace, byte[] png) {
    }

    /**
     * The decoded content of one event file.
     *
     * @param fileVersion  the first event's file_version ("brain.Event:2"), or null if absent
     * @param resumeSteps  steps of SessionLog START events (resumes), in file order
     */
    public record EventFile(Path file, String fileVersion, List<Scalar> scalars, List<Image> images,
                            List<Long> resumeSteps) {
    }

    private sealed interface Item permits ScalarItem, ImageItem, StartItem, VersionItem {
    }

    private record ScalarItem(Scalar s) implements Item {
    }

    private record ImageItem(Image i) implements Item {
    }

    private record StartItem(long step) implements Item {
    }

    private record VersionItem(String version) implements Item {
    }

    private TensorBoardReader() {
    }

    /** Reads one event file, rejecting any damage including a truncated last record. */
    public static EventFile read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * Reads one event file; with {@code allowTruncatedTail} a partial last record (a writer still running or killed
     * mid-write) is ignored, as TensorBoard does. CRC mismatches are always errors.
     */
    public static EventFile read(Path file, boolean allowTruncatedTail) throws IOException {
        List<Scalar> scalars = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        String[] version = new String[1];
        decode(Files.readAllBytes(InputFiles.requireRegularFile(file, "event file")), file.toString(), allowTruncatedTail, item -> {
            if (item instanceof ScalarItem s) {
                scalars.add(s.s());
            } else if (item instanceof ImageItem i) {
                images.add(i.i());
            } else if (item instanceof StartItem st) {
                starts.add(st.step());
            } else if (item instanceof VersionItem v && version[0] == null) {
                version[0] = v.version();
            }
        });
        return new EventFile(file, version[0], scalars, images, starts);
    }

    /** The event files of a directory in the order TensorBoard reads them (by name). */
    public static List<Path> eventFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*tfevents*")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /**
     * The learning curve of {@code tag} over all event files of a run directory, as TensorBoard shows it: a resume
     * (SessionLog START at step s) discards earlier points at steps ≥ s. Partial last records are ignored.
     */
    public static List<Scalar> scalarSeries(Path dir, String tag) throws IOException {
        List<Scalar> series = new ArrayList<>();
        for (Path f : eventFiles(dir)) {
            decode(Files.readAllBytes(InputFiles.requireRegularFile(f, "event file")), f.toString(), true, item -> {
                if (item instanceof StartItem st) {
                    series.removeIf(s -> s.step() >= st.step());
                } else if (item instanceof ScalarItem s && s.s().tag().equals(tag)) {
                    series.add(s.s());
                }
            });
        }
        return series;
    }

    private static void decode(byte[] b, String name, boolean allowTruncatedTail, Consumer<Item> sink) {
        int pos = 0;
        for (int record = 0; pos < b.length; record++) {
            String where = "event file " + name + ": record " + record + " (at byte " + pos + ")";
            if (b.length - pos < 12) {
                if (allowTruncatedTail) {
                    return;
                }
                throw new InvalidInputException(where + " is truncated in its header (" + (b.length - pos)
                        + " of 12 bytes): the writer was interrupted; read with allowTruncatedTail to skip it");
            }
            long len = TfRecord.getLong(b, pos);
            int lenCrc = TfRecord.getInt(b, pos + 8);
            int expected = TfRecord.maskedCrc32c(b, pos, 8);
            if (lenCrc != expected) {
                throw new InvalidInputException(where + " has a bad length CRC (stored 0x"
                        + Integer.toHexString(lenCrc) + ", computed 0x" + Integer.toHexString(expected)
                        + "): the file is corrupt from here on; delete it or restore it from a copy");
            }
            if (len < 0 || len > b.length - pos - 16L) {
                if (allowTruncatedTail) {
                    return;
                }
                throw new InvalidInputException(where + " is truncated (needs " + (len + 16) + " bytes, "
                        + (b.length - pos) + " remain): the writer was interrupted; read with allowTruncatedTail to skip it");
            }
            int dataAt = pos + 12;
            int dataCrc = TfRecord.getInt(b, dataAt + (int) len);
            int computed = TfRecord.maskedCrc32c(b, dataAt, (int) len);
            if (dataCrc != computed) {
                throw new InvalidInputException(where + " has a bad data CRC (stored 0x"
                        + Integer.toHexString(dataCrc) + ", computed 0x" + Integer.toHexString(computed)
                        + "): the file is corrupt; delete it or restore it from a copy");
            }
            byte[] data = java.util.Arrays.copyOfRange(b, dataAt, dataAt + (int) len);
            try {
                event(data, sink);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + " is not a valid Event: " + e.getMessage()
                        + " (the file was not written by a TensorBoard writer)", e);
            }
            pos = dataAt + (int) len + 4;
        }
    }

    private static void event(byte[] data, Consumer<Item> sink) {
        ProtoReader r = new ProtoReader(data);
        double wallTime = 0;
        long step = 0;
        List<byte[]> summaries = new ArrayList<>();
        boolean start = false;
        String version = null;
        while (r.next()) {
            switch (r.field()) {
                case TensorBoardWriter.EVENT_WALL_TIME -> wallTime = r.fixed64();
                case TensorBoardWriter.EVENT_STEP -> step = r.varintField();
                case TensorBoardWriter.EVENT_FILE_VERSION -> version = r.string();
                case TensorBoardWriter.EVENT_SUMMARY -> summaries.add(r.bytes());
                case TensorBoardWriter.EVENT_SESSION_LOG -> {
                    ProtoReader s = r.message();
                    while (s.next()) {
                        if (s.field() == TensorBoardWriter.SESSION_LOG_STATUS) {
                            if (s.varintField() == TensorBoardWriter.SESSION_LOG_START) {
                                start = true;
                            }
                        } else {
                            s.skip();
                        }
                    }
                }
                default -> r.skip();
            }
        }
        if (version != null) {
            sink.accept(new VersionItem(version));
        }
        if (start) {
            sink.accept(new StartItem(step));
        }
        for (byte[] summary : summaries) {
            ProtoReader s = new ProtoReader(summary);
            while (s.next()) {
                if (s.field() == TensorBoardWriter.SUMMARY_VALUE) {
                    value(s.message(), step, wallTime, sink);
                } else {
                    s.skip();
                }
            }
        }
    }

    private static void value(ProtoReader v, long step, double wallTime, Consumer<Item> sink) {
        String tag = null;
        Float simple = null;
        Image image = null;
        while (v.next()) {
            switch (v.field()) {
                case TensorBoardWriter.VALUE_TAG -> tag = v.string();
                case TensorBoardWriter.VALUE_SIMPLE_VALUE -> simple = v.fixed32();
                case TensorBoardWriter.VALUE_IMAGE -> {
                    ProtoReader im = v.message();
                    int h = 0;
                    int w = 0;
                    int cs = 0;
                    byte[] png = new byte[0];
                    while (im.next()) {
                        switch (im.field()) {
                            case TensorBoardWriter.IMAGE_HEIGHT -> h = (int) im.varintField();
                            case TensorBoardWriter.IMAGE_WIDTH -> w = (int) im.varintField();
                            case TensorBoardWriter.IMAGE_COLORSPACE -> cs = (int) im.varintField();
                            case TensorBoardWriter.IMAGE_ENCODED -> png = im.bytes();
                            default -> im.skip();
                        }
                    }
                    image = new Image(null, step, wallTime, w, h, cs, png);
                }
                default -> v.skip();
            }
        }
        if (simple != null) {
            sink.accept(new ScalarItem(new Scalar(tag, step, wallTime, simple)));
        }
        if (image != null) {
            sink.accept(new ImageItem(new Image(tag, image.step(), image.wallTime(), image.width(), image.height(),
                    image.colorspace(), image.png())));
        }
    }
}
