package org.iblrnn.cli;

import org.iblrnn.io.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iblrnn.behaviour.BehaviourJson;
import org.iblrnn.behaviour.BehaviourMetrics;
import org.iblrnn.behaviour.IblCsv;
import org.iblrnn.behaviour.IblTrials;
import org.iblrnn.behaviour.MiceSummary;
import org.iblrnn.behaviour.StimulusUnit;
import org.iblrnn.figures.mice.BehaviourData;
import org.iblrnn.figures.mice.MiceFigures;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.InputFiles;
import org.iblrnn.io.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ibl-rnn behaviour}: behavioural metrics and figures of IBL-format trials, mice or exported agents alike.
 * Every input is read and checked before anything is written, so bad input leaves no partial output.
 */
@Command(name = "behaviour", mixinStandardHelpOptions = true,
        description = {"Behavioural metrics and figures of IBL-format trial CSVs (mouse data or 'ibl-rnn export' files).",
                "A directory contributes its *.csv and *.csv.gz files except *_endtrain.csv[.gz]; files are read as",
                "given (*.gz gunzipped).",
                "Writes <out>/behaviour-metrics.json and one PNG per figure.",
                "Example: ibl-rnn behaviour ibl-mice-may2020/ --out behaviour"})
public final class BehaviourCommand implements Callable<Integer> {

    /** Name of the metrics file written into --out. */
    public static final String METRICS_FILE = "behaviour-metrics.json";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories of trial CSVs, or CSV files (optionally gzipped).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("behaviour");

    @Option(names = "--stimulus", paramLabel = "UNIT",
            description = "What the contrast column holds: contrast (mice), strength (exported agents) or auto "
                    + "(strength when some value exceeds 1; default: ${DEFAULT-VALUE}).")
    String stimulus = "auto";

    @Option(names = "--summary-out", paramLabel = "FILE",
            description = "Also write the mice summary JSON used by 'analyze' (mouse data only), e.g. "
                    + "src/main/resources/org/iblrnn/behaviour/" + MiceSummary.RESOURCE + ".")
    Path summaryOut;

    @Option(names = "--dpi", paramLabel = "DPI", description = "Figure resolution (default: ${DEFAULT-VALUE}).")
    double dpi = 300;

    @Override
    public Integer call() throws Exception {
        if (!(dpi > 0) || dpi > 1200) {
            throw new InvalidInputException("--dpi must be in (0, 1200] but was " + dpi);
        }
        InputFiles.requireDirectoryOrAbsent(out, "--out");
        if (summaryOut != null) {
            InputFiles.requireFileOrAbsent(summaryOut, "--summary-out");
        }
        List<Path> files = IblCsv.resolvePaths(paths);
        IblTrials trials;
        try {
            trials = IblCsv.read(files);
        } catch (OutOfMemoryError e) {
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            throw new HeapMemory.Exhausted("reading " + files.size() + " CSV file(s) of " + HeapMemory.size(bytes)
                    + " in all", e);
        }
        StimulusUnit unit = "auto".equals(stimulus) ? StimulusUnit.detect(trials) : StimulusUnit.fromKey(stimulus);
        if (summaryOut != null && unit != StimulusUnit.CONTRAST_PERCENT) {
            throw new InvalidInputException("--summary-out summarises mouse data, but the trials are on the '"
                    + unit.key() + "' axis; drop --summary-out or give the mouse CSVs");
        }
        BehaviourMetrics metrics = BehaviourMetrics.compute(trials, unit);
        ObjectMapper json = BehaviourJson.mapper();
        ObjectNode root = json.createObjectNode();
        root.putPOJO("sources", trials.sources());
        root.setAll((ObjectNode) json.valueToTree(metrics));
        String text = json.writeValueAsString(root) + "\n";

        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(IoErrors.creatingDirectory(out, e), e);
        }
        AtomicFiles.removeLeftovers(out);
        AtomicFiles.writeString(out.resolve(METRICS_FILE), text);
        PrintWriter o = spec.commandLine().getOut();
        if (summaryOut != null) {
            new MiceSummary(MiceSummary.DESCRIPTION, trials.sources().size(), metrics).write(summaryOut);
            o.println("summary: " + summaryOut);
        }
        String name = trials.sources().size() == 1 ? trials.sources().get(0)
                : trials.sources().size() + (unit == StimulusUnit.CONTRAST_PERCENT ? " mice" : " subjects");
        List<FigureOutcome> outcomes = new FigureRenderer<BehaviourData>(dpi)
                .renderAll(MiceFigures.behaviourRegistry(), new BehaviourData(name, metrics), out);
        o.printf("%d trials from %d file(s), %d analysed; accuracy %.3f%n", metrics.trials(), files.size(),
                metrics.analysedTrials(), metrics.correctByTotalTrials());
        o.println("metrics: " + out.resolve(METRICS_FILE));
        int failed = 0;
        for (FigureOutcome f : outcomes) {
            if (f.ok()) {
                o.println("figure: " + f.file());
            } else {
                failed++;
                spec.commandLine().getErr().println("ibl-rnn: figure " + f.stem() + " failed: " + f.message());
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }
}
