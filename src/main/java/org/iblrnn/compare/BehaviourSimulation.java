package org.iblrnn.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.iblrnn.train.TrainedNetwork;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.AnalysisContext;

/**
 * The light path for runs without {@code analyze/metrics.json}: simulate the newest checkpoint on a session of the
 * run's task and measure only the RNN's behaviour ({@link AgentMetrics}, the trials for the curves). A full {@code
 * analyze} also computes observers, actors, state-space products, fixed points and distillations and renders ~60
 * figures (minutes per run); this takes about a second per run, which is what comparing a sweep of tens of runs
 * needs. Every run is simulated on the same task stream ({@code seed}), so differences between runs are not
 * differences between sessions.
 */
public final class BehaviourSimulation {

    /** Default blocks of a compare simulation: ~10,000 trials, SEM of an accuracy ≈ 0.4 %. */
    public static final int DEFAULT_BLOCKS = 200;

    private BehaviourSimulation() {
    }

    /** What the simulation measured. */
    public record Result(RunMetrics metrics, TrialOutcomes trials) {
    }

    /** Simulates {@code checkpoint} for {@code blocks} blocks of its own task from stream "rnn_session" of {@code seed}. */
    public static Result run(Path checkpoint, int blocks, long seed) throws IOException {
        TrainedNetwork trained = TrainedNetwork.read(checkpoint);
        AnalysisContext ctx = AnalysisContext.simulate(trained, blocks, seed);
        AgentMetrics m = AgentMetrics.of(ctx.rnnSession());
        return new Result(RunMetrics.simulated(m, trained.step(), blocks), TrialOutcomes.of(ctx.rnnSession()));
    }
}
