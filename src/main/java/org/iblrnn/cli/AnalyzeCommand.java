package org.iblrnn.cli;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iblrnn.figures.PaperFigures;
import org.iblrnn.report.AnalysisReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ibl-rnn analyze RUN_DIR}: all figures, report.pdf, metrics.json, session.npz. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a trained run: every figure, report.pdf, metrics.json and session.npz.",
                "Simulates a long session, computes observers, actors, the reverse-engineering products and the",
                "reduced models, and writes RUN_DIR/analyze/."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", arity = "0..1", description = "The run directory (printed by train).")
    Path runDir;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Analyse this checkpoint instead of the newest.")
    Path checkpoint;

    @Option(names = "--list", description = "List the figure stems and exit.")
    boolean list;

    @Mixin
    AnalyzeOptionsMixin options;

    @Override
    public Integer call() throws Exception {
        if (list) {
            PaperFigures.all().forEach(f -> spec.commandLine().getOut().println(f.stem() + "\t" + f.title()));
            return ExitCodes.OK;
        }
        if (runDir == null) {
            throw new InvalidInputException("analyze needs a RUN_DIR (the directory printed by 'ibl-rnn train')");
        }
        AnalysisReport.Result r = options.analyse(runDir, checkpoint);
        spec.commandLine().getOut().println(r.dir());
        return ExitCodes.OK;
    }
}
