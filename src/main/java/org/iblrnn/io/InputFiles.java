package org.iblrnn.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a path before it is read as a file. Reading a FIFO blocks until someone writes to it (a command would
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
}
