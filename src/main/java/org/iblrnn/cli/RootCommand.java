package org.iblrnn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code ibl-rnn} command: lists the subcommands. */
@Command(name = "ibl-rnn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Train RNNs on the IBL mouse decision task and reverse-engineer them.",
        description = {"", "Examples:",
                "  ibl-rnn train --set run.num_grad_steps=2001",
                "  ibl-rnn train --resume runs/<run id>",
                "  ibl-rnn analyze runs/<run id>",
                "  ibl-rnn run                      (train the paper's network, then analyze it)",
                "  ibl-rnn sweep --grid model.kwargs.core_kwargs.hidden_size=2,50,100 --seeds 1-5 --local 2",
                "  ibl-rnn compare runs/sweep-hidden_size --analyze-missing",
                "  ibl-rnn fit-mice ibl-mice-may2020/ --out fits --local 2",
                "  ibl-rnn bench", ""},
        subcommands = {TrainCommand.class, AnalyzeCommand.class, RunCommand.class, org.iblrnn.sweep.SweepCommand.class,
                CompareCommand.class, BehaviourCommand.class, FitMiceCommand.class, ExportCommand.class,
                BenchCommand.class, HelpCommand.class})
public final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
