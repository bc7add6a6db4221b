package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked for: where runs go, which base config, which common overrides, which grid.
 *
 * @param runsDir         parent of the sweep folder ({@code --runs-dir}, default {@code runs})
 * @param name            the sweep's name; its folder is {@code <runsDir>/sweep-<name>}
 * @param config          {@code --config} params.json every run starts from (default: the paper's parameters)
 * @param commonOverrides {@code --set key=value} assignments shared by every run, applied before the grid's
 * @param grid            the configurations
 */
public record SweepSpec(Path runsDir, String name, Optional<Path> config, List<String> commonOverrides, SweepGrid grid) {

    public SweepSpec {
        commonOverrides = List.copyOf(commonOverrides);
        if (!name.matches("[A-Za-z0-9._+-]+") || name.startsWith(".")) {
            throw new InvalidInputException("--name '" + name + "' must consist of letters, digits, '.', '+', '-', '_'"
                    + " and not start with '.' (it becomes a directory name)");
        }
    }

    /** The default sweep name: the grid's labels joined by {@code -}, e.g. {@code hidden_size-seed}. */
    public static String defaultName(SweepGrid grid) {
        return String.join("-", grid.axes().stream().map(GridAxis::shortKey).toList());
    }

    /** {@code <runsDir>/sweep-<name>}: holds the run directories, logs/, tasks/ and the SLURM script. */
    public Path sweepDir() {
        return runsDir.resolve("sweep-" + name);
    }
}
