package org.iblrnn.figures.behaviour;

import java.awt.Color;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.figures.plot.Marker;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/** T4: observations, the RNN's P(right) and the observer's posterior step by step in the first five trials. */
public final class TaskStimuliAndModelProbInFirstNTrialsFigure extends BehaviourFigureBase {

    static final int TRIALS = 5;

    public TaskStimuliAndModelProbInFirstNTrialsFigure() {
        super("task_stimuli_and_model_prob_in_first_n_trials", "Observations and P(right) within the first trials",
                "How do observations, the RNN's P(right) and the Bayesian observer's posterior evolve step by step"
                        + " within single trials?", TASK);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        SessionTable s = ctx.rnnSession();
        ObserverResult obs = ctx.get(BehaviourProducts.OBSERVER);
        TrialView t = s.trials();
        int n = Math.max(1, Math.min(TRIALS, t.size()));
        // wider than the original's 4 x 3 so that the five panels' titles and labels do not overlap
        Grid g = new Grid(1, n).size(8, 3).shareX().shareY();
        for (int i = 0; i < n; i++) {
            LinePlot p = new LinePlot().xLim(0, 12).xLabel("RNN Step In Trial")
                    .hLine(0.1, Color.BLACK, HouseStyle.solid(1.5f)).hLine(0.9, Color.BLACK, HouseStyle.solid(1.5f));
            if (i < t.size()) {
                int a = t.startRow(i);
                int len = t.stepsInTrial()[i];
                double[] x = new double[len];
                double[] l = new double[len];
                double[] r = new double[len];
                double[] pr = new double[len];
                double[] po = new double[len];
                for (int k = 0; k < len; k++) {
                    x[k] = s.rnnStepIndex()[a + k] + 1;
                    l[k] = s.leftStimulus()[a + k];
                    r[k] = s.rightStimulus()[a + k];
                    pr[k] = s.rightActionProb()[a + k];
                    po[k] = obs.stimulusPosteriorRight()[a + k];
                }
                p.title(String.format("%s, Strength %.2f", HouseStyle.sideName(t.side()[i]), t.strength()[i]), 8)
                        .add(Line.of(x, l).noLine().marker(Marker.PLUS, 6).color(HouseStyle.LEFT)
                                .label("Left Stimulus"))
                        .add(Line.of(x, r).noLine().marker(Marker.PLUS, 3).color(HouseStyle.RIGHT)
                                .label("Right Stimulus"))
                        .add(Line.of(x, pr).dashed().width(1).marker(2).color(HouseStyle.RIGHT)
                                .label("Model P(Right Action)"))
                        .add(Line.of(x, po).dashed().width(1).marker(2).color(Color.BLACK).label("Bayesian Observer"));
            }
            if (i == 0) {
                // the original's "Stimulus Contrast & Model P(Right Trial)" does not fit a 3-inch axis
                p.yLabel("Stimulus & P(Right Trial)");
            }
            if (i == n - 1) {
                p.legend().legendFontSize(5);
            }
            g.set(0, i, p);
        }
        return g;
    }
}
