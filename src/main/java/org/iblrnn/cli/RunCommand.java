package org.iblrnn.cli;

import java.util.concurrent.Callable;
import org.iblrnn.report.AnalysisReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ibl-rnn run}: train (the paper's configuration unless told otherwise), then analyze. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train then analyze: the paper end to end. Takes the options of train and analyze."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainOptions train;

    @Mixin
    AnalyzeOptionsMixin analyze;

    @Override
    public Integer call() throws Exception {
        analyze.validate();
        TrainOptions.Trained t = train.train(spec.commandLine().getOut());
        if (t.stopped()) {
            spec.commandLine().getOut().println(t.dir());
            return ExitCodes.TERMINATED;
        }
        AnalysisReport.Result r = analyze.analyse(t.dir(), null);
        spec.commandLine().getOut().println(r.dir());
        return ExitCodes.OK;
    }
}
