package org.iblrnn.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a numpy .npz archive (a zip of .npy entries named {@code <name>.npy}) one array at a time, so that a session
 * table with millions of rows never needs a second copy in memory. The archive appears under its final name only on
 * {@link #close()} (atomic rename); if the writer is abandoned with {@link #abort()} nothing is left behind. Entry
 * timestamps are fixed (1980-01-01, as numpy's) so equal content gives identical files.
 */
public final class NpzWriter implements Closeable {

    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final AtomicFiles.PendingFile pending;
    private final ZipOutputStream zip;
    private final boolean compressed;
    private final Set<String> names = new HashSet<>();
    private boolean closed;

    private NpzWriter(AtomicFiles.PendingFile pending, boolean compressed) {
        this.pending = pending;
        this.compressed = compressed;
        this.zip = new ZipOutputStream(pending.stream());
        zip.setLevel(6);
    }

    /** Starts an archive; {@code compressed} selects DEFLATED (np.savez_compressed) over STORED (np.savez). */
    public static NpzWriter open(Path file, boolean compressed) throws IOException {
        return new NpzWriter(AtomicFiles.begin(file), compressed);
    }

    /** Writes one array as entry {@code name + ".npy"}; names must be unique. */
    public NpzWriter add(String name, NpyArray array) throws IOException {
        if (closed) {
            throw new IllegalStateException("npz writer for " + pending.target() + " is closed");
        }
        if (name.isEmpty() || !names.add(name)) {
            throw new IllegalArgumentException("array name '" + name + "' in " + pending.target()
                    + (name.isEmpty() ? " is empty" : " is used twice") + " (give each array a unique name)");
        }
        byte[] npy = Npy.encode(array);
        ZipEntry entry = new ZipEntry(name + ".npy");
        entry.setTimeLocal(ZIP_EPOCH);
        if (compressed) {
            entry.setMethod(ZipEntry.DEFLATED);
        } else {
            entry.setMethod(ZipEntry.STORED);
            CRC32 crc = new CRC32();
            crc.update(npy);
            entry.setSize(npy.length);
            entry.setCompressedSize(npy.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(npy);
        zip.closeEntry();
        return this;
    }

    public NpzWriter add(String name, double[] v) throws IOException {
        return add(name, NpyArray.of(v));
    }

    public NpzWriter add(String name, double[][] m) throws IOException {
        return add(name, NpyArray.of(m));
    }

    public NpzWriter add(String name, long[] v) throws IOException {
        return add(name, NpyArray.of(v));
    }

    public NpzWriter add(String name, long[][] m) throws IOException {
        return add(name, NpyArray.of(m));
    }

    public NpzWriter add(String name, int[] v) throws IOException {
        return add(name, NpyArray.of(v));
    }

    public NpzWriter add(String name, int[][] m) throws IOException {
        return add(name, NpyArray.of(m));
    }

    public NpzWriter add(String name, boolean[] v) throws IOException {
        return add(name, NpyArray.of(v));
    }

    public NpzWriter add(String name, boolean[][] m) throws IOException {
        return add(name, NpyArray.of(m));
    }

    /** Abandons the archive: the temporary file is deleted and the target is left as it was. */
    public void abort() throws IOException {
        if (!closed) {
            closed = true;
            pending.close();
        }
    }

    /** Finishes the archive, syncs it and renames it to its final name. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            zip.finish();
            pending.commit();
        } finally {
            pending.close();
        }
    }
}
