package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.config.Params;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.SessionStats;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static RecurrentNetwork network(Params p) {
        return RecurrentNetwork.initialise(p.model(), Seeds.forAnalysis(p.run().seed(), "model-init"));
    }

    private static List<SessionStats> train(Params p, RecurrentNetwork net, int threads) {
        Optimizer opt = Optimizers.create(p.optimizer(), net.params().length);
        List<SessionStats> stats = new ArrayList<>();
        new Trainer(p, net, opt, TrainingSchedule.defaults(), threads).train(0, p.run().numGradSteps(),
                StopSignal.manual(), new Trainer.Listener() {
                    @Override
                    public void stepDone(long step, SessionStats m) {
                        stats.add(m);
                    }
                });
        return stats;
    }

    @Test
    void lossFallsOnAShortRun() {
        // Adam learns quickly enough to see in 120 steps of a small network. The loss per RNN step mixes in more
        // blank steps as trials get shorter, so compare the loss per observation step (2 blank steps per trial).
        Params p = TrainingFixtures.small(120, "optimizer.optimizer=adam", "optimizer.kwargs.lr=0.01");
        List<SessionStats> stats = train(p, network(p), 1);
        double first = stats.subList(0, 3).stream().mapToDouble(TrainerTest::lossPerObservation).average().orElseThrow();
        double last = stats.subList(100, 120).stream().mapToDouble(TrainerTest::lossPerObservation).average().orElseThrow();
        assertThat(last).isLessThan(first - 0.1);
        double firstCorrect = stats.subList(0, 3).stream().mapToDouble(SessionStats::correctPerTrial).average().orElseThrow();
        double lastCorrect = stats.subList(100, 120).stream().mapToDouble(SessionStats::correctPerTrial).average().orElseThrow();
        assertThat(lastCorrect).isGreaterThan(firstCorrect + 0.2).isGreaterThan(0.7);
    }

    private static double lossPerObservation(SessionStats s) {
        return s.meanLossPerStep() * s.steps() / (s.steps() - 2.0 * s.trials());
    }

    @Test
    void batchResultsDoNotDependOnThreadCount() {
        Params p = TrainingFixtures.small(4, "env.num_sessions=3");
        RecurrentNetwork one = network(p);
        RecurrentNetwork three = network(p);
        train(p, one, 1);
        train(p, three, 3);
        assertThat(three.params()).containsExactly(one.params());
        RecurrentNetwork untouched = network(p);
        assertThat(one.params()).isNotEqualTo(untouched.params());
    }

    @Test
    void sameSeedSameResultDifferentSeedDifferentResult() {
        Params p = TrainingFixtures.small(3);
        RecurrentNetwork a = network(p);
        RecurrentNetwork b = network(p);
        train(p, a, 1);
        train(p, b, 1);
        assertThat(a.params()).containsExactly(b.params());
        Params q = TrainingFixtures.small(3, "run.seed=2");
        RecurrentNetwork c = network(q);
        train(q, c, 1);
        assertThat(c.params()).isNotEqualTo(a.params());
    }
}
