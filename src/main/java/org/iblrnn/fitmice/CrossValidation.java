package org.iblrnn.fitmice;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.iblrnn.task.Seeds;

/**
 * The protocol every model goes through: for each leave-sessions-out fold, fit on the other sessions, then predict
 * the held-out sessions trial by trial (each prediction from the trials before it) and score the responded trials.
 * A held-out probability is clipped to [10⁻¹², 1 − 10⁻¹²] when scored, so that one choice a model deems impossible
 * cannot make a mouse's total infinite. The seed of each fold is derived from (seed, mouse, model, fold), so results
 * do not depend on which thread fits what.
 */
public final class CrossValidation {

    /** Held-out probabilities are clipped to [CLIP, 1 − CLIP] for scoring. */
    public static final double CLIP = 1e-12;
    /** At most this many trials are kept per mouse for the dynamics figure. */
    public static final int DYNAMICS_SAMPLE = 600;

    private CrossValidation() {
    }

    /**
     * Fits and scores {@code model} on {@code mouse}.
     *
     * @param identity what identifies the model beyond its name ("" if nothing), recorded in the result
     * @param dynamics whether to sample the zero-contrast logit dynamics (if the model provides them)
     */
    public static ModelResult run(MouseChoices mouse, ChoiceModel model, String identity, int requestedFolds,
                                  long seed, boolean dynamics) {
        SessionFolds folds = new SessionFolds(requestedFolds, mouse.sessions().size());
        List<ModelResult.Fold> out = new ArrayList<>();
        TreeMap<List<Double>, double[]> cells = new TreeMap<>(CrossValidation::compareKeys);
        DynamicsSample sample = dynamics ? new DynamicsSample() : null;
        for (int f = 0; f < folds.folds(); f++) {
            long t0 = System.nanoTime();
            long foldSeed = Seeds.forAnalysis(seed, "fit-mice/" + mouse.mouse() + "/" + model.name() + "/fold-" + f)
                    .nextLong();
            ChoiceModel.Fitted fitted = model.fit(folds.train(mouse, f), foldSeed);
            double nll = 0.0;
            int n = 0;
            double correct = 0.0;
            List<Integer> held = new ArrayList<>();
            for (ChoiceSession s : folds.test(mouse, f)) {
                held.add(s.sessionNum());
                double[] p = fitted.pRight(s);
                for (int t = 0; t < s.trials(); t++) {
                    int c = s.choice()[t];
                    if (c == 0) {
                        continue;
                    }
                    double pc = Math.min(1.0 - CLIP, Math.max(CLIP, p[t]));
                    nll -= Math.log(c > 0 ? pc : 1.0 - pc);
                    correct += p[t] == 0.5 ? 0.5 : (p[t] > 0.5) == (c > 0) ? 1.0 : 0.0;
                    n++;
                    double[] cell = cells.computeIfAbsent(List.of(s.stimProbabilityLeft()[t], s.signedContrast()[t]),
                            k -> new double[3]);
                    cell[0]++;
                    cell[1] += c > 0 ? 1 : 0;
                    cell[2] += p[t];
                }
                if (sample != null) {
                    fitted.pRightAtZeroContrast(s).ifPresent(p0 -> sample.add(s, p0));
                }
            }
            out.add(new ModelResult.Fold(held, nll, n, correct, fitted.params(), (System.nanoTime() - t0) / 1e9));
        }
        List<ModelResult.CurveCell> curves = new ArrayList<>();
        cells.forEach((k, v) -> curves.add(new ModelResult.CurveCell(k.get(0), k.get(1), (int) v[0], (int) v[1], v[2])));
        ModelResult.Dynamics d = sample == null ? null
                : sample.draw(Seeds.forAnalysis(seed, "fit-mice/dynamics/" + mouse.mouse() + "/" + model.name()));
        return new ModelResult(mouse.mouse(), model.name(), identity, seed, requestedFolds, fingerprint(mouse), out,
                curves, d);
    }

    private static int compareKeys(List<Double> a, List<Double> b) {
        int c = Double.compare(a.get(0), b.get(0));
        return c != 0 ? c : Double.compare(a.get(1), b.get(1));
    }

    /** Sessions, trials and a CRC-32 of every value a model can see, e.g. {@code 24 sessions, 23456 trials, crc 1a2b3c4d}. */
    public static String fingerprint(MouseChoices mouse) {
        CRC32 crc = new CRC32();
        ByteBuffer b = ByteBuffer.allocate(48);
        for (ChoiceSession s : mouse.sessions()) {
            for (int t = 0; t < s.trials(); t++) {
                b.clear();
                b.putInt(s.sessionNum()).putDouble(s.signedContrast()[t]).putInt(s.stimulusSide()[t])
                        .putInt(s.choice()[t]).putInt(s.rewarded()[t]).putDouble(s.stimProbabilityLeft()[t]);
                crc.update(b.array(), 0, b.position());
            }
        }
        return mouse.sessions().size() + " sessions, " + mouse.trials() + " trials, crc "
                + String.format("%08x", crc.getValue());
    }

    /** Every eligible held-out trial, then a seeded sample of at most {@link #DYNAMICS_SAMPLE}. */
    private static final class DynamicsSample {
        private final List<double[]> points = new ArrayList<>();

        void add(ChoiceSession s, double[] p0) {
            for (int t = 0; t + 1 < s.trials(); t++) {
                if (s.choice()[t] != 0) {
                    double now = logit(p0[t]);
                    points.add(new double[] {now, logit(p0[t + 1]) - now, s.choice()[t], s.rewarded()[t]});
                }
            }
        }

        ModelResult.Dynamics draw(SplittableRandom rng) {
            int m = Math.min(DYNAMICS_SAMPLE, points.size());
            for (int i = 0; i < m; i++) {
                int j = i + rng.nextInt(points.size() - i);
                double[] tmp = points.get(i);
                points.set(i, points.get(j));
                points.set(j, tmp);
            }
            double[] l = new double[m];
            double[] d = new double[m];
            int[] a = new int[m];
            int[] r = new int[m];
            for (int i = 0; i < m; i++) {
                double[] p = points.get(i);
                l[i] = p[0];
                d[i] = p[1];
                a[i] = (int) p[2];
                r[i] = (int) p[3];
            }
            return new ModelResult.Dynamics(l, d, a, r);
        }

        private static double logit(double p) {
            double q = Math.min(1.0 - CLIP, Math.max(CLIP, p));
            return Math.log(q / (1.0 - q));
        }
    }
}
