package org.iblrnn.analysis.behaviour;

import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/**
 * The RNN's block belief beside the ideal one, trial by trial (O1, O2): at each trial's end row, the RNN state's
 * magnitude along the block readout, the Bayesian observer's block posterior mapped onto that scale as s·(2p − 1),
 * the true block and trial sides scaled by s, and the trial's mean observation difference (right − left) over its
 * observation steps (unscaled).
 *
 * @param rnnBlockBelief      magnitude along the block readout at each trial end
 * @param observerBlockBelief s·(2p − 1), p = observer P(right block | sides so far)
 * @param blockSide           s · block side
 * @param trialSide           s · trial side
 * @param meanObservationDiff mean of right − left over the trial's observation steps (NaN if none)
 * @param scaling             s, the least-squares scale of the observer onto the RNN's block coordinate
 * @param trials              the trials
 */
public record BlockBeliefTrace(double[] rnnBlockBelief, double[] observerBlockBelief, double[] blockSide,
                               double[] trialSide, double[] meanObservationDiff, double scaling, TrialView trials) {

    /**
     * Builds the trace.
     *
     * @param session        the RNN's session
     * @param magnAlongBlock per-row magnitude along the block readout (same rows as the session)
     * @param observer       the observer evaluated on the session
     * @param scaling        the block scaling parameter s
     */
    public static BlockBeliefTrace of(SessionTable session, double[] magnAlongBlock, ObserverResult observer,
                                      double scaling) {
        if (magnAlongBlock.length != session.rows()) {
            throw new IllegalArgumentException("block coordinate has " + magnAlongBlock.length
                    + " rows but the session has " + session.rows());
        }
        TrialView t = session.trials();
        int n = t.size();
        double[] rnn = new double[n];
        double[] obs = new double[n];
        double[] block = new double[n];
        double[] side = new double[n];
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            int end = t.endRow()[i];
            rnn[i] = magnAlongBlock[end];
            obs[i] = scaling * (2 * observer.blockPosteriorRight()[end] - 1);
            block[i] = scaling * t.blockSide()[i];
            side[i] = scaling * t.side()[i];
            double sum = 0;
            int m = 0;
            for (int r = t.startRow(i); r <= end; r++) {
                double l = session.leftStimulus()[r];
                double rt = session.rightStimulus()[r];
                if (l != 0 && rt != 0) {
                    sum += rt - l;
                    m++;
                }
            }
            diff[i] = m == 0 ? Double.NaN : sum / m;
        }
        return new BlockBeliefTrace(rnn, obs, block, side, diff, scaling, t);
    }

    /** Number of trials. */
    public int size() {
        return rnnBlockBelief.length;
    }

    /**
     * Trials shown by O2: the first block plus {@code extra} trials of the next (the original's "last trial of the
     * first block + min_trials_per_block"), capped at the session's length.
     */
    public int firstSwitchWindow(int extra) {
        int n = size();
        int firstEnd = n - 1;
        for (int i = 0; i + 1 < n; i++) {
            if (trials.blockSide()[i] != trials.blockSide()[i + 1]) {
                firstEnd = i;
                break;
            }
        }
        return Math.min(n, firstEnd + 1 + extra);
    }
}
