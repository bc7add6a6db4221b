package org.iblrnn.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whole-file writes that never leave a half-written file under the final name: a run killed mid-checkpoint (SLURM
 * preemption, time limit) must leave the previous checkpoint intact. Data goes to a temporary file in the same
 * directory, is fsynced, then renamed over the target; the temporary file is deleted if anything fails, and one
 * left by a killed process is recognisable by its name and removed by {@link #removeLeftovers} on the next start.
 */
public final class AtomicFiles {

    /** Writes the file's content to the given stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AtomicFiles.class);
    private static final String TEMP_SUFFIX = ".tmp";
    /**
     * {@code .<target name>.ibl-rnn-<host>-<pid>-<random>.tmp}: ours, and whose (host and pid) while it is being
     * written.
     */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..*\\.ibl-rnn-([A-Za-z0-9_]{1,"
            + HostName.MAX_TAG + "})-(\\d{1,18})-\\d+\\.tmp");
    /** The name before the host was recorded, {@code .<target name>.ibl-rnn-<pid>-<random>.tmp}. */
    private static final Pattern TEMP_NAME_WITHOUT_HOST = Pattern.compile("\\..*\\.ibl-rnn-\\d{1,18}-\\d+\\.tmp");
    /**
     * Keeps temporary names within the usual 255-byte limit (NAME_MAX) for long target names: the target's part is
     * cut to this many UTF-8 bytes, leaving room for the host tag, pid and random number.
     */
    private static final int MAX_NAME_BYTES_IN_TEMP = 120;
    /**
     * A temporary file whose writer cannot be checked (written on another host, or by a version that did not record
     * the host) is removed once it has not been modified for this long: no write takes days.
     */
    static final Duration ABANDONED_AFTER = Duration.ofDays(7);

    private AtomicFiles() {
    }

    private static String tempPrefix(String targetName, String hostTag, long pid) {
        return "." + truncateUtf8(targetName, MAX_NAME_BYTES_IN_TEMP) + ".ibl-rnn-" + hostTag + "-" + pid + "-";
    }

    /** {@code s} cut to at most {@code maxBytes} UTF-8 bytes, at a character boundary. */
    static String truncateUtf8(String s, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) {
                return s.substring(0, i);
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Streams content through {@code writer} into a temporary sibling of {@code target}, then renames it.
     *
     * @throws IOException whose message names {@code target} and the reason (e.g. "no space left on device writing
     *                     F", "cannot write F: permission denied")
     */
    public static void write(Path target, Writer writer) throws IOException {
        try (PendingFile pending = begin(target)) {
            try {
                writer.writeTo(new UnclosableStream(pending.stream()));
            } catch (IOException e) {
                throw IoErrors.whileWriting(pending.target(), e);
            }
            pending.commit();
        }
    }

    /**
     * Deletes the temporary files that an interrupted write (a killed process) left in {@code dir}: only files named
     * as {@link #begin} names them, and of those only the ones written on this host by a process that is no longer
     * running, so a concurrent writer's file is kept, also one on another node of a cluster file system. A file of
     * another host (or of a version that did not record the host) is removed only once it has been untouched for
     * {@link #ABANDONED_AFTER}, with a log line. Call it when a command starts writing into a directory.
     *
     * @return the number of files deleted
     */
    public static int removeLeftovers(Path dir) {
        return removeLeftovers(dir, HostName.tag(), Instant.now());
    }

    static int removeLeftovers(Path dir, String thisHost, Instant now) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (removeIfLeftover(p, thisHost, now)) {
                    removed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary file is litter, not damage
        }
        return removed;
    }

    private static boolean removeIfLeftover(Path p, String thisHost, Instant now) {
        String name = p.getFileName().toString();
        Matcher m = TEMP_NAME.matcher(name);
        boolean withHost = m.matches();
        if (!withHost && !TEMP_NAME_WITHOUT_HOST.matcher(name).matches()
                || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            if (withHost && m.group(1).equals(thisHost)) {
                return !isAlive(Long.parseLong(m.group(2))) && Files.deleteIfExists(p);
            }
            if (abandoned(p, now) && Files.deleteIfExists(p)) {
                LOG.info("Removed {}: a temporary file {} not modified for more than {} days", p,
                        withHost ? "written on host " + m.group(1) : "of an older ibl-rnn", ABANDONED_AFTER.toDays());
                return true;
            }
        } catch (IOException | NumberFormatException e) {
            // gone meanwhile, or not ours to judge
        }
        return false;
    }

    private static boolean abandoned(Path p, Instant now) throws IOException {
        Instant modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
        return modified.plus(ABANDONED_AFTER).isBefore(now);
    }

    /** True for a name {@link #begin} gives its temporary files (or gave them before the host was recorded). */
    public static boolean isTemporaryName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches() || TEMP_NAME_WITHOUT_HOST.matcher(fileName).matches();
    }

    /**
     * The name {@link #begin} would give a temporary file of {@code targetName} written on {@code host} by process
     * {@code pid} (with random part {@code n}); for tools and tests that need to recognise or fake one.
     */
    public static String temporaryName(String targetName, String host, long pid, long n) {
        return tempPrefix(targetName, HostName.tag(host), pid) + n + TEMP_SUFFIX;
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts writing {@code target} through a temporary sibling file, for writers that produce their content
     * piecewise (e.g. one .npz entry at a time). Nothing appears under the final name until {@link PendingFile#commit};
     * closing without committing deletes the temporary file.
     *
     * @throws InvalidInputException when {@code target} is a directory, FIFO, socket or device (the rename would
     *                               replace it)
     */
    public static PendingFile begin(Path target) throws IOException {
        Path absolute = InputFiles.requireFileOrAbsent(target.toAbsolutePath(), "output file");
        Path dir = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, tempPrefix(absolute.getFileName().toString(), HostName.tag(),
                    ProcessHandle.current().pid()), TEMP_SUFFIX);
        } catch (IOException e) {
            throw IoErrors.whileWriting(absolute, e);
        }
        try {
            readableByAll(tmp);
            return new PendingFile(absolute, tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Temporary files are created owner-only; results are meant to be shared (e.g. on a cluster), so they get the
     * usual rw-r--r-- where the file system has POSIX permissions.
     */
    static void readableByAll(Path p) throws IOException {
        try {
            java.nio.file.Files.setPosixFilePermissions(p,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: default permissions are fine
        }
    }

    /** A file being written under a temporary name; see {@link #begin(Path)}. */
    public static final class PendingFile implements Closeable {
        private final Path target;
        private final Path tmp;
        private final FileOutputStream fileStream;
        private final OutputStream out;
        private boolean finished;

        private PendingFile(Path target, Path tmp) throws IOException {
            this.target = target;
            this.tmp = tmp;
            this.fileStream = new FileOutputStream(tmp.toFile());
            this.out = IoErrors.describing(new BufferedOutputStream(fileStream, 1 << 16), target);
        }

        public Path target() {
            return target;
        }

        /** The stream to write the content to; do not close it (commit or close the pending file instead). */
        public OutputStream stream() {
            return out;
        }

        /** Syncs the data and renames the temporary file over the target. */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException("pending write of " + target + " was already finished");
            }
            finished = true;
            try {
                try (fileStream; out) {
                    out.flush();
                    fileStream.getChannel().force(true);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw IoErrors.whileWriting(target, e);
            } catch (RuntimeException | Error e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            syncDirectory(target.getParent());
        }

        /** Abandons an uncommitted write, deleting the temporary file; does nothing after {@link #commit}. */
        @Override
        public void close() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            try {
                fileStream.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself is already synced
        }
    }

    /** Keeps a writer from closing the stream before the data is synced. */
    private static final class UnclosableStream extends java.io.FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
