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
 * directory, is fsynced, then renamed over the target; the temporary file is deleted if anything fails.
 */
public final class AtomicFiles {

    /** Writes the file's content to the given stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Streams content through {@code writer} into a temporary sibling of {@code target}, then renames it. */
    public static void write(Path target, Writer writer) throws IOException {
        try (PendingFile pending = begin(target)) {
            writer.writeTo(new UnclosableStream(pending.stream()));
            pending.commit();
        }
    }

    /**
     * Starts writing {@code target} through a temporary sibling file, for writers that produce their content
     * piecewise (e.g. one .npz entry at a time). Nothing appears under the final name until {@link PendingFile#commit};
     * closing without committing deletes the temporary file.
     */
    public static PendingFile begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
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
            this.out = new BufferedOutputStream(fileStream, 1 << 16);
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
            } catch (IOException | RuntimeException e) {
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
