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
                new TaskBlockSideTrialSideByTrialNumber(),
                new TaskStimuliByBlockSide(),
                new TaskStimuliByCorrectTrialSide(),
                new TaskStimuliAndModelProbInFirstNTrials(),
                new BehavDtsPerTrialByStrength(),
                new BehavRnnDtsPerTrialByStrengthCorrectConcordant(),
                new BehavProbCorrectActionByDtsWithinTrial(),
                new BehavProbCorrectActionByTrialWithinBlock(),
                new BehavProbCorrectActionByTrialWithinBlockZeroContrast(),
                new BehavProbCorrectActionByZeroContrastTrialWithinBlock(),
                new BehavProbCorrectByStrengthConcordant(),
                new BehavProbCorrectSlopeInterceptByPrevBlockDuration(),
                new BehavRewardRate(),
                new BehavRightActionBySignedContrast(),
                new BehavTrialOutcomeByTrialStrength(),
                new TaskBlockInferenceMultipleBlocks(),
                new TaskBlockInferenceSingleBlock(),
                new BehavBayesianDtsPerTrialByStrengthCorrectConcordant());
    }
}
