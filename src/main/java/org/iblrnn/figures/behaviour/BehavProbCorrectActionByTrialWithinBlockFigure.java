package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;

/** B4: accuracy by trial within block (post-switch recovery). */
public final class BehavProbCorrectActionByTrialWithinBlockFigure extends BehaviourFigureBase {

    public BehavProbCorrectActionByTrialWithinBlockFigure() {
        super("behav_prob_correct_action_by_trial_within_block", "Accuracy by trial within block",
                "How quickly does accuracy recover after a block switch (evidence of block inference)?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        return AccuracyByTrialWithinBlock.plot(BehaviourTrials.rnn(ctx), BehaviourTrials.observer(ctx),
                BehaviourTrials.actor(ctx), a -> AgentTrials.all()).yLim(0.5, 1.05).yLabel("# Correct / # Trials");
    }
}
