package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;

/** B2: RNN decision time by contrast, correctness and concordance. */
public final class BehavRnnDtsPerTrialByStrengthCorrectConcordantFigure extends BehaviourFigureBase {

    public BehavRnnDtsPerTrialByStrengthCorrectConcordantFigure() {
        super("behav_rnn_dts_per_trial_by_strength_correct_concordant",
                "RNN steps per trial by contrast, correctness and concordance",
                "How does the RNN's decision time depend on contrast, correctness and whether the trial side matches"
                        + " the block side?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        return DtsByCorrectConcordant.plot(BehaviourTrials.rnn(ctx), "", HouseStyle.CORRECT, HouseStyle.INCORRECT);
    }
}
