package org.iblrnn.fitmice.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Adam;
import org.iblrnn.task.Seeds;

/**
 * Fits a k-unit GRU to a mouse's choice sequence (see {@link TinyGruSettings} for the objective). The training
 * sessions are split by session into inner-training and validation sets; after every round the validation NLL
 * (without the penalty) is measured and the best weights so far are kept, so the result is the early-stopped
 * network, not the last one. Every random choice (split, initialisation, batch order) comes from {@link Seeds}
 * streams of the given seed, and the work is single-threaded, so a seed fixes the result bit for bit.
 */
final class TinyGruFitter {

    private static final double ADAM_BETA1 = 0.9;
    private static final double ADAM_BETA2 = 0.999;
    private static final double ADAM_EPS = 1e-8;

    private final int units;
    private final TinyGruSettings settings;

    TinyGruFitter(int units, TinyGruSettings settings) {
        if (units < 1) {
            throw new IllegalArgumentException("a tiny GRU needs at least 1 unit but got " + units);
        }
        this.units = units;
        this.settings = settings;
    }

    /** The network shape fitted: a GRU with 3 inputs, {@code units} hidden units and a 2-way softmax readout. */
    static ModelConfig config(int units) {
        return new ModelConfig(Architecture.GRU, ChoiceInputs.INPUT_SIZE, 2, 1, units, "default", "none", "none",
                "none");
    }

    /**
     * The fitted network and how the fit went.
     *
     * @param network         the early-stopped network
     * @param validationNll   its mean NLL per responded validation trial (NaN without a validation split)
     * @param bestRound       the round whose weights were kept (0 = the initialisation)
     * @param rounds          rounds run by the kept restart
     * @param restart         index of the kept initialisation
     * @param validationCurve the kept restart's validation NLL after each round (index 0: the initialisation)
     */
    record Result(RecurrentNetwork network, double validationNll, int bestRound, int rounds, int restart,
                         double[] validationCurve) {
    }

    /** Fits to {@code sessions} (at least one with a response). */
    Result fit(List<ChoiceInputs> sessions, long seed) {
        if (sessions.stream().mapToInt(ChoiceInputs::responded).sum() == 0) {
            throw new IllegalArgumentException("a tiny GRU needs training sessions with at least one response");
        }
        List<ChoiceInputs> inner = new ArrayList<>();
        List<ChoiceInputs> validation = new ArrayList<>();
        split(sessions, seed, inner, validation);
        if (inner.stream().mapToInt(ChoiceInputs::responded).sum() == 0) {
            inner.addAll(validation); // every response fell into the validation split: train on all, no early stop
            validation.clear();
        }
        Result best = null;
        for (int r = 0; r < settings.restarts(); r++) {
            Result res = fitOnce(inner, validation, seed, r);
            if (best == null || res.validationNll() < best.validationNll()) {
                best = res;
            }
        }
        return best;
    }

    /**
     * Seeded split by session: round(fraction × n) sessions (at least one, at most n − 1) go to validation. With
     * a single session there is no validation set and the fit runs all rounds.
     */
    void split(List<ChoiceInputs> sessions, long seed, List<ChoiceInputs> inner, List<ChoiceInputs> validation) {
        int n = sessions.size();
        int[] order = permutation(n, Seeds.forAnalysis(seed, "tiny-gru-validation-split"));
        int nVal = n < 2 ? 0 : (int) Math.min(n - 1, Math.max(1, Math.round(settings.validationFraction() * n)));
        boolean[] isVal = new boolean[n];
        for (int i = 0; i < nVal; i++) {
            isVal[order[i]] = true;
        }
        for (int i = 0; i < n; i++) {
            (isVal[i] ? validation : inner).add(sessions.get(i));
        }
    }

    private Result fitOnce(List<ChoiceInputs> inner, List<ChoiceInputs> validation, long seed, int restart) {
        RecurrentNetwork net = RecurrentNetwork.initialise(config(units),
                Seeds.forAnalysis(seed, "tiny-gru-init-" + restart));
        double[] p = net.params();
        TinyGru gru = new TinyGru(units);
        double lr = settings.learningRate();
        Adam adam = new Adam(p.length, lr, ADAM_BETA1, ADAM_BETA2, ADAM_EPS, 0.0);
        SessionOrder order = new SessionOrder(inner, Seeds.forAnalysis(seed, "tiny-gru-order-" + restart));
        // scale each session's summed gradient by 1 / (mean responded trials per session): over a pass the steps
        // then average to the gradient of the mean NLL per trial
        double perStep = order.gradientScale();
        int whh = net.layout().weightHh();
        int whhEnd = whh + net.layout().get(ParameterLayout.WEIGHT_HH).size();
        double[] grad = new double[p.length];
        boolean validate = validation.stream().mapToInt(ChoiceInputs::responded).sum() > 0;
        double[] bestParams = p.clone();
        double bestNll = validate ? meanNll(gru, p, validation) : Double.NaN;
        double[] curve = new double[settings.maxRounds() + 1];
        curve[0] = bestNll;
        int bestRound = 0;
        int plateauStart = 0;
        int decays = 0;
        int round = 0;
        while (round < settings.maxRounds()) {
            round++;
            for (int step = 0; step < settings.stepsPerRound(); step++) {
                Arrays.fill(grad, 0.0);
                gru.accumulateGradient(p, order.next(), perStep, grad);
                for (int i = whh; i < whhEnd; i++) {
                    grad[i] += settings.l1() * Math.signum(p[i]);
                }
                adam.step(p, grad);
            }
            if (!validate) {
                System.arraycopy(p, 0, bestParams, 0, p.length);
                bestRound = round;
                curve[round] = Double.NaN;
                continue;
            }
            double nll = meanNll(gru, p, validation);
            curve[round] = nll;
            if (nll < bestNll) {
                bestNll = nll;
                bestRound = round;
                System.arraycopy(p, 0, bestParams, 0, p.length);
            } else if (round - Math.max(bestRound, plateauStart) >= settings.patience()) {
                if (decays == settings.decays()) {
                    break;
                }
                decays++;
                plateauStart = round;
                lr *= settings.decay();
                System.arraycopy(bestParams, 0, p, 0, p.length);
                adam = new Adam(p.length, lr, ADAM_BETA1, ADAM_BETA2, ADAM_EPS, 0.0);
            }
        }
        return new Result(RecurrentNetwork.of(net.config(), bestParams), bestNll, bestRound, round, restart,
                Arrays.copyOf(curve, round + 1));
    }

    /** The inner-training sessions with at least one response, in a fresh random order on every pass. */
    private static final class SessionOrder {

        private final List<ChoiceInputs> sessions;
        private final SplittableRandom rng;
        private int[] perm = new int[0];
        private int next;

        SessionOrder(List<ChoiceInputs> all, SplittableRandom rng) {
            this.sessions = all.stream().filter(s -> s.responded() > 0).toList();
            this.rng = rng;
        }

        /** 1 / (mean responded trials per session). */
        double gradientScale() {
            return (double) sessions.size() / sessions.stream().mapToInt(ChoiceInputs::responded).sum();
        }

        ChoiceInputs next() {
            if (next == perm.length) {
                perm = permutation(sessions.size(), rng);
                next = 0;
            }
            return sessions.get(perm[next++]);
        }
    }

    /** Mean NLL per responded trial of {@code sessions} under parameters {@code p}. */
    static double meanNll(TinyGru gru, double[] p, List<ChoiceInputs> sessions) {
        double sum = 0.0;
        int n = 0;
        for (ChoiceInputs s : sessions) {
            sum += gru.nll(p, s);
            n += s.responded();
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return a;
    }
}
