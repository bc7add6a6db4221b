package org.iblrnn.analysis.statespace;

import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;

/**
 * Scales mapping the Bayesian observer's posteriors onto the RNN's task-aligned magnitudes, by
 * least squares through the origin.
 *
 * @param block           argmin_s Σ (m_block − s·(2p_block − 1))² over trial-end rows (NaN posteriors skipped)
 * @param stimulus        argmin_s Σ (m_trial − s·(2p_stim − 1))² over rows with both observations non-zero; also
 *                        the scale O5 uses (fixes the original's BUG of fitting it to the block coordinate)
 * @param blockRows       rows used for {@code block}
 * @param stimulusRows    rows used for {@code stimulus}
 */
public record ScalingParameters(double block, double stimulus, int blockRows, int stimulusRows) {

    /** Computes both scales. */
    public static ScalingParameters of(SessionTable session, TaskAlignedCoordinates coords, ObserverResult observer) {
        int n = session.rows();
        if (coords.rows() != n || observer.blockPosteriorRight().length != n) {
            throw new IllegalArgumentException("scaling parameters: session has " + n + " rows, coordinates "
                    + coords.rows() + ", observer " + observer.blockPosteriorRight().length);
        }
        double[] bq = new double[n];
        double[] bm = new double[n];
        int nb = 0;
        double[] sq = new double[n];
        double[] sm = new double[n];
        int ns = 0;
        boolean[] end = session.trialEnd();
        double[] left = session.leftStimulus();
        double[] right = session.rightStimulus();
        for (int i = 0; i < n; i++) {
            double pb = observer.blockPosteriorRight()[i];
            if (end[i] && !Double.isNaN(pb)) {
                bq[nb] = 2 * pb - 1;
                bm[nb++] = coords.magnAlongBlock()[i];
            }
            double ps = observer.stimulusPosteriorRight()[i];
            if (left[i] != 0 && right[i] != 0 && !Double.isNaN(ps)) {
                sq[ns] = 2 * ps - 1;
                sm[ns++] = coords.magnAlongTrial()[i];
            }
        }
        double block = LinearFit.throughOrigin(java.util.Arrays.copyOf(bq, nb), java.util.Arrays.copyOf(bm, nb));
        double stim = LinearFit.throughOrigin(java.util.Arrays.copyOf(sq, ns), java.util.Arrays.copyOf(sm, ns));
        return new ScalingParameters(block, stim, nb, ns);
    }
}
