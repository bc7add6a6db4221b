package org.iblrnn.figures.reduced;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;

/** The circuit (M1, M2, M4, M5), RADD (R1–R8), small-model (D1, D2) and comparison (C1, C2) figures in report order. */
public final class ReducedFigures {

    private ReducedFigures() {
    }

    /** 16 figures. */
    public static List<Figure<AnalysisContext>> all() {
        return List.of(
                new ModelEffectiveCircuitFigure(),
                new ModelRecurrentWeightDistributionsFigure(),
                new ModelRecurrentWeightAvgByClusterFigure(),
                new ModelRecurrentWeightByClusterFigure(),
                new RaddBehavProbCorrectByStrengthConcordantFigure(),
                new RaddBehavProbCorrectByTrialWithinBlockFigure(),
                new RaddStateSpaceDistanceDecoherenceFigure(),
                new RaddStateSpaceEffectOfObsAlongTaskAlignedVectorsFigure(),
                new RaddStateSpaceProjectionOnRightBlockVectorByTrialWithinBlockFigure(),
                new RaddStateSpaceTrajectoriesWithinBlockFigure(),
                new RaddStateSpaceTrajectoriesWithinTrialFigure(),
                new RaddStateSpaceVectorFieldsIdealFigure(),
                new TwoUnitTaskTrainedStateSpaceVectorFieldsIdealFigure(),
                new TraditionallyDistilledStateSpaceVectorFieldsIdealFigure(),
                new CompareAllRnnsProbCorrectByStrengthConcordantFigure(),
                new CompareAllRnnsProbCorrectByTrialWithinBlockFigure());
    }
}
