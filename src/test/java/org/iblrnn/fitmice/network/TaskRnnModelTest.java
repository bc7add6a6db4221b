package org.iblrnn.fitmice.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hipparchus.special.Erf;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.train.Checkpoint;
import org.iblrnn.train.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fitting the gain and lapses of a task-trained network to a mouse, and loading the network from a run. */
class TaskRnnModelTest {

    /**
     * Sessions of a simulated mouse whose P(right) is γ_L + (1 − γ_L − γ_R)·Φ(gain·c/√2): the choice probability
     * of the comparator network of {@link TaskRnnPlayerTest}, computed exactly.
     */
    private static List<ChoiceSession> comparatorMouse(double gain, double lapseLeft, double lapseRight, int sessions,
                                                       int trials, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ChoiceSession> out = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            out.add(Sessions.generate(s, trials, rng, (t, sofar, r) -> {
                double c = sofar.signedContrast()[t];
                double p = lapseLeft + (1 - lapseLeft - lapseRight) * 0.5 * Erf.erfc(-gain * c / 2.0);
                return r.nextDouble() < p ? 1 : -1;
            }));
        }
        return out;
    }

    @Test
    void theFitRecoversTheGainAndLapsesOfASimulatedMouse() {
        RecurrentNetwork comparator = TaskRnnPlayerTest.oneUnitRnn(-1000, 1000, 0, 0, 50);
        TaskRnnModel model = new TaskRnnModel(comparator, TaskConfig.defaults(), 8, TaskRnnModel.defaultGains());
        double gain = 6.0;
        double lapseLeft = 0.1;
        double lapseRight = 0.05;
        List<ChoiceSession> mouse = comparatorMouse(gain, lapseLeft, lapseRight, 20, 300, 1);
        Map<String, Double> fitted = model.fit(mouse, 0).params();

        // lapses are identified by the trials where the network is sure: full contrast, P(right) = Φ(±4.2)
        long sure = mouse.stream().flatMapToDouble(s -> Arrays.stream(s.signedContrast()))
                .filter(c -> c == -1.0).count();
        assertThat(fitted.get("lapse_left")).isCloseTo(lapseLeft,
                offset(4 * Math.sqrt(lapseLeft * (1 - lapseLeft) / sure)));
        assertThat(fitted.get("lapse_right")).isCloseTo(lapseRight,
                offset(4 * Math.sqrt(lapseRight * (1 - lapseRight) / sure)));
        // the gain is refined between grid points (factor √2 apart), to a higher likelihood than any of them
        assertThat(fitted.get("gain")).isBetween(gain / Math.sqrt(2), gain * Math.sqrt(2));
        TaskRnnPlayer player = new TaskRnnPlayer(comparator, TaskConfig.defaults(), 8, TaskRnnModel.NOISE_SEED);
        double bestGrid = Double.NEGATIVE_INFINITY;
        for (double g : TaskRnnModel.defaultGains()) {
            bestGrid = Math.max(bestGrid, trainingLogLikelihood(player, mouse, g, null));
        }
        assertThat(trainingLogLikelihood(player, mouse, fitted.get("gain"),
                new double[]{fitted.get("lapse_left"), fitted.get("lapse_right")})).isGreaterThan(bestGrid);
        assertThat(fitted.keySet()).containsExactly("gain", "lapse_left", "lapse_right");
    }

    /** Log-likelihood of the choices at {@code gain} with the given lapses, or the best lapses if null. */
    private static double trainingLogLikelihood(TaskRnnPlayer player, List<ChoiceSession> mouse, double gain,
                                                double[] lapses) {
        int n = mouse.stream().mapToInt(ChoiceSession::responded).sum();
        double[] p = new double[n];
        int[] y = new int[n];
        int k = 0;
        for (ChoiceSession s : mouse) {
            double[] pr = player.pRight(s, gain);
            for (int t = 0; t < s.trials(); t++) {
                if (s.choice()[t] != 0) {
                    p[k] = pr[t];
                    y[k++] = s.choice()[t] > 0 ? 1 : 0;
                }
            }
        }
        return lapses == null ? LapseFit.fit(p, y, n).logLikelihood()
                : LapseFit.logLikelihood(p, y, n, lapses[0], lapses[1]);
    }

    @Test
    void predictionsAreTheNetworksProbabilitiesThroughTheLapses() {
        RecurrentNetwork net = TaskRnnPlayerTest.oneUnitRnn(-2, 2, 0.7, 0.5, 6);
        TaskRnnModel model = new TaskRnnModel(net, TaskConfig.defaults(), 4, new double[]{2.0, 8.0});
        List<ChoiceSession> mouse = comparatorMouse(5.0, 0.2, 0.1, 4, 100, 2);
        ChoiceModel.Fitted fitted = model.fit(mouse, 0);
        double gain = fitted.params().get("gain");
        double gl = fitted.params().get("lapse_left");
        double gr = fitted.params().get("lapse_right");
        TaskRnnPlayer player = new TaskRnnPlayer(net, TaskConfig.defaults(), 4, TaskRnnModel.NOISE_SEED);
        ChoiceSession unseen = comparatorMouse(5.0, 0.2, 0.1, 1, 50, 3).get(0);
        double[] raw = player.pRight(unseen, gain);
        double[] p = fitted.pRight(unseen);
        for (int t = 0; t < p.length; t++) {
            assertThat(p[t]).isCloseTo(gl + (1 - gl - gr) * raw[t], offset(1e-15));
        }
        assertThat(fitted.pRight(mouse.get(1))).containsExactly(fitted.pRight(mouse.get(1)));
    }

    @Test
    void foldsFittedConcurrentlyGiveTheSequentialResult() throws Exception {
        RecurrentNetwork net = TaskRnnPlayerTest.oneUnitRnn(-2, 2, 0.7, 0.5, 6);
        List<ChoiceSession> mouse = comparatorMouse(5.0, 0.1, 0.1, 6, 80, 5);
        List<List<ChoiceSession>> folds = List.of(mouse.subList(0, 4), mouse.subList(2, 6), mouse.subList(1, 5));
        List<Map<String, Double>> sequential = new ArrayList<>();
        TaskRnnModel alone = new TaskRnnModel(net, TaskConfig.defaults(), 4, TaskRnnModel.defaultGains());
        for (List<ChoiceSession> train : folds) {
            sequential.add(alone.fit(train, 0).params());
        }
        TaskRnnModel shared = new TaskRnnModel(net, TaskConfig.defaults(), 4, TaskRnnModel.defaultGains());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Map<String, Double>>> futures = new ArrayList<>();
            for (List<ChoiceSession> train : folds) {
                futures.add(pool.submit(() -> shared.fit(train, 0).params()));
            }
            for (int i = 0; i < folds.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRunDirectoryGivesItsNewestCheckpoint(@TempDir Path tmp) throws Exception {
        Params params = Params.defaults().withModel(Params.defaults().model().withHiddenSize(3));
        Files.writeString(tmp.resolve(RunDirectory.PARAMS_FILE), ParamsJson.write(params));
        RecurrentNetwork older = RecurrentNetwork.initialise(params.model(), new SplittableRandom(1));
        RecurrentNetwork newer = RecurrentNetwork.initialise(params.model(), new SplittableRandom(2));
        new Checkpoint(10, params, older.params(), Map.of(), 0).write(RunDirectory.existing(tmp).checkpointFile(10));
        new Checkpoint(20, params, newer.params(), Map.of(), 0).write(RunDirectory.existing(tmp).checkpointFile(20));
        List<ChoiceSession> mouse = comparatorMouse(5.0, 0.1, 0.1, 3, 60, 4);

        ChoiceModel fromRun = new TaskRnnModel(tmp);
        ChoiceModel direct = new TaskRnnModel(newer, params.env(), TaskRnnModel.DEFAULT_WORLDS,
                TaskRnnModel.defaultGains());
        assertThat(fromRun.name()).isEqualTo("task_rnn");
        assertThat(fromRun.fit(mouse, 0).pRight(mouse.get(0))).containsExactly(direct.fit(mouse, 0).pRight(mouse.get(0)));
        ChoiceModel chosen = new TaskRnnModel(tmp, RunDirectory.existing(tmp).checkpointFile(10));
        ChoiceModel olderDirect = new TaskRnnModel(older, params.env(), TaskRnnModel.DEFAULT_WORLDS,
                TaskRnnModel.defaultGains());
        assertThat(chosen.fit(mouse, 0).pRight(mouse.get(0))).containsExactly(olderDirect.fit(mouse, 0).pRight(mouse.get(0)));
    }

    @Test
    void aRunWithoutCheckpointIsRefusedWithTheFix(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve(RunDirectory.PARAMS_FILE), ParamsJson.write(Params.defaults()));
        assertThatThrownBy(() -> new TaskRnnModel(tmp)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no checkpoint");
    }
}
