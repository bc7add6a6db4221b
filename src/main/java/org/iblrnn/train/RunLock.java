package org.iblrnn.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.iblrnn.io.HostName;
import org.iblrnn.io.IoErrors;
import org.iblrnn.io.StateConflictException;

/**
 * An exclusive lock on a directory that one process writes, so that two {@code train} processes never interleave
 * checkpoints and event files of one run (a sweep re-run while its first invocation still trains, a requeued SLURM
 * task next to its predecessor). The lock is the operating system's lock on {@value #FILE_NAME} in the directory,
 * which the kernel releases when the process ends in any way, {@code kill -9} included, so a stale lock file never
 * blocks a later start. The file holds {@code pid@host} and the start time of the holder, for the message the next
 * process prints; it stays in the directory after release (deleting it would let two processes lock different
 * files of the same name).
 */
public final class RunLock implements AutoCloseable {

    /** The lock file's name inside the locked directory. */
    public static final String FILE_NAME = ".lock";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (which must exist) for this process.
     *
     * @param what what the holder does there, for the message ("train", "analyze")
     * @throws StateConflictException naming the holder when another process (or this one) holds the lock
     */
    public static RunLock acquire(Path dir, String what) {
        Path file = dir.resolve(FILE_NAME);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(IoErrors.writing(file, e), e);
        }
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            } catch (IOException e) {
                // a file system without locks (some network mounts): work as before locks existed, but say so
                LOG.warn("Cannot lock {} ({}); going on without protection against a second '{}' there",
                        file, IoErrors.reason(e), what);
                closeQuietly(ch);
                return new RunLock(null, null);
            }
            if (lock == null) {
                String holder = holder(ch);
                ch.close();
                throw new StateConflictException(dir + " is in use by another 'ibl-rnn " + what + "' ("
                        + (holder.isEmpty() ? "holder unknown" : holder) + "); wait for it to finish or stop it, then"
                        + " run this command again");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "@" + HostName.name() + ", " + what
                    + " started " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new RunLock(ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException(IoErrors.writing(file, e), e);
        } catch (RuntimeException | Error e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(512);
        int n = ch.read(buf, 0);
        return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).trim();
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
