package org.iblrnn.figures.compare;

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
 * The original's C2 across any runs: accuracy by trial within block (1-based), one colour per run or
 * configuration, mean ± SEM bands in the line's own colour (the original filled every band in the RNN blue). Shows
 * which networks dip after a block switch and how fast they recover.
 */
final class CompareProbCorrectByTrialWithinBlockFigure extends CompareFigureBase {

    CompareProbCorrectByTrialWithinBlockFigure() {
        super("compare_prob_correct_by_trial_within_block", "Accuracy by trial within block, per network",
                "Which networks show the post-switch accuracy dip and recovery of block inference, and how fast do they"
                        + " recover?");
    }

    @Override
    public Optional<String> skipReason(CompareData data) {
        return CompareFigures.noCurves(data);
    }

    @Override
    public Drawable render(CompareData data) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN + 1, HouseStyle.SINGLE_HEIGHT_IN + 0.5)
                .xLabel("Trial Within Block").yLabel("# Correct / # Trials").xLim(0, 101);
        List<CurveUnit> units = data.curveUnits();
        for (int u = 0; u < units.size(); u++) {
            GroupedStats s = units.get(u).accuracyByTrialWithinBlock().shiftKeys(1);
            p.add(Line.of(s.keys(), s.mean()).sem(s.sem()).color(CompareFigures.color(u)).marker(1).width(1f)
                    .label(units.get(u).label()));
        }
        return p.legend().legendMarkerScale(0.5);
    }
}
