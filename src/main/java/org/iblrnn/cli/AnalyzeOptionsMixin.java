package org.iblrnn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.behaviour.IblCsv;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.InputFiles;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.IoErrors;
import org.iblrnn.report.AnalysisReport;
import org.iblrnn.report.AnalyzeOptions;
import org.iblrnn.train.RunDirectory;
import org.iblrnn.train.RunLock;
import picocli.CommandLine.Option;

/** The options of {@code analyze}, shared with {@code run}. */
public final class AnalyzeOptionsMixin {

    @Option(names = "--blocks", paramLabel = "N", description = "Blocks in the analysis session (default: ${DEFAULT-VALUE}, as the paper).")
    int blocks = 1000;

    @Option(names = "--dpi", paramLabel = "D", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    double dpi = 300;

    @Option(names = "--only", paramLabel = "STEM", split = ",", description = "Render only these figures (comma-separated stems).")
    List<String> only = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the analysis' random streams (default: the run's run.seed).")
    Long seed;

    @Option(names = "--mice-data", paramLabel = "DIR", description = "IBL mouse CSVs to compare with (default: the shipped May 2020 summary).")
    Path miceData;

    @Option(names = "--two-unit-run", paramLabel = "DIR", description = "A run of a task-trained 2-unit network (default: train one, cached).")
    Path twoUnitRun;

    @Option(names = "--distillation-steps", paramLabel = "N", description = "Steps of the traditional distillation (default: ${DEFAULT-VALUE}).")
    int distillationSteps = org.iblrnn.analysis.AnalysisSettings.DEFAULT_DISTILLATION_STEPS;

    @Option(names = "--two-unit-steps", paramLabel = "N", description = "Steps of the task-trained 2-unit network when analyze trains it (default: ${DEFAULT-VALUE}).")
    int twoUnitSteps = org.iblrnn.analysis.AnalysisSettings.DEFAULT_TWO_UNIT_STEPS;

    /**
     * Refuses impossible values and paths before any work: {@code run} calls it before training, so a typo in an
     * analyze option does not surface after hours of training, and {@code analyze} before simulating.
     *
     * @throws InvalidInputException naming the option
     */
    void validate() {
        if (distillationSteps < 1) {
            throw new InvalidInputException("--distillation-steps must be >= 1 but was " + distillationSteps);
        }
        if (twoUnitSteps < 1) {
            throw new InvalidInputException("--two-unit-steps must be >= 1 but was " + twoUnitSteps);
        }
        if (miceData != null) {
            InputFiles.requireDirectory(miceData, "--mice-data", "a folder of IBL trial *.csv or *.csv.gz files");
            if (IblCsv.listTrialFiles(miceData).isEmpty()) {
                throw new InvalidInputException("--mice-data " + miceData + " contains no *.csv or *.csv.gz file other"
                        + " than *" + IblCsv.ENDTRAIN_SUFFIX + " (give a folder of IBL trial CSVs)");
            }
        }
        if (twoUnitRun != null) {
            InputFiles.requireDirectory(twoUnitRun, "--two-unit-run", "a run directory written by 'ibl-rnn train'");
        }
    }

    AnalyzeOptions toOptions(Path runDir, Path checkpoint) {
        validate();
        return new AnalyzeOptions(runDir, checkpoint, blocks, seed, dpi, only, miceData, twoUnitRun, distillationSteps, twoUnitSteps);
    }

    /**
     * Runs analyze on {@code runDir} with these options. RUN_DIR/analyze is locked while it is written
     * ({@link RunLock}: a second analyze of the same run would overwrite the same files; training the run meanwhile
     * is fine, checkpoints are written atomically), and temporary files of a killed earlier analyze are removed.
     */
    @SuppressWarnings("try") // the lock is held for the try block
    AnalysisReport.Result analyse(Path runDir, Path checkpoint) throws IOException {
        AnalyzeOptions opt = toOptions(runDir, checkpoint);
        RunDirectory.existing(runDir);
        Path out = runDir.resolve(AnalysisReport.DIR);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(IoErrors.creatingDirectory(out, e), e);
        }
        try (RunLock lock = RunLock.acquire(out, "analyze")) {
            AtomicFiles.removeLeftovers(out);
            return AnalysisReport.run(opt);
        } catch (OutOfMemoryError e) {
            throw new HeapMemory.Exhausted("analysing " + runDir + " on a " + blocks + "-block session (--blocks)", e);
        }
    }
}
