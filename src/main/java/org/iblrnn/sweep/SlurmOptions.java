package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.util.Optional;

/**
 * The resources each array task asks SLURM for; empty means "the cluster's default".
 *
 * @param partition {@code --partition}
 * @param time      {@code --time}, SLURM's format ({@code 2:00:00}, {@code 1-00:00:00}); tasks get SIGTERM 120 s
 *                  before it and checkpoint, and are requeued
 * @param mem       {@code --mem} per task ({@code 4G})
 * @param cpus      {@code --cpus-per-task}
 */
public record SlurmOptions(Optional<String> partition, Optional<String> time, Optional<String> mem, Optional<Integer> cpus) {

    public SlurmOptions {
        check("--partition", partition);
        check("--time", time);
        check("--mem", mem);
        if (cpus.isPresent() && cpus.get() < 1) {
            throw new InvalidInputException("--cpus " + cpus.get() + " must be at least 1");
        }
    }

    public static SlurmOptions defaults() {
        return new SlurmOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void check(String option, Optional<String> value) {
        if (value.isPresent() && !value.get().matches("[A-Za-z0-9_.,:+-]+")) {
            throw new InvalidInputException(option + " '" + value.get() + "' may contain only letters, digits and"
                    + " _ . , : + - (it goes into an #SBATCH line)");
        }
    }
}
