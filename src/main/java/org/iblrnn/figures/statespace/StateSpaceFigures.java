package org.iblrnn.figures.statespace;

import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;

/** The state-space, fixed-point and vector-field figures, in report order. */
public final class StateSpaceFigures {

    private StateSpaceFigures() {
    }

    /** O4, O5, M3, S1–S7, FP1, FP2, VF1, VF2. */
    public static List<Figure<AnalysisContext>> all() {
        return List.of(
                new StateSpaceProjectionOnRightBlockVectorByTrialWithinBlockFigure(),
                new StateSpaceProjectionOnRightTrialVectorByDtsWithinTrialFigure(),
                new ModelHiddenUnitFractionVarExplainedFigure(),
                new StateSpaceTrajectoriesWithinTrialFigure(),
                new StateSpaceTrajectoriesWithinBlockFigure(),
                new StateSpaceTrajectoriesDifferentBlockSameStimuliFigure(),
                new StateSpaceTrialsByClassifierFigure(),
                new StateSpaceEffectOfObsAlongTaskAlignedVectorsFigure(),
                new StateSpaceEffectOfFeedbackAlongTaskAlignedVectorsFigure(),
                new StateSpaceEffectOfFeedbackAlongTaskAlignedVectorsBySideFigure(),
                new StateSpaceFixedPointSearchFigure(),
                new StateSpaceFixedPointBasinsOfAttractionFigure(),
                new StateSpaceVectorFieldsIdealFigure(),
                new StateSpaceVectorFieldsRealFigure());
    }
}
