package org.iblrnn.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two file moves of commands that build a set of outputs in a hidden staging directory and move them into place
 * only when all of them were written, so a failure never leaves a half-written set behind.
 */
public final class StagingDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StagingDirectory.class);

    private StagingDirectory() {
    }

    /** Moves {@code from} onto {@code to}, replacing it; atomically where the file system allows. */
    public static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code dir} and everything in it; a failure is logged, since a leftover hidden directory is harmless. */
    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot remove the staging directory {}: {}", dir, e.getMessage());
        }
    }
}
