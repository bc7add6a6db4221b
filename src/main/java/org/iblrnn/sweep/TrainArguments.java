package org.iblrnn.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ibl-rnn train} command lines a sweep runs. Relies on two train options: {@code --run-dir DIR} (use
 * exactly this directory, so re-running a sweep finds the run) and {@code --resume DIR} (continue from the newest
 * checkpoint exactly).
 */
public final class TrainArguments {

    private TrainArguments() {
    }

    /** {@code train --run-dir DIR [--config F] --set k=v ...}. */
    public static List<String> start(Path runDir, Path config, List<String> overrides) {
        List<String> args = new ArrayList<>(List.of("train", "--run-dir", runDir.toString()));
        if (config != null) {
            args.add("--config");
            args.add(config.toString());
        }
        for (String o : overrides) {
            args.add("--set");
            args.add(o);
        }
        return List.copyOf(args);
    }

    /** {@code train --resume DIR}. */
    public static List<String> resume(Path runDir) {
        return List.of("train", "--resume", runDir.toString());
    }
}
