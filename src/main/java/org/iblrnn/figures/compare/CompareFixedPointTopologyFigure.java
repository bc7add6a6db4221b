package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.List;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.similarity.SimilarityResult;
import org.iblrnn.compare.similarity.SimilarityTables;
import org.iblrnn.compare.similarity.Topology;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HeatmapPlot;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.TextAnchor;

/**
 * The fixed-point topology of every network under each constant input, as a table: each cell reads "stable ·
 * saddles · other unstable | slow directions (slowest stable |λ|)" and is shaded by the number of stable points; NA marks a network whose
 * search was unavailable (the reason is in compare_topology.csv and compare.txt).
 */
final class CompareFixedPointTopologyFigure extends CompareSimilarityFigureBase {

    private static final ColorMap SHADE = ColorMap.ofHex("stable-count", 0xffffff, 0xdeebf7, 0x9ecae1, 0x4292c6);

    CompareFixedPointTopologyFigure() {
        super("compare_fixed_point_topology", "Fixed-point topology per network and input",
                "Do the networks share one dynamical solution: how many stable points, saddles and slow"
                        + " (line-attractor-like: eigenvalue modulus of at least " + (1 - Topology.SLOW_MARGIN)
                        + ") directions under each constant input?");
    }

    @Override
    public Drawable render(CompareData data) {
        SimilarityResult s = data.similarityResult().orElseThrow();
        List<String> conditions = SimilarityTables.conditions(s);
        List<String> labels = shortLabels(s).subList(0, s.networks().size());
        int rows = s.networks().size();
        double[][] stable = new double[rows][conditions.size()];
        String[][] cells = new String[rows][conditions.size()];
        for (int i = 0; i < rows; i++) {
            Topology t = s.networks().get(i).topology();
            for (int c = 0; c < conditions.size(); c++) {
                String key = conditions.get(c);
                Topology.ConditionTopology row = t.rows().stream().filter(r -> r.condition().equals(key)).findFirst()
                        .orElse(null);
                stable[i][c] = row == null ? Double.NaN : row.stable();
                cells[i][c] = row == null ? "NA" : row.cell();
            }
        }
        String[] columns = conditions.stream().map(CompareFixedPointTopologyFigure::columnName).toArray(String[]::new);
        HeatmapPlot p = new HeatmapPlot(stable).colorMap(SHADE).limits(0, 3).noColorBar().xNames(columns)
                .yNames(labels.toArray(String[]::new))
                .title("stable · saddles · other unstable | slow directions (slowest stable |λ|)"
                        + (s.networks().stream().allMatch(n -> n.topology().available()) ? ""
                        : "   (NA: search unavailable, reason in compare_topology.csv)"), HouseStyle.FONT_SIZE - 1);
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < conditions.size(); c++) {
                p.text(c, i, cells[i][c], cells[i][c].equals("NA") ? HouseStyle.NEUTRAL : Color.BLACK,
                        HouseStyle.FONT_SIZE - 2, 0, TextAnchor.CENTER);
            }
        }
        return p.size(1.6 + 1.45 * conditions.size(), 1.2 + 0.32 * rows);
    }

    /** "negative_feedback" → "neg. feedback"; short enough for a column. */
    static String columnName(String key) {
        return switch (key) {
            case "left_stimulus" -> "left stim";
            case "equal_stimulus" -> "equal stim";
            case "right_stimulus" -> "right stim";
            case "negative_feedback" -> "neg. feedback";
            case "no_stimulus" -> "no stim";
            case "positive_feedback" -> "pos. feedback";
            default -> key.replace('_', ' ');
        };
    }
}
