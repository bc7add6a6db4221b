package org.iblrnn.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a path before it is read as a file (or replaced by one). Reading a FIFO blocks until someone writes to it (a command would
 * hang), and reading a directory fails with a message that does not say what was wrong; so every reader of a
 * user-given file (config, checkpoint, CSV, archive) checks first and refuses anything but a regular file.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Returns {@code file} when it is a regular file (or a link to one).
     *
     * @param what what the file should be, for the message ("checkpoint", "params file", "CSV file")
     * @throws InvalidInputException when it is missing, a directory, or a FIFO, socket or device
     */
    public static Path requireRegularFile(Path file, String what) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(what + " " + file + " is a directory, not a file (give the file itself)");
        }
        if (Files.exists(file)) {
            throw new InvalidInputException(what + " " + file + " is not a regular file (a FIFO, socket or device);"
                    + " it is not read (give a regular file)");
        }
        throw new InvalidInputException(what + " " + file + " does not exist (check the path)");
    }

    /**
     * Returns {@code file} when it is absent or a regular file, the only things a write may create or replace: a
     * file is written beside its target and renamed over it, which would silently replace a FIFO or device node (and
     * fails late for a directory).
     *
     * @param what what is written, for the message ("output file", "--out")
     * @throws InvalidInputException when it is a directory, or a FIFO, socket or device
     */
    public static Path requireFileOrAbsent(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(what + " " + file + " is a directory; give a file name for the output");
        }
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)
                && !Files.isSymbolicLink(file)) {
            throw new InvalidInputException(what + " " + file + " is not a regular file (a FIFO, socket or device);"
                    + " it is not replaced (give the path of a regular file)");
        }
        return file;
    }

    /**
     * Returns {@code dir} when it is an existing directory (or a link to one).
     *
     * @param what     the option or role, for the message ("--mice-data")
     * @param expected what the directory should hold, for the fix ("a folder of IBL trial *.csv files")
     * @throws InvalidInputException when it is missing or not a directory
     */
    public static Path requireDirectory(Path dir, String what, String expected) {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        throw new InvalidInputException(what + " " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist")
                + " (give " + expected + ")");
    }

    /**
     * Returns {@code dir} when it is a directory or absent (to be created).
     *
     * @throws InvalidInputException when something else has that name
     */
    public static Path requireDirectoryOrAbsent(Path dir, String what) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException(what + " " + dir + " exists and is not a directory (give a directory to"
                    + " write into, or a new name)");
        }
        return dir;
    }
}
