package org.iblrnn.figures.reduced;

import java.awt.Color;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;
import org.iblrnn.task.SessionTable;

/** The behavioural curves the reduced-model figures compare across agents (those of figures B4 and B7). */
final class SessionCurves {

    private SessionCurves() {
    }

    /** Accuracy per signed strength over the trial-end rows with the given concordance. */
    static Groups accuracyBySignedStrength(SessionTable t, boolean concordant) {
        boolean[] end = t.trialEnd();
        boolean[] conc = t.concordantTrial();
        double[] s = t.signedTrialStrength();
        int[] c = t.correctActionTaken();
        return Groups.of(t.rows(), r -> end[r] && conc[r] == concordant, r -> s[r], r -> c[r]);
    }

    /** Accuracy per 0-based trial index within block over the trial-end rows. */
    static Groups accuracyByTrialWithinBlock(SessionTable t) {
        boolean[] end = t.trialEnd();
        int[] idx = t.trialIndex();
        int[] c = t.correctActionTaken();
        return Groups.of(t.rows(), r -> end[r], r -> idx[r], r -> c[r]);
    }

    /** Adds an agent's discordant (dashed) and concordant (solid) accuracy curves with SEM bands. */
    static LinePlot addConcordance(LinePlot p, SessionTable t, String name, boolean suffix, Color color,
                                   double markerSize) {
        for (boolean concordant : new boolean[]{false, true}) {
            Groups g = accuracyBySignedStrength(t, concordant);
            Line line = Line.of(g.keys(), g.mean()).sem(g.sem()).color(color).marker(markerSize)
                    .label(suffix ? name + (concordant ? " Concordant" : " Discordant") : name);
            p.add(concordant ? line : line.dashed());
        }
        return p;
    }
}
