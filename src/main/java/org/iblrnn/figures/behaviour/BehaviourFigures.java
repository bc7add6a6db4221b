package org.iblrnn.figures.behaviour;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;

/** The task (T1–T4), behaviour (B1–B11) and observer-comparison (O1–O3) figures in report order. */
public final class BehaviourFigures {

    private BehaviourFigures() {
    }

    /** T1–T4, B1–B11, O1–O3 (18 figures). */
    public static List<Figure<AnalysisContext>> all() {
        return List.of(
                new TaskBlockSideTrialSideByTrialNumberFigure(),
                new TaskStimuliByBlockSideFigure(),
                new TaskStimuliByCorrectTrialSideFigure(),
                new TaskStimuliAndModelProbInFirstNTrialsFigure(),
                new BehavDtsPerTrialByStrengthFigure(),
                new BehavRnnDtsPerTrialByStrengthCorrectConcordantFigure(),
                new BehavProbCorrectActionByDtsWithinTrialFigure(),
                new BehavProbCorrectActionByTrialWithinBlockFigure(),
                new BehavProbCorrectActionByTrialWithinBlockZeroContrastFigure(),
                new BehavProbCorrectActionByZeroContrastTrialWithinBlockFigure(),
                new BehavProbCorrectByStrengthConcordantFigure(),
                new BehavProbCorrectSlopeInterceptByPrevBlockDurationFigure(),
                new BehavRewardRateFigure(),
                new BehavRightActionBySignedContrastFigure(),
                new BehavTrialOutcomeByTrialStrengthFigure(),
                new TaskBlockInferenceMultipleBlocksFigure(),
                new TaskBlockInferenceSingleBlockFigure(),
                new BehavBayesianDtsPerTrialByStrengthCorrectConcordantFigure());
    }
}
