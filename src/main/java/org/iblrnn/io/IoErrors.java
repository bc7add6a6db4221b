package org.iblrnn.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says why an I/O operation failed in words. Java's file-system exceptions often carry only the path as their
 * message ({@code AccessDeniedException: /data/out}), which leaves the user guessing; these helpers add the
 * operating system's reason (permission denied, no space left on device, file name too long, not a directory).
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** The reason alone, e.g. "permission denied" or "no space left on device". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file or directory of that name already exists";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return lowerFirst(fse.getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lowerFirst(m);
    }

    /** True for "no space left on device" (ENOSPC) and "disk quota exceeded" (EDQUOT). */
    public static boolean isDiskFull(IOException e) {
        String r = reason(e).toLowerCase(Locale.ROOT);
        return r.contains("no space left") || r.contains("quota exceeded");
    }

    /**
     * A one-line description of a failed write of {@code file}: "no space left on device writing F" for a full
     * disk, otherwise "cannot write F: reason" (naming the offending path when it is another one, e.g. a parent
     * that is a file).
     */
    public static String writing(Object file, IOException e) {
        if (e instanceof Described) {
            return e.getMessage();
        }
        if (diskFullIn(e)) {
            return "no space left on device writing " + file;
        }
        return "cannot write " + file + ": " + reason(e) + otherPath(file, e);
    }

    /** "cannot read F: reason". */
    public static String reading(Object file, IOException e) {
        return "cannot read " + file + ": " + reason(e) + otherPath(file, e);
    }

    /** "cannot create directory D: reason". */
    public static String creatingDirectory(Object dir, IOException e) {
        return "cannot create directory " + dir + ": " + reason(e) + otherPath(dir, e);
    }

    /**
     * An {@link IOException} whose message says what was being done, to which file, and why it failed; {@code e}
     * itself when it already says so.
     */
    public static IOException whileWriting(Object file, IOException e) {
        return e instanceof Described ? e : new Described(writing(file, e), e);
    }

    /** True when {@code t}, its causes or their suppressed exceptions include a full disk. */
    public static boolean diskFullIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io && isDiskFull(io)) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (s != c && diskFullIn(s)) {
                    return true;
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** {@code out} with every write failure described as a failure to write {@code file}. */
    public static java.io.OutputStream describing(java.io.OutputStream out, Object file) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw whileWriting(file, e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw whileWriting(file, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw whileWriting(file, e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw whileWriting(file, e);
                }
            }
        };
    }

    /** An I/O failure already described for the user (what, which file, why). */
    private static final class Described extends IOException {
        private static final long serialVersionUID = 1L;

        Described(String message, IOException cause) {
            super(message, cause);
        }
    }

    private static String otherPath(Object file, IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            String f = fse.getFile();
            String self = String.valueOf(file);
            boolean ownTemporary = AtomicFiles.isTemporaryName(java.nio.file.Path.of(f).getFileName().toString());
            if (!ownTemporary && !self.equals(f) && !self.endsWith(f) && !f.endsWith(self)) {
                return " (" + f + ")";
            }
        }
        return "";
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
