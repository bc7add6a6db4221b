package org.iblrnn.figures.compare;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.iblrnn.analysis.behaviour.GroupedStats;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.CurveUnit;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * The original's C1 across any runs: accuracy by signed contrast on concordant (solid) and discordant (dashed) trials,
 * one colour per run or configuration, mean ± SEM bands. The wider the two curves of a network part at zero contrast,
 * the more it uses the block prior.
 */
final class CompareProbCorrectByStrengthConcordantFigure extends CompareFigureBase {

    CompareProbCorrectByStrengthConcordantFigure() {
        super("compare_prob_correct_by_strength_concordant", "Accuracy by contrast, concordant vs discordant, per network",
                "Which networks use the block prior, and how strongly: accuracy against signed contrast when the trial"
                        + " side agrees (solid) or disagrees (dashed) with the block?");
    }

    @Override
    public Optional<String> skipReason(CompareData data) {
        return CompareFigures.noCurves(data);
    }

    @Override
    public Drawable render(CompareData data) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN + 1, HouseStyle.SINGLE_HEIGHT_IN + 0.5)
                .xLabel("Signed Stimulus Contrast").yLabel("# Correct / # Trials");
        List<CurveUnit> units = data.curveUnits();
        for (int u = 0; u < units.size(); u++) {
            Color c = CompareFigures.color(u);
            for (boolean concordant : new boolean[] {true, false}) {
                GroupedStats s = units.get(u).accuracyBySignedStrength(concordant);
                Line l = Line.of(s.keys(), s.mean()).sem(s.sem()).color(c).marker(2).width(1f)
                        .label(units.get(u).label());
                p.add(concordant ? l : l.dashed());
            }
        }
        double[] nan = {Double.NaN};
        p.add(Line.of(nan, nan).color(Color.BLACK).width(1f).label("Concordant"));
        p.add(Line.of(nan, nan).color(Color.BLACK).width(1f).dashed().label("Discordant"));
        return p.legend().legendMarkerScale(0.5);
    }
}
