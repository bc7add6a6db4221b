package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.List;
import org.iblrnn.compare.CompareFigure;
import org.iblrnn.figures.plot.HouseStyle;

/** The list of compare figures, in report order. */
public final class CompareFigures {

    /** Report section of every compare figure. */
    static final String SECTION = "Compare";

    private CompareFigures() {
    }

    /** Every compare figure; those of {@link #similarity()} (last) are drawn only with {@code --similarity}. */
    public static List<CompareFigure> all() {
        List<CompareFigure> all = new java.util.ArrayList<>(List.of(new CompareAccuracyByHiddenSizeFigure(), new CompareLearningCurvesFigure(),
                new CompareProbCorrectByStrengthConcordantFigure(), new CompareProbCorrectByTrialWithinBlockFigure()));
        all.addAll(similarity());
        return List.copyOf(all);
    }

    /** The figures of {@code compare --similarity}: CKA/SVCCA matrices, MDS, fixed-point topology table. */
    public static List<CompareFigure> similarity() {
        return List.of(new CompareSimilarityCkaFigure(), new CompareSimilarityMdsFigure(), new CompareFixedPointTopologyFigure());
    }

    /** The skip reason of the behaviour-curve figures: no run with analysis trials. */
    static java.util.Optional<String> noCurves(org.iblrnn.compare.CompareData data) {
        return data.curveUnits().isEmpty()
                ? java.util.Optional.of("no chosen run has analysis trials (analyse them, or use --analyze-missing)")
                : java.util.Optional.empty();
    }

    /** The i-th colour of matplotlib's default cycle (wrapping). */
    static Color color(int i) {
        return HouseStyle.CYCLE.get(Math.floorMod(i, HouseStyle.CYCLE.size()));
    }
}
