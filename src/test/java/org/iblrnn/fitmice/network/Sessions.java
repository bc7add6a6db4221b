package org.iblrnn.fitmice.network;

import java.util.SplittableRandom;
import org.iblrnn.fitmice.ChoiceSession;

/** Small synthetic sessions for the network-model tests. */
final class Sessions {

    static final double[] CONTRASTS = {0.0, 0.0625, 0.125, 0.25, 1.0};

    /** How a simulated mouse chooses on trial t, seeing the session so far (entries before t are final). */
    interface ChoiceRule {
        /** −1 left, +1 right, 0 no response. */
        int choose(int t, ChoiceSession sofar, SplittableRandom rng);
    }

    private Sessions() {
    }

    /**
     * A session of {@code n} trials with random sides and contrasts (from {@link #CONTRASTS}) and choices by
     * {@code rule}; rewarded = choice on the stimulus side.
     */
    static ChoiceSession generate(int sessionNum, int n, SplittableRandom rng, ChoiceRule rule) {
        double[] c = new double[n];
        int[] side = new int[n];
        for (int t = 0; t < n; t++) {
            side[t] = rng.nextBoolean() ? 1 : -1;
            c[t] = side[t] * CONTRASTS[rng.nextInt(CONTRASTS.length)] + 0.0;
        }
        int[] choice = new int[n];
        int[] rewarded = new int[n];
        ChoiceSession s = new ChoiceSession(sessionNum, c, side, choice, rewarded, new double[n]);
        for (int t = 0; t < n; t++) {
            choice[t] = rule.choose(t, s, rng);
            rewarded[t] = choice[t] == side[t] ? 1 : 0;
        }
        return s;
    }

    /** Coin-flip choices, about {@code noResponse} of the trials without a response. */
    static ChoiceSession random(int sessionNum, int n, double noResponse, SplittableRandom rng) {
        return generate(sessionNum, n, rng, (t, s, r) -> r.nextDouble() < noResponse ? 0 : (r.nextBoolean() ? 1 : -1));
    }
}
