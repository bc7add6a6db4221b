package org.iblrnn.fitmice.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.train.TrainedNetwork;

/**
 * {@code task_rnn}: a network trained on the task (by {@code ibl-rnn train}) taken as a model of the mouse. Only
 * the mapping from the mouse's world to the network's is fitted: a gain from contrast to stimulus strength and two
 * lapse rates; the network itself is fixed. {@link TaskRnnPlayer} says how the network plays the mouse's trials;
 * P(right) = γ_L + (1 − γ_L − γ_R)·p_rnn.
 *
 * <p>Fitting: for every gain of a fixed log-spaced grid the lapses are fitted by maximum likelihood
 * ({@link LapseFit}); the gain with the highest training likelihood wins, refined by one parabolic step. The
 * network's probabilities on the grid depend on the gain but not on the fold, so they are computed once per
 * session and gain and kept while the session object is alive (cross-validation folds share them). The noise
 * draws are part of the model (a fixed seed), so the fit does not depend on the seed passed to {@link #fit}.
 */
public final class TaskRnnModel implements ChoiceModel {

    /** Noise draws per trial. */
    static final int DEFAULT_WORLDS = 8;
    /** Seed of the observation noise. */
    static final long NOISE_SEED = 1L;

    private final TaskRnnPlayer player;
    private final double[] gains;
    private final Map<ChoiceSession, FutureTask<double[][]>> cache = new WeakHashMap<>();

    /** The newest checkpoint of {@code runDir}, or {@code checkpoint} if it is not null. */
    public TaskRnnModel(Path runDir, Path checkpoint) throws IOException {
        this(TrainedNetwork.load(runDir, checkpoint));
    }

    public TaskRnnModel(Path runDir) throws IOException {
        this(runDir, null);
    }

    public TaskRnnModel(TrainedNetwork trained) {
        this(trained.network(), trained.params().env(), DEFAULT_WORLDS, defaultGains());
    }

    TaskRnnModel(RecurrentNetwork network, TaskConfig task, int worlds, double[] gains) {
        if (gains.length == 0) {
            throw new IllegalArgumentException("task_rnn needs at least one gain");
        }
        this.player = new TaskRnnPlayer(network, task, worlds, NOISE_SEED);
        this.gains = gains.clone();
    }

    /**
     * 2, 2^1.5, ..., 64 strength per unit contrast. The network was trained on strengths up to 2.5 with unit noise;
     * on a pilot of eleven mice the best gain lay between 6 and 32 (a mouse's lowest contrast, 6.25 %, becomes a
     * strength of 0.4 to 2).
     */
    static double[] defaultGains() {
        double[] g = new double[11];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.pow(2.0, 1.0 + 0.5 * i);
        }
        return g;
    }

    @Override
    public String name() {
        return "task_rnn";
    }

    /**
     * Profile likelihood over the gain grid (lapses fitted at each gain), then one parabolic step in log gain
     * through the best grid point and its neighbours; the refined gain is kept if its likelihood is higher.
     */
    @Override
    public Fitted fit(List<ChoiceSession> train, long seed) {
        int n = train.stream().mapToInt(ChoiceSession::responded).sum();
        if (n == 0) {
            throw new IllegalArgumentException("task_rnn needs training sessions with at least one response");
        }
        int[] y = new int[n];
        double[] p = new double[n];
        double[] ll = new double[gains.length];
        LapseFit.Lapses[] lapses = new LapseFit.Lapses[gains.length];
        int best = 0;
        for (int g = 0; g < gains.length; g++) {
            final int gi = g;
            collect(train, s -> networkPRight(s)[gi], p, y);
            lapses[g] = LapseFit.fit(p, y, n);
            ll[g] = lapses[g].logLikelihood();
            if (ll[g] > ll[best]) {
                best = g;
            }
        }
        if (best == 0 || best == gains.length - 1) {
            return new FittedTaskRnn(gains[best], best, lapses[best]);
        }
        double u = Math.log(gains[best]);
        double h = Math.log(gains[best + 1]) - u;
        double curvature = ll[best + 1] - 2 * ll[best] + ll[best - 1];
        double step = curvature < 0 ? -0.5 * h * (ll[best + 1] - ll[best - 1]) / curvature : 0.0;
        double refined = Math.exp(u + Math.max(-h, Math.min(h, step)));
        collect(train, s -> player.pRight(s, refined), p, y);
        LapseFit.Lapses l = LapseFit.fit(p, y, n);
        return l.logLikelihood() > ll[best] ? new FittedTaskRnn(refined, -1, l)
                : new FittedTaskRnn(gains[best], best, lapses[best]);
    }

    /** The responded trials' network probabilities and choices (1 right, 0 left), in session order. */
    private static void collect(List<ChoiceSession> sessions, Function<ChoiceSession, double[]> pRight, double[] p,
                                int[] y) {
        int k = 0;
        for (ChoiceSession s : sessions) {
            double[] pr = pRight.apply(s);
            for (int t = 0; t < s.trials(); t++) {
                int c = s.choice()[t];
                if (c != 0) {
                    p[k] = pr[t];
                    y[k] = c > 0 ? 1 : 0;
                    k++;
                }
            }
        }
    }

    /**
     * The network's P(right) per gain (rows) and trial, computed once per session: a thread asking for a session
     * another thread is computing waits for that result instead of computing it again.
     */
    private double[][] networkPRight(ChoiceSession s) {
        FutureTask<double[][]> task;
        synchronized (cache) {
            // the task lets go of the session when it has run, so the weak key can still be collected
            task = cache.computeIfAbsent(s, key -> new FutureTask<>(() -> allGains(key)));
        }
        task.run(); // no-op if another thread has run or is running it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the task network played session " + s.sessionNum(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private double[][] allGains(ChoiceSession s) {
        double[][] all = new double[gains.length][];
        for (int g = 0; g < gains.length; g++) {
            all[g] = player.pRight(s, gains[g]);
        }
        return all;
    }

    private final class FittedTaskRnn implements Fitted {

        private final double gain;
        private final int gridIndex;
        private final LapseFit.Lapses lapses;

        /** {@code gridIndex} −1: a gain off the grid, whose probabilities are computed when asked for. */
        FittedTaskRnn(double gain, int gridIndex, LapseFit.Lapses lapses) {
            this.gain = gain;
            this.gridIndex = gridIndex;
            this.lapses = lapses;
        }

        @Override
        public double[] pRight(ChoiceSession session) {
            boolean cached;
            synchronized (cache) {
                cached = gridIndex >= 0 && cache.containsKey(session);
            }
            // a session never used for fitting is played at the fitted gain only
            double[] pr = cached ? networkPRight(session)[gridIndex].clone() : player.pRight(session, gain);
            for (int t = 0; t < pr.length; t++) {
                pr[t] = lapses.apply(pr[t]);
            }
            return pr;
        }

        /** {@code gain} (strength per unit contrast), {@code lapse_left}, {@code lapse_right}. */
        @Override
        public Map<String, Double> params() {
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("gain", gain);
            out.put("lapse_left", lapses.left());
            out.put("lapse_right", lapses.right());
            return out;
        }
    }
}
