package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.figures.Notation;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/** Shared drawing of B2 and O3: steps per trial by signed contrast, split by correctness and concordance. */
final class DtsByCorrectConcordant {

    private DtsByCorrectConcordant() {
    }

    static LinePlot plot(AgentTrials a, String labelPrefix, Color correctColor, Color incorrectColor) {
        LinePlot p = new LinePlot().size(HouseStyle.SINGLE_WIDTH_IN, HouseStyle.SINGLE_HEIGHT_IN)
                .xLabel("Signed Stimulus Contrast").yLabel(Notation.STEPS_PER_TRIAL);
        for (boolean correct : new boolean[] {false, true}) {
            for (boolean concordant : new boolean[] {false, true}) {
                var c = a.correct(correct);
                var k = a.concordant(concordant);
                var stats = BehaviourCurves.stepsBySignedStrength(a, i -> c.test(i) && k.test(i));
                Line line = Curves.meanWithBand(stats).color(correct ? correctColor : incorrectColor).marker(2)
                        .label(labelPrefix + (correct ? "Correct" : "Incorrect") + ", "
                                + (concordant ? "Concordant" : "Discordant") + " Trials");
                p.add(concordant ? line : line.dashed());
            }
        }
        return p.legend().legendMarkerScale(0.1);
    }
}
