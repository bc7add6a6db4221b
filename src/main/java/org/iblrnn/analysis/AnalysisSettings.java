package org.iblrnn.analysis;

import java.nio.file.Path;

/**
 * Where an analysis may cache and find things outside the run.
 *
 * @param workDir    the analyze folder, where expensive products (distilled and 2-unit networks) are cached;
 *                   null disables caching (tests)
 * @param miceData   a directory of IBL mouse CSVs; null means the May 2020 summary shipped with ibl-rnn
 * @param twoUnitRun an existing run of a task-trained 2-unit network; null means train one (cached in workDir)
 */
public record AnalysisSettings(Path workDir, Path miceData, Path twoUnitRun) {

    /** No cache, shipped mouse summary, 2-unit network trained on demand. */
    public static AnalysisSettings none() {
        return new AnalysisSettings(null, null, null);
    }
}
