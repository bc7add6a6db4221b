package org.iblrnn.train;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iblrnn.config.Params;

/**
 * A run's directory: everything a run writes lives here (params.json, logging.log, TensorBoard events,
 * checkpoints, analyze/). Names are the original's run id made safe for every file system.
 */
public final class RunDirectory {

    public static final String PARAMS_FILE = "params.json";
    public static final String LOG_FILE = "logging.log";
    private static final Pattern CHECKPOINT = Pattern.compile("checkpoint_grad_steps=(\\d+)\\.safetensors");

    private final Path dir;

    private RunDirectory(Path dir) {
        this.dir = dir;
    }

    /** Wraps an existing run directory (it must exist). */
    public static RunDirectory existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new InvalidInputException("run directory " + dir + " is not a directory (give the directory printed"
                        + " by 'ibl-rnn train', not a file in it)");
            }
            throw new InvalidInputException("run directory " + dir + " does not exist (give the path printed by 'ibl-rnn train')");
        }
        return new RunDirectory(dir);
    }

    /**
     * Creates a new run directory under {@code runsDir}: {@code <arch>_max_stim_strength=<x>_hidden_size=<H>_<start time>}
     * (the original's id, with ", " replaced by "_" and the time without spaces or colons). A numeric suffix
     * keeps two runs started in the same second apart.
     */
    public static RunDirectory create(Path runsDir, Params params, LocalDateTime start) {
        String base = runId(params, start);
        try {
            Files.createDirectories(runsDir);
            for (int i = 0; ; i++) {
                Path candidate = runsDir.resolve(i == 0 ? base : base + "-" + i);
                try {
                    Files.createDirectory(candidate);
                    return new RunDirectory(candidate);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(org.iblrnn.io.IoErrors.creatingDirectory(runsDir, e), e);
        }
    }

    /** The run id of the original ({@code rnn, max_stim_strength=2.5, hidden_size=50}) in a file-system-safe form. */
    public static String runId(Params params, LocalDateTime start) {
        return params.model().architecture().key() + "_max_stim_strength=" + formatNumber(params.env().maxStimulusStrength())
                + "_hidden_size=" + params.model().hiddenSize() + "_"
                + start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss"));
    }

    private static String formatNumber(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) + ".0" : String.valueOf(x);
    }

    public Path path() {
        return dir;
    }

    public Path paramsFile() {
        return dir.resolve(PARAMS_FILE);
    }

    public Path logFile() {
        return dir.resolve(LOG_FILE);
    }

    public Path checkpointFile(long step) {
        return dir.resolve("checkpoint_grad_steps=" + step + ".safetensors");
    }

    /** Checkpoints by step, ascending (the step is read from the name, not from file times). */
    public List<CheckpointRef> checkpoints() {
        List<CheckpointRef> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                Matcher m = CHECKPOINT.matcher(p.getFileName().toString());
                if (m.matches()) {
                    out.add(new CheckpointRef(Long.parseLong(m.group(1)), p));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + org.iblrnn.io.IoErrors.reason(e), e);
        }
        out.sort(Comparator.comparingLong(CheckpointRef::step));
        return out;
    }

    /**
     * The checkpoint {@code file} as one of this run's checkpoints.
     *
     * @throws InvalidInputException if it is not a checkpoint_grad_steps=N.safetensors file in this directory
     */
    public CheckpointRef checkpointRef(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (CheckpointRef ref : checkpoints()) {
            if (ref.file().toAbsolutePath().normalize().equals(abs)) {
                return ref;
            }
        }
        throw new InvalidInputException("--checkpoint " + file + " is not one of the checkpoints of " + dir
                + " (give one of its checkpoint_grad_steps=<n>.safetensors files)");
    }

    /** The newest checkpoint, if any. */
    public Optional<CheckpointRef> newestCheckpoint() {
        List<CheckpointRef> all = checkpoints();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** A checkpoint file and the gradient step whose result it holds. */
    public record CheckpointRef(long step, Path file) {
    }
}
