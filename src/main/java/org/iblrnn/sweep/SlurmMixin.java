package org.iblrnn.sweep;

import java.time.Duration;
import org.iblrnn.io.InvalidInputException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that can run its work as a SLURM job array ({@code sweep}, {@code fit-mice}):
 * {@code --slurm}, waiting for the job, and the resources each task asks for.
 */
public final class SlurmMixin {

    @Option(names = "--slurm", description = "Write an sbatch script (one array task per pending unit of work) and "
            + "submit it with sbatch.")
    boolean slurm;

    @Option(names = "--wait", description = "With --slurm: wait until the job has left the queue, then report.")
    boolean waitForJob;

    @Option(names = "--partition", paramLabel = "P", description = "With --slurm: #SBATCH --partition.")
    String partition;

    @Option(names = "--time", paramLabel = "T",
            description = "With --slurm: #SBATCH --time per task (e.g. 1-00:00:00); tasks get SIGTERM 120 s before "
                    + "and are requeued.")
    String time;

    @Option(names = "--mem", paramLabel = "M", description = "With --slurm: #SBATCH --mem per task (e.g. 4G).")
    String mem;

    @Option(names = "--cpus", paramLabel = "C", description = "With --slurm: #SBATCH --cpus-per-task.")
    Integer cpus;

    @Option(names = "--poll-seconds", paramLabel = "S", defaultValue = "10",
            description = "With --wait: seconds between squeue polls (default: ${DEFAULT-VALUE}).")
    double pollSeconds;

    /** Whether --slurm was given. */
    public boolean enabled() {
        return slurm;
    }

    /** Whether --wait was given. */
    public boolean waitForJob() {
        return waitForJob;
    }

    /**
     * Checks the combination with {@code --local} and the SLURM-only options; returns the per-task resources.
     *
     * @param local whether --local was given
     */
    public SlurmOptions validate(boolean local) {
        if (slurm && local) {
            throw new InvalidInputException("--local and --slurm exclude each other (choose where the work runs)");
        }
        if (!slurm && (waitForJob || partition != null || time != null || mem != null || cpus != null)) {
            throw new InvalidInputException("--wait, --partition, --time, --mem and --cpus need --slurm");
        }
        if (!(pollSeconds > 0)) {
            throw new InvalidInputException("--poll-seconds " + pollSeconds + " must be > 0");
        }
        return new SlurmOptions(Optional.ofNullable(partition), Optional.ofNullable(time), Optional.ofNullable(mem),
                Optional.ofNullable(cpus));
    }

    /** The squeue polling interval of --wait. */
    public Duration poll() {
        return Duration.ofMillis(Math.round(pollSeconds * 1000));
    }
}
