package org.iblrnn.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iblrnn.analysis.fixedpoint.FixedPointConfig;
import org.iblrnn.analysis.fixedpoint.FixedPointResults;
import org.iblrnn.analysis.fixedpoint.FixedPointSearch;
import org.iblrnn.analysis.fixedpoint.InitialStates;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.fixedpoint.SessionStates;
import org.iblrnn.analysis.fixedpoint.StateGrid;
import org.iblrnn.analysis.fixedpoint.StateLift;
import org.iblrnn.analysis.statespace.PcaAnalysis;
import org.iblrnn.analysis.statespace.PrincipalComponents;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The fixed-point search of {@code analyze} (default settings: grid plus trajectory samples, six input conditions,
 * descent and refinement) on a freshly initialised 50-unit network of each architecture, from that network's own
 * 100-block session. The lstm searches a 100-dimensional state [h, c]; its time over the rnn's is the cost of the
 * gated state map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FixedPointSearchBenchmark {

    @Param({"rnn", "lstm"})
    public String architecture;

    private RecurrentNetwork network;
    private PrincipalComponents pca;
    private StateGrid grid;
    private double[] sampled;

    @Setup(Level.Trial)
    public void setUp() {
        ModelConfig cfg = ModelConfig.defaults().withArchitecture(Architecture.fromKey(architecture));
        network = RecurrentNetwork.initialise(cfg, Seeds.forAnalysis(1, "model-init"));
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(100);
        SessionTable session = SessionRunner.run(task, SessionGenerator.generate(task, Seeds.forAnalysis(1, "session")),
                new RnnAgent(network), null, 0);
        double[] full = SessionStates.of(network, session);
        pca = PcaAnalysis.fit(session.hiddenStates(), network.hiddenSize(), StateSpaceProducts.rightReadout(network));
        FixedPointConfig defaults = FixedPointConfig.defaults();
        grid = StateGrid.sample(pca, defaults.gridSize(),
                StateLift.fit(full, network.hiddenSize(), network.stateSize()));
        sampled = InitialStates.sample(full, network.stateSize(), defaults.sampledStates(),
                defaults.sampleNoiseScale(), Seeds.forAnalysis(1, "fixed-point-initial-states"));
    }

    @Benchmark
    public FixedPointResults search() {
        return new FixedPointSearch(FixedPointConfig.defaults()).search(network, grid, sampled, pca,
                List.of(InputCondition.values()));
    }
}
