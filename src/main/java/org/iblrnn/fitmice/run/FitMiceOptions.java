package org.iblrnn.fitmice.run;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code fit-mice} was asked to do.
 *
 * @param paths   mouse CSVs or directories of them
 * @param out     the output directory
 * @param models  the models asked for (empty: every available one)
 * @param folds   leave-sessions-out folds per mouse
 * @param seed    the seed every fit's randomness derives from
 * @param taskRun the task-trained run for {@code task_rnn}, if any
 * @param threads fits run at a time on this machine
 * @param fitOnly fit and save the per-mouse results only, without the group outputs (what SLURM tasks do)
 * @param dpi     figure resolution
 */
public record FitMiceOptions(List<Path> paths, Path out, List<String> models, int folds, long seed,
                             Optional<Path> taskRun, int threads, boolean fitOnly, double dpi) {

    public FitMiceOptions {
        paths = List.copyOf(paths);
        models = List.copyOf(models);
        if (paths.isEmpty()) {
            throw new InvalidInputException("give at least one mouse CSV or directory of them");
        }
        if (folds < 2) {
            throw new InvalidInputException("--folds " + folds + " must be at least 2 (fit on some sessions, score"
                    + " on the others)");
        }
        if (threads < 1) {
            throw new InvalidInputException("--local " + threads + " must be at least 1 (fits at a time)");
        }
        if (!(dpi > 0) || dpi > 1200) {
            throw new InvalidInputException("--dpi must be in (0, 1200] but was " + dpi);
        }
    }

    public ChoiceModels.Options modelOptions() {
        return new ChoiceModels.Options(taskRun);
    }
}
