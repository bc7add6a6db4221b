package org.iblrnn.report;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code analyze} should do.
 *
 * @param runDir     the run directory to analyse
 * @param checkpoint a checkpoint file, or null for the run's newest
 * @param blocks     blocks of the analysis session (the paper: 1000)
 * @param seed       root seed of the analysis' random streams, or null for the run's run.seed
 * @param dpi        PNG resolution
 * @param only       figure stems to render (empty: all)
 * @param miceData   a directory of IBL mouse CSVs, or null for the shipped May 2020 summary
 * @param twoUnitRun a run directory of a task-trained 2-unit network, or null to train one
 * @param distillationSteps gradient steps of the traditional distillation
 * @param twoUnitSteps      gradient steps of the 2-unit network when analyze trains it
 */
public record AnalyzeOptions(Path runDir, Path checkpoint, int blocks, Long seed, double dpi, List<String> only,
                             Path miceData, Path twoUnitRun, int distillationSteps, int twoUnitSteps) {

    public AnalyzeOptions {
        if (blocks < 1) {
            throw new InvalidInputException("--blocks must be >= 1 but was " + blocks);
        }
        if (!(dpi >= 10 && dpi <= 1200)) {
            throw new InvalidInputException("--dpi must be within [10, 1200] but was " + dpi);
        }
        only = List.copyOf(only);
    }

    public static AnalyzeOptions defaults(Path runDir) {
        return new AnalyzeOptions(runDir, null, 1000, null, 300, List.of(), null, null,
                org.iblrnn.analysis.AnalysisSettings.DEFAULT_DISTILLATION_STEPS,
                org.iblrnn.analysis.AnalysisSettings.DEFAULT_TWO_UNIT_STEPS);
    }

    public AnalyzeOptions withBlocks(int b) {
        return new AnalyzeOptions(runDir, checkpoint, b, seed, dpi, only, miceData, twoUnitRun, distillationSteps, twoUnitSteps);
    }

    public AnalyzeOptions withDpi(double d) {
        return new AnalyzeOptions(runDir, checkpoint, blocks, seed, d, only, miceData, twoUnitRun, distillationSteps, twoUnitSteps);
    }

    public AnalyzeOptions withTrainingSteps(int distillation, int twoUnit) {
        return new AnalyzeOptions(runDir, checkpoint, blocks, seed, dpi, only, miceData, twoUnitRun, distillation, twoUnit);
    }

    public AnalyzeOptions withOnly(List<String> stems) {
        return new AnalyzeOptions(runDir, checkpoint, blocks, seed, dpi, stems, miceData, twoUnitRun, distillationSteps, twoUnitSteps);
    }
}
