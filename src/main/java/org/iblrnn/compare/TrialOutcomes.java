package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.iblrnn.io.NpyArray;
import org.iblrnn.io.NpzReader;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;

/**
 * One entry per trial of a run's analysis session: just what the cross-run behaviour curves bin (accuracy by signed
 * strength on concordant/discordant trials, accuracy by trial within block). Read from {@code analyze/session.npz}
 * or taken from a freshly simulated session. Timeouts count as errors, as in the paper.
 *
 * @param signedStrength   strength × trial side
 * @param concordant       trial side == block side
 * @param correct          1 correct, 0 incorrect or timeout
 * @param trialWithinBlock 0-based trial index within its block
 */
public record TrialOutcomes(double[] signedStrength, boolean[] concordant, double[] correct, int[] trialWithinBlock) {

    public TrialOutcomes {
        int n = signedStrength.length;
        if (concordant.length != n || correct.length != n || trialWithinBlock.length != n) {
            throw new IllegalArgumentException("TrialOutcomes needs one entry per trial (" + n + ") in every array");
        }
    }

    /** Number of trials. */
    public int size() {
        return signedStrength.length;
    }

    /** From a session table (its trial-end rows). */
    public static TrialOutcomes of(SessionTable session) {
        TrialView t = session.trials();
        int n = t.size();
        double[] correct = new double[n];
        for (int i = 0; i < n; i++) {
            correct[i] = t.correct()[i] ? 1 : 0;
        }
        return new TrialOutcomes(t.signedStrength().clone(), t.concordant().clone(), correct,
                t.trialWithinBlock().clone());
    }

    /**
     * From an {@code analyze/session.npz}: its trial-end rows of {@code signed_trial_strength}, {@code
     * concordant_trial}, {@code correct_action_taken} and {@code trial_index}.
     */
    public static TrialOutcomes readNpz(Path file) throws IOException {
        Map<String, NpyArray> npz;
        try {
            npz = NpzReader.read(file);
        } catch (RuntimeException e) {
            throw new InvalidInputException("session file " + file + " cannot be read: " + e.getMessage()
                    + " (re-run 'ibl-rnn analyze' on its run)", e);
        }
        double[] end = column(npz, "trial_end", file);
        double[] signed = column(npz, "signed_trial_strength", file);
        double[] concordant = column(npz, "concordant_trial", file);
        double[] correct = column(npz, "correct_action_taken", file);
        double[] trial = column(npz, "trial_index", file);
        int rows = end.length;
        if (signed.length != rows || concordant.length != rows || correct.length != rows || trial.length != rows) {
            throw new InvalidInputException("session file " + file + " has columns of different lengths"
                    + " (re-run 'ibl-rnn analyze' on its run)");
        }
        int n = 0;
        for (double e : end) {
            n += e != 0 ? 1 : 0;
        }
        double[] s = new double[n];
        boolean[] c = new boolean[n];
        double[] ok = new double[n];
        int[] tw = new int[n];
        int i = 0;
        for (int r = 0; r < rows; r++) {
            if (end[r] != 0) {
                s[i] = signed[r];
                c[i] = concordant[r] != 0;
                ok[i] = correct[r] == 1 ? 1 : 0;
                tw[i++] = (int) trial[r];
            }
        }
        return new TrialOutcomes(s, c, ok, tw);
    }

    private static double[] column(Map<String, NpyArray> npz, String name, Path file) {
        NpyArray a = npz.get(name);
        if (a == null) {
            throw new InvalidInputException("session file " + file + " has no column '" + name
                    + "' (written by an older analyze? re-run 'ibl-rnn analyze' on its run)");
        }
        double[] out = new double[a.size()];
        switch (a.dtype()) {
            case FLOAT64 -> System.arraycopy(a.doubles(), 0, out, 0, out.length);
            case INT64 -> {
                long[] v = a.longs();
                for (int i = 0; i < out.length; i++) {
                    out[i] = v[i];
                }
            }
            case INT32 -> {
                int[] v = a.ints();
                for (int i = 0; i < out.length; i++) {
                    out[i] = v[i];
                }
            }
            case BOOL -> {
                boolean[] v = a.booleans();
                for (int i = 0; i < out.length; i++) {
                    out[i] = v[i] ? 1 : 0;
                }
            }
        }
        return out;
    }
}
