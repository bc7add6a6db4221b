package org.iblrnn.bench;

import java.util.concurrent.TimeUnit;
import org.iblrnn.config.Params;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.SessionTable;
import org.iblrnn.train.Trainer;
import org.iblrnn.train.TrainingSchedule;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One default-config gradient step (simulate a 4-block session with the network in the loop, backpropagate
 * through it, SGD update) from a fresh network. The network is reset before every invocation, so every
 * measured step is the expensive early-training case where most trials time out (12 RNN steps each); the
 * session differs each time (step counter), as in training.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GradientStepBenchmark {

    private Params params;
    private double[] initial;
    private RecurrentNetwork network;
    private Trainer trainer;
    private long step;

    /** RNN steps simulated per gradient step (reported next to the time). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class RnnSteps {
        public long rnnSteps;
    }

    @Setup(Level.Trial)
    public void setUp() {
        params = Params.defaults();
        network = RecurrentNetwork.initialise(params.model(), Seeds.forAnalysis(params.run().seed(), "model-init"));
        initial = network.params().clone();
        newTrainer();
    }

    private void newTrainer() {
        Optimizer optimizer = Optimizers.create(params.optimizer(), network.params().length);
        trainer = new Trainer(params, network, optimizer, TrainingSchedule.defaults(), 1);
    }

    @Setup(Level.Invocation)
    public void resetNetwork() {
        System.arraycopy(initial, 0, network.params(), 0, initial.length);
        newTrainer();
    }

    @Benchmark
    public int gradientStep(RnnSteps counter) {
        int rows = 0;
        for (SessionTable t : trainer.step(step++)) {
            rows += t.rows();
        }
        counter.rnnSteps += rows;
        return rows;
    }
}
