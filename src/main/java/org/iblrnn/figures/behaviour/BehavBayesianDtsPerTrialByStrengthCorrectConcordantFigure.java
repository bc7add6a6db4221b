package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.HouseStyle;

/** O3: the Bayesian actor's decision time by contrast, correctness and concordance (reference for B2). */
public final class BehavBayesianDtsPerTrialByStrengthCorrectConcordantFigure extends BehaviourFigureBase {

    public BehavBayesianDtsPerTrialByStrengthCorrectConcordantFigure() {
        super("behav_bayesian_dts_per_trial_by_strength_correct_concordant",
                "Bayesian actor steps per trial by contrast, correctness and concordance",
                "How does the Bayesian actor's decision time depend on contrast, correctness and concordance"
                        + " (reference for the RNN's)?", OBSERVERS);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        return DtsByCorrectConcordant.plot(BehaviourTrials.actor(ctx), "Bayesian Actor ", HouseStyle.IDEAL_CORRECT,
                HouseStyle.IDEAL_INCORRECT);
    }
}
