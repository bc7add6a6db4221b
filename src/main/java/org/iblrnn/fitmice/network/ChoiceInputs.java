package org.iblrnn.fitmice.network;

import org.iblrnn.fitmice.ChoiceSession;

/**
 * One session encoded as a tiny GRU reads it: per trial t the input
 * {@code [c_t, a_{t−1}, r_{t−1}]} and the target choice.
 *
 * <ul>
 *   <li>{@code c_t}: the signed contrast of trial t, a fraction in [−1, 1] (negative: left stimulus);</li>
 *   <li>{@code a_{t−1}}: the previous choice, −1 left, +1 right, 0 none (no response, or the first trial);</li>
 *   <li>{@code r_{t−1}}: the previous outcome, +1 rewarded, −1 responded but not rewarded, 0 no response or the
 *       first trial. Coding an error as −1 rather than 0 keeps 0 for "nothing happened", so a no-response trial
 *       and the start of a session look alike.</li>
 * </ul>
 * The model's P(right) on trial t is read out from its state after it has seen this input, so it knows trial t's
 * stimulus but not trial t's choice. Target: 1 right, 0 left, −1 no response (masked from the likelihood; the
 * trial still advances the state).
 *
 * @param inputs    row-major, 3 per trial
 * @param target    per trial: 1 right, 0 left, −1 masked
 * @param responded number of unmasked trials
 */
record ChoiceInputs(double[] inputs, int[] target, int responded) {

    static final int INPUT_SIZE = 3;
    static final int MASKED = -1;

    static ChoiceInputs of(ChoiceSession s) {
        int n = s.trials();
        double[] x = new double[INPUT_SIZE * n];
        int[] target = new int[n];
        int responded = 0;
        for (int t = 0; t < n; t++) {
            x[INPUT_SIZE * t] = s.signedContrast()[t];
            if (t > 0) {
                int prev = s.choice()[t - 1];
                x[INPUT_SIZE * t + 1] = prev;
                x[INPUT_SIZE * t + 2] = prev == 0 ? 0.0 : (s.rewarded()[t - 1] == 1 ? 1.0 : -1.0);
            }
            int c = s.choice()[t];
            target[t] = c == 0 ? MASKED : (c > 0 ? 1 : 0);
            responded += c != 0 ? 1 : 0;
        }
        return new ChoiceInputs(x, target, responded);
    }

    int trials() {
        return target.length;
    }
}
