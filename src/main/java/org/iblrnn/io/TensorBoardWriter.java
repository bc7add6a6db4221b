package org.iblrnn.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes a TensorBoard event file ({@code events.out.tfevents.<unix secs>.<hostname>}) so that
 * {@code tensorboard --logdir runs} shows our learning curves and images without TensorFlow or PyTorch: TFRecord
 * framing with masked CRC-32C around hand-encoded {@code Event}/{@code Summary} protocol buffers.
 * A resumed run gets a new file in the same directory, starting with a {@code SessionLog START} at the resume step
 * so that TensorBoard discards points the interrupted run wrote after its last checkpoint.
 */
public final class TensorBoardWriter implements Closeable {

    /** Event fields (tensorflow/core/util/event.proto). */
    static final int EVENT_WALL_TIME = 1;
    static final int EVENT_STEP = 2;
    static final int EVENT_FILE_VERSION = 3;
    static final int EVENT_SUMMARY = 5;
    static final int EVENT_SESSION_LOG = 7;
    /** Summary / Summary.Value / Summary.Image fields (tensorflow/core/framework/summary.proto). */
    static final int SUMMARY_VALUE = 1;
    static final int VALUE_TAG = 1;
    static final int VALUE_SIMPLE_VALUE = 2;
    static final int VALUE_IMAGE = 4;
    static final int IMAGE_HEIGHT = 1;
    static final int IMAGE_WIDTH = 2;
    static final int IMAGE_COLORSPACE = 3;
    static final int IMAGE_ENCODED = 4;
    static final int SESSION_LOG_STATUS = 1;
    static final int SESSION_LOG_START = 1;
    static final String FILE_VERSION = "brain.Event:2";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Path file;
    private final Clock clock;
    private final FileOutputStream fileStream;
    private final OutputStream out;
    private boolean closed;

    private TensorBoardWriter(Path file, Clock clock) throws IOException {
        this.file = file;
        this.clock = clock;
        this.fileStream = new FileOutputStream(file.toFile());
        this.out = IoErrors.describing(new BufferedOutputStream(fileStream, 1 << 16), file);
    }

    /** A new event file in {@code dir}, with the system clock and this machine's host name. */
    public static TensorBoardWriter create(Path dir) throws IOException {
        return create(dir, Clock.systemUTC(), localHostName());
    }

    /** A new event file in {@code dir}; {@code clock} supplies wall times and the file name's seconds. */
    public static TensorBoardWriter create(Path dir, Clock clock, String hostname) throws IOException {
        TensorBoardWriter w = open(dir, clock, hostname);
        w.writeEvent(w.event(0).string(EVENT_FILE_VERSION, FILE_VERSION));
        return w;
    }

    /**
     * A new event file for a run resumed at {@code resumeStep}: TensorBoard drops the earlier files' points at steps
     * ≥ {@code resumeStep} (written after the checkpoint the run resumes from) when it reads this file.
     */
    public static TensorBoardWriter resume(Path dir, long resumeStep, Clock clock, String hostname) throws IOException {
        TensorBoardWriter w = create(dir, clock, hostname);
        w.writeEvent(w.event(resumeStep).message(EVENT_SESSION_LOG,
                new ProtoWriter().varint(SESSION_LOG_STATUS, SESSION_LOG_START)));
        return w;
    }

    public static TensorBoardWriter resume(Path dir, long resumeStep) throws IOException {
        return resume(dir, resumeStep, Clock.systemUTC(), localHostName());
    }

    private static TensorBoardWriter open(Path dir, Clock clock, String hostname) throws IOException {
        Files.createDirectories(dir);
        String host = hostname.replaceAll("[^A-Za-z0-9._-]", "_");
        String base = "events.out.tfevents." + clock.instant().getEpochSecond() + "." + host;
        for (int n = 0; ; n++) {
            Path candidate = dir.resolve(n == 0 ? base : base + "." + n);
            try {
                Files.createFile(candidate);
                return new TensorBoardWriter(candidate, clock);
            } catch (FileAlreadyExistsException e) {
                // a writer opened in the same second: take the next suffix
            }
        }
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    public Path file() {
        return file;
    }

    /** Appends {@code tag} = {@code value} at {@code step}; stored as float32 simple_value, as TensorBoard does. */
    public synchronized void addScalar(String tag, double value, long step) throws IOException {
        ProtoWriter v = new ProtoWriter().string(VALUE_TAG, tag).fixed32(VALUE_SIMPLE_VALUE, (float) value);
        writeEvent(event(step).message(EVENT_SUMMARY, new ProtoWriter().message(SUMMARY_VALUE, v)));
    }

    /**
     * Appends a PNG image; the colorspace is taken from the PNG header, whose size must match width × height.
     */
    public synchronized void addImage(String tag, byte[] png, int width, int height, long step) throws IOException {
        int colorspace = pngColorspace(png, width, height, tag);
        ProtoWriter image = new ProtoWriter().varint(IMAGE_HEIGHT, height).varint(IMAGE_WIDTH, width)
                .varint(IMAGE_COLORSPACE, colorspace).bytes(IMAGE_ENCODED, png);
        ProtoWriter v = new ProtoWriter().string(VALUE_TAG, tag).message(VALUE_IMAGE, image);
        writeEvent(event(step).message(EVENT_SUMMARY, new ProtoWriter().message(SUMMARY_VALUE, v)));
    }

    /** TensorBoard colorspace (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA) of a PNG, checking its signature and size. */
    static int pngColorspace(byte[] png, int width, int height, String tag) {
        if (png.length < 26 || !java.util.Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)
                || !new String(png, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            throw new IllegalArgumentException("image '" + tag + "' is not PNG data (encode it with ImageIO.write(img, \"png\", ...))");
        }
        int w = ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8) | (png[19] & 0xFF);
        int h = ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8) | (png[23] & 0xFF);
        if (w != width || h != height) {
            throw new IllegalArgumentException("image '" + tag + "' is " + w + "x" + h + " but was passed as "
                    + width + "x" + height + " (pass the PNG's own width and height)");
        }
        return switch (png[25]) {
            case 0 -> 1;
            case 4 -> 2;
            case 6 -> 4;
            default -> 3; // truecolour and palette images are shown as RGB
        };
    }

    private ProtoWriter event(long step) {
        Instant now = clock.instant();
        double wallTime = now.getEpochSecond() + now.getNano() / 1e9;
        ProtoWriter e = new ProtoWriter().fixed64(EVENT_WALL_TIME, wallTime);
        return step == 0 ? e : e.varint(EVENT_STEP, step); // proto3 omits default values
    }

    private void writeEvent(ProtoWriter event) throws IOException {
        if (closed) {
            throw new IllegalStateException("TensorBoard writer for " + file + " is closed");
        }
        out.write(TfRecord.frame(event.toByteArray()));
    }

    /** Makes everything written so far visible to readers of the file. */
    public synchronized void flush() throws IOException {
        if (!closed) {
            out.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (fileStream; out) {
            out.flush();
            fileStream.getChannel().force(true);
        }
    }
}
