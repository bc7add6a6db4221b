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
        return List.of(new BlockProjectionByTrialFigure(), new TrialProjectionByStepFigure(),
                new VarianceExplainedFigure(), new TrajectoriesWithinTrialFigure(), new TrajectoriesWithinBlockFigure(),
                new SameStimuliDifferentBlockFigure(), new TrialsByClassifierFigure(), new ObservationEffectFigure(),
                new FeedbackEffectFigure(), new FeedbackEffectBySideFigure(), new FixedPointSearchFigure(),
                new BasinsFigure(), new IdealVectorFieldFigure(), new RealVectorFieldFigure());
    }
}
