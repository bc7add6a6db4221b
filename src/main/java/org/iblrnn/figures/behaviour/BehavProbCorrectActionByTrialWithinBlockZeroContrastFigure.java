package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.Drawable;

/**
 * B5: accuracy by trial within block on zero-contrast trials. Fixes the original's BUG whose actor filter
 * ({@code trial_end == 1 and trial_end == 0}) left the actor curve empty: the actor's zero-strength trials are used.
 */
public final class BehavProbCorrectActionByTrialWithinBlockZeroContrastFigure extends BehaviourFigureBase {

    public BehavProbCorrectActionByTrialWithinBlockZeroContrastFigure() {
        super("behav_prob_correct_action_by_trial_within_block_zero_contrast",
                "Zero-contrast accuracy by trial within block",
                "On zero-contrast trials, where only the block prior can help, how quickly does accuracy recover after"
                        + " a block switch?", BEHAVIOUR);
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        // two-line label of the original, on one line: the toolkit draws axis labels as single lines
        return AccuracyByTrialWithinBlock.plot(BehaviourTrials.rnn(ctx), BehaviourTrials.observer(ctx),
                        BehaviourTrials.actor(ctx), AgentTrials::zeroStrength)
                .yLim(0, 1.05).yLabel("# Correct / # Trials (Zero Contrast)");
    }
}
