package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.similarity.SimilarityResult;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HeatmapPlot;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.TextAnchor;

/**
 * Linear CKA (left) and SVCCA (right) between every pair of networks and the Bayesian observer, on the hidden
 * states at the trial ends of one common session; rows grouped by configuration (for an architecture sweep, by
 * architecture), group boundaries drawn as white lines, values written in the cells when there are few networks.
 * When the runs have step-0 checkpoints a second row shows the same for them: the similarity the inputs alone give,
 * against which the trained values must be read.
 */
final class CompareSimilarityCkaFigure extends CompareSimilarityFigureBase {

    /** Above this many rows the cell values are not written (they would not fit). */
    static final int MAX_ANNOTATED = 16;

    CompareSimilarityCkaFigure() {
        super("compare_similarity_cka", "Representational similarity between networks (CKA, SVCCA)",
                "Do networks of the same architecture represent the task alike, and which are closest to the Bayesian"
                        + " observer's belief? Hidden states (h) at the trial ends of one common session: the Bayesian"
                        + " actor plays it and its inputs are fed open-loop to every network. Observer = [block belief,"
                        + " stimulus belief] at the same steps. 0: unrelated, 1: identical up to rotation and scale.");
    }

    @Override
    public Drawable render(CompareData data) {
        SimilarityResult s = data.similarityResult().orElseThrow();
        List<String> labels = shortLabels(s);
        boolean baseline = hasOffDiagonal(s.ckaInitial());
        String when = baseline ? ", trained" : "";
        HeatmapPlot cka = matrix(s.cka(), labels, s.groups()).title("Linear CKA" + when, HouseStyle.FONT_SIZE)
                .colorBarLabel("CKA");
        HeatmapPlot svcca = matrix(s.svcca(), labels, s.groups()).title("SVCCA (mean canonical correlation)" + when,
                HouseStyle.FONT_SIZE).colorBarLabel("SVCCA");
        double side = Math.max(4.8, 1.8 + 0.6 * labels.size());
        if (!baseline) {
            return new Grid(1, 2).set(0, 0, cka).set(0, 1, svcca).size(2 * side + 1.2, side);
        }
        HeatmapPlot cka0 = matrix(s.ckaInitial(), labels, s.groups())
                .title("Linear CKA, start of training (step-0 checkpoints)", HouseStyle.FONT_SIZE).colorBarLabel("CKA");
        HeatmapPlot svcca0 = matrix(s.svccaInitial(), labels, s.groups())
                .title("SVCCA, start of training (step-0 checkpoints)", HouseStyle.FONT_SIZE).colorBarLabel("SVCCA");
        return new Grid(2, 2).set(0, 0, cka).set(0, 1, svcca).set(1, 0, cka0).set(1, 1, svcca0)
                .size(2 * side + 1.2, 2 * side + 0.4);
    }

    /** Whether any pair of distinct rows has a finite value. */
    static boolean hasOffDiagonal(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j && Double.isFinite(m[i][j])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static HeatmapPlot matrix(double[][] m, List<String> labels, List<String> groups) {
        String[] names = labels.toArray(String[]::new);
        HeatmapPlot p = new HeatmapPlot(m).colorMap(ColorMap.VIRIDIS).limits(0, 1).xNames(names).yNames(names)
                .aspect(HeatmapPlot.Aspect.EQUAL_BOX);
        int n = m.length;
        for (int i = 1; i < n; i++) {
            if (!groups.get(i).equals(groups.get(i - 1))) {
                p.hLine(i - 0.5, Color.WHITE, HouseStyle.solid(1.5f)).vLine(i - 0.5, Color.WHITE,
                        HouseStyle.solid(1.5f));
            }
        }
        if (n <= MAX_ANNOTATED) {
            float size = n <= 10 ? 7f : 5.5f;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = m[i][j];
                    String t = Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
                    p.text(j, i, t, v > 0.6 ? Color.BLACK : Color.WHITE, size, 0, TextAnchor.CENTER);
                }
            }
        }
        return p;
    }
}
