package org.iblrnn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.fitmice.network.TinyGruModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code tiny_gru_2} fit as fit-mice does it for one fold (default settings, early stopping included) on a
 * synthetic mouse the size of a typical training set: 25 sessions of 800 trials, choices drawn from a
 * psychometric function plus a tendency to repeat the previous choice. fit-mice makes 4 sizes × folds × mice
 * such fits, so this time bounds its running time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TinyGruFitBenchmark {

    /** Trials of the synthetic mouse. */
    public static final int TRIALS = 25 * 800;

    private List<ChoiceSession> sessions;
    private ChoiceModel model;

    @Setup
    public void setUp() {
        sessions = syntheticMouse(25, 800, new SplittableRandom(1));
        model = new TinyGruModel(2);
    }

    @Benchmark
    public ChoiceModel.Fitted fit() {
        return model.fit(sessions, 1);
    }

    static List<ChoiceSession> syntheticMouse(int sessions, int trials, SplittableRandom rng) {
        double[] levels = {0.0, 0.0625, 0.125, 0.25, 1.0};
        List<ChoiceSession> out = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            double[] c = new double[trials];
            int[] side = new int[trials];
            int[] choice = new int[trials];
            int[] rewarded = new int[trials];
            double[] pLeft = new double[trials];
            for (int t = 0; t < trials; t++) {
                side[t] = rng.nextBoolean() ? 1 : -1;
                c[t] = side[t] * levels[rng.nextInt(levels.length)] + 0.0;
                double drive = 6.0 * c[t] + (t > 0 ? 0.8 * choice[t - 1] : 0.0);
                choice[t] = rng.nextDouble() < 1.0 / (1.0 + Math.exp(-drive)) ? 1 : -1;
                rewarded[t] = choice[t] == side[t] ? 1 : 0;
                pLeft[t] = 0.5;
            }
            out.add(new ChoiceSession(s + 1, c, side, choice, rewarded, pLeft));
        }
        return out;
    }
}
