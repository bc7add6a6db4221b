package org.iblrnn.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ibl-rnn train}: options become Params; the work is {@link org.iblrnn.train.TrainingRun}'s. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a network on the IBL task by backpropagation through whole sessions.",
                "Writes runs/<run id>/ with params.json, logging.log, TensorBoard events and checkpoints;",
                "prints the run directory at the end. On SIGTERM it checkpoints the last finished step and exits 143."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainOptions options;

    @Override
    public Integer call() throws Exception {
        TrainOptions.Trained t = options.train(spec.commandLine().getOut());
        spec.commandLine().getOut().println(t.dir());
        return t.stopped() ? ExitCodes.TERMINATED : ExitCodes.OK;
    }
}
