package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.similarity.SimilarityResult;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;
import org.iblrnn.figures.plot.TextAnchor;

/**
 * The networks as points in a plane whose distances approximate 1 − CKA (classical MDS), coloured by configuration
 * (by architecture for an architecture sweep), each labelled with its seed; the Bayesian observer is the black
 * diamond. Networks that solve the task alike sit together.
 */
final class CompareSimilarityMdsFigure extends CompareSimilarityFigureBase {

    /** Roughly the width of the axes in inches, for keeping the seed labels apart. */
    private static final double AXES_WIDTH_IN = HouseStyle.SINGLE_WIDTH_IN + 0.4;

    CompareSimilarityMdsFigure() {
        super("compare_similarity_mds", "Networks embedded by representational distance (MDS of 1 - CKA)",
                "Do networks cluster by architecture, and where does the Bayesian observer's belief sit among them?");
    }

    @Override
    public Drawable render(CompareData data) {
        SimilarityResult s = data.similarityResult().orElseThrow();
        double[][] xy = s.mds().coordinates();
        List<String> groups = s.groups();
        List<String> distinct = s.distinctGroups();
        double explained = s.mds().positiveMassExplained(2);
        LinePlot p = new LinePlot().xLabel("MDS 1").yLabel("MDS 2")
                .title(String.format(Locale.ROOT, "2 axes hold %.1f%% of the positive eigenvalue mass", 100 * explained),
                        HouseStyle.FONT_SIZE - 1)
                .size(HouseStyle.SINGLE_WIDTH_IN + 1.6, HouseStyle.SINGLE_WIDTH_IN)
                .aspect(LinePlot.Aspect.EQUAL_DATALIM);
        for (int g = 0; g < distinct.size(); g++) {
            String group = distinct.get(g);
            boolean observer = group.equals(SimilarityResult.OBSERVER);
            int count = (int) groups.stream().filter(group::equals).count();
            double[] x = new double[count];
            double[] y = new double[count];
            int k = 0;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).equals(group)) {
                    x[k] = xy[i][0];
                    y[k++] = xy[i][1];
                }
            }
            Color c = observer ? Color.BLACK : CompareFigures.color(g);
            p.add(Line.of(x, y).noLine().marker(observer ? Marker.DIAMOND : Marker.CIRCLE, observer ? 10 : 8)
                    .color(c).label(observer ? "Bayesian observer (diamond)" : groupValues(group)));
        }
        float size = HouseStyle.FONT_SIZE - 3;
        String[] labels = new String[s.networks().size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = String.valueOf(s.networks().get(i).seed());
        }
        SeedLabels.Placed[] placed = SeedLabels.place(xy, labels, size, AXES_WIDTH_IN);
        for (int i = 0; i < labels.length; i++) {
            p.text(placed[i].x(), placed[i].y(), labels[i], Color.DARK_GRAY, size, 0, placed[i].anchor());
        }
        return p.legend().legendMarkerScale(0.8);
    }
}
