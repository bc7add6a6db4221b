package org.iblrnn.behaviour;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared IBL mouse data by walking up from the working directory; never skips. */
final class MouseData {

    static final String RELATIVE = "shared/data/ibl-mice-may2020";

    private MouseData() {
    }

    static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("mouse data not found: no '" + RELATIVE + "' in " + start
                + " or any parent directory (tests need the shared IBL data; do not copy it into the repo)");
    }
}
