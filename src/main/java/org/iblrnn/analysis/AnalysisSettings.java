package org.iblrnn.analysis;

import java.nio.file.Path;

/**
 * Where an analysis may cache and find things outside the run, and how long its own training takes.
 *
 * @param workDir           the analyze folder, where expensive products (distilled and 2-unit networks) are cached;
 *                          null disables caching (tests)
 * @param miceData          a directory of IBL mouse CSVs; null means the May 2020 summary shipped with ibl-rnn
 * @param twoUnitRun        an existing run of a task-trained 2-unit network; null means train one (cached in workDir)
 * @param distillationSteps gradient steps of the traditional distillation (the original: 10,001)
 * @param twoUnitSteps      gradient steps of the task-trained 2-unit network when it is trained here (30,001: its
 *                          accuracy plateaus by about 20,000)
 */
public record AnalysisSettings(Path workDir, Path miceData, Path twoUnitRun, int distillationSteps,
                               int twoUnitSteps) {

    public static final int DEFAULT_DISTILLATION_STEPS = 10001;
    public static final int DEFAULT_TWO_UNIT_STEPS = 30001;

    public AnalysisSettings {
        if (distillationSteps < 1 || twoUnitSteps < 1) {
            throw new IllegalArgumentException("distillation and 2-unit steps must be >= 1 but were "
                    + distillationSteps + " and " + twoUnitSteps);
        }
    }

    /** The given places with the default training lengths. */
    public AnalysisSettings(Path workDir, Path miceData, Path twoUnitRun) {
        this(workDir, miceData, twoUnitRun, DEFAULT_DISTILLATION_STEPS, DEFAULT_TWO_UNIT_STEPS);
    }

    /** No cache, shipped mouse summary, 2-unit network trained on demand, default training lengths. */
    public static AnalysisSettings none() {
        return new AnalysisSettings(null, null, null);
    }

    public AnalysisSettings withSteps(int distillation, int twoUnit) {
        return new AnalysisSettings(workDir, miceData, twoUnitRun, distillation, twoUnit);
    }
}
