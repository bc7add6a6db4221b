package org.iblrnn.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

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

    private static final String TEMP_SUFFIX = ".tmp";
    /** {@code .<target name>.ibl-rnn-<pid>-<random>.tmp}: ours, and whose (the pid) while it is being written. */
    private static final java.util.regex.Pattern TEMP_NAME =
            java.util.regex.Pattern.compile("\\..*\\.ibl-rnn-(\\d{1,18})-\\d+\\.tmp");
    /** Keeps temporary names within the usual 255-byte limit for long target names. */
    private static final int MAX_NAME_IN_TEMP = 120;

    private AtomicFiles() {
    }

    private static String tempPrefix(String targetName) {
        String name = targetName.length() > MAX_NAME_IN_TEMP ? targetName.substring(0, MAX_NAME_IN_TEMP) : targetName;
        return "." + name + ".ibl-rnn-" + ProcessHandle.current().pid() + "-";
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
     * as {@link #begin} names them, and only those of processes no longer running on this machine, so a concurrent
     * writer's file is kept. Call it when a command starts writing into a directory.
     *
     * @return the number of files deleted
     */
    public static int removeLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                java.util.regex.Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !isAlive(Long.parseLong(m.group(1))) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // best effort: a leftover temporary file is litter, not damage
        }
        return removed;
    }

    /** True for a name {@link #begin} gives its temporary files. */
    public static boolean isTemporaryName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts writing {@code target} through a temporary sibling file, for writers that produce their content
     * piecewise (e.g. one .npz entry at a time). Nothing appears under the final name until {@link PendingFile#commit};
     * closing without committing deletes the temporary file.
     */
    public static PendingFile begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, tempPrefix(absolute.getFileName().toString()), TEMP_SUFFIX);
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
