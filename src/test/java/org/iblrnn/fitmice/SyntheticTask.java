package org.iblrnn.fitmice;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.special.Erf;

/**
 * Sessions of the IBL biased task drawn from its generative model (90 unbiased trials, then alternating blocks of
 * 20–99 trials with P(L = n) ∝ exp(−n/60), the stimulus on the block's side with probability 0.8, contrasts
 * 0, 6.25, 12.5, 25 and 100 %) with choices made by a simulated mouse, for the fit-mice tests.
 */
public final class SyntheticTask {

    public static final double[] CONTRASTS = {0.0, 0.0625, 0.125, 0.25, 1.0};
    public static final int UNBIASED = 90;

    /** A simulated mouse; a fresh one is made for every session (history starts afresh). */
    public interface Mouse {
        /** −1 left, +1 right, 0 no response, seeing this trial's signed contrast and everything before it. */
        int choose(double signedContrast, SplittableRandom rng);

        /** What the trial's feedback shows: the choice made and the stimulus side. */
        void observe(int choice, int side);
    }

    private SyntheticTask() {
    }

    /** A mouse that repeats its last choices (an action kernel of rate 0.3) on top of a probit of contrast. */
    public static Mouse repeater() {
        return new Mouse() {
            private double prior = 0.5;

            @Override
            public int choose(double c, SplittableRandom rng) {
                double q = Math.sqrt(2) * Erf.erfInv(2 * prior - 1);
                double p = 0.05 + 0.9 * 0.5 * Erf.erfc(-(c / 0.1 + 1.05 * q) / Math.sqrt(2));
                return rng.nextDouble() < 0.01 ? 0 : rng.nextDouble() < p ? 1 : -1;
            }

            @Override
            public void observe(int choice, int side) {
                if (choice != 0) {
                    prior += 0.3 * ((choice > 0 ? 1 : 0) - prior);
                }
            }
        };
    }

    /** One session of {@code trials} trials. */
    public static ChoiceSession session(int sessionNum, int trials, SplittableRandom rng, Mouse mouse) {
        double[] c = new double[trials];
        int[] side = new int[trials];
        int[] choice = new int[trials];
        int[] rewarded = new int[trials];
        double[] pLeft = new double[trials];
        int block = rng.nextBoolean() ? 1 : -1;
        int left = blockLength(rng);
        for (int t = 0; t < trials; t++) {
            double pRight;
            if (t < UNBIASED) {
                pRight = 0.5;
            } else {
                if (left == 0) {
                    block = -block;
                    left = blockLength(rng);
                }
                left--;
                pRight = block > 0 ? 0.8 : 0.2;
            }
            pLeft[t] = 1.0 - pRight;
            side[t] = rng.nextDouble() < pRight ? 1 : -1;
            c[t] = side[t] * CONTRASTS[rng.nextInt(CONTRASTS.length)] + 0.0;
            choice[t] = mouse.choose(c[t], rng);
            rewarded[t] = choice[t] == side[t] ? 1 : 0;
            mouse.observe(choice[t], side[t]);
        }
        return new ChoiceSession(sessionNum, c, side, choice, rewarded, pLeft);
    }

    /** {@code count} sessions numbered from 1, each with a fresh mouse from {@code mice}. */
    public static List<ChoiceSession> sessions(int count, int trials, long seed,
                                               java.util.function.Supplier<Mouse> mice) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ChoiceSession> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add(session(k + 1, trials, rng, mice.get()));
        }
        return out;
    }

    /**
     * Writes sessions as an IBL trial CSV (position ±35 by side, contrast unsigned, reaction time 0.5 s), the format
     * fit-mice reads.
     */
    public static void writeCsv(java.nio.file.Path file, List<ChoiceSession> sessions) throws java.io.IOException {
        StringBuilder sb = new StringBuilder(
                "trial_num,session_num,stim_probability_left,contrast,position,response_choice,trial_correct,"
                        + "reaction_time\n");
        int trial = 1;
        for (ChoiceSession s : sessions) {
            for (int t = 0; t < s.trials(); t++) {
                sb.append(trial++).append(',').append(s.sessionNum()).append(',').append(s.stimProbabilityLeft()[t])
                        .append(',').append(Math.abs(s.signedContrast()[t])).append(',')
                        .append(35.0 * s.stimulusSide()[t]).append(',').append(s.choice()[t]).append(',')
                        .append(s.rewarded()[t]).append(".0,0.5\n");
            }
        }
        java.nio.file.Files.writeString(file, sb.toString());
    }

    /** P(L = n) ∝ exp(−n/60) on 20..99, by inversion. */
    static int blockLength(SplittableRandom rng) {
        double total = 0;
        for (int n = 20; n <= 99; n++) {
            total += Math.exp(-n / 60.0);
        }
        double u = rng.nextDouble() * total;
        for (int n = 20; n <= 99; n++) {
            u -= Math.exp(-n / 60.0);
            if (u <= 0) {
                return n;
            }
        }
        return 99;
    }
}
