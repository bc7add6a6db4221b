package org.iblrnn.figures.reduced;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.AnalysisSettings;
import org.iblrnn.analysis.circuit.CircuitProducts;
import org.iblrnn.analysis.circuit.ClusterAverages;
import org.iblrnn.analysis.circuit.EffectiveCircuit;
import org.iblrnn.analysis.fixedpoint.ConditionFixedPoints;
import org.iblrnn.analysis.fixedpoint.FixedPoint;
import org.iblrnn.analysis.reduced.RaddFit;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.analysis.reduced.SmallModel;
import org.iblrnn.analysis.statespace.ObservationEffects;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.train.Checkpoint;

/**
 * For looking at the figures (not a test): renders all 16 from a trained checkpoint into a directory at 150 dpi and
 * prints (and writes to numbers.txt) the RADD fit, the agents' accuracies, the small models' fixed points and the
 * timings. Run from the project directory after {@code mvn test-compile} and
 * {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.iblrnn.figures.reduced.ReducedFiguresDemo \
 *     OUT_DIR CHECKPOINT_OR_RUN_DIR [BLOCKS=1000] [WORK_DIR]
 * </pre>
 * A run directory stands for its newest checkpoint; WORK_DIR caches the distilled and 2-unit networks.
 */
final class ReducedFiguresDemo {

    private ReducedFiguresDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ReducedFiguresDemo OUT_DIR CHECKPOINT_OR_RUN_DIR [BLOCKS] [WORK]");
        }
        Path out = Path.of(args[0]);
        Path ckPath = Path.of(args[1]);
        if (Files.isDirectory(ckPath)) {
            try (Stream<Path> s = Files.list(ckPath)) {
                ckPath = s.filter(p -> p.getFileName().toString().startsWith("checkpoint_grad_steps="))
                        .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString()
                                .replaceAll("\\D", "")))).orElseThrow();
            }
        }
        int blocks = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path work = args.length > 3 ? Path.of(args[3]) : null;
        long t0 = System.nanoTime();
        Checkpoint ck = Checkpoint.read(ckPath);
        RecurrentNetwork net = RecurrentNetwork.of(ck.params().model(), ck.weights());
        AnalysisContext ctx = AnalysisContext.simulate(ck.params(), net, ck.step(), blocks, 1)
                .withSettings(new AnalysisSettings(work, null, null));
        Files.createDirectories(out);
        FigureRegistry<AnalysisContext> reg = new FigureRegistry<>();
        ReducedFigures.all().forEach(reg::register);
        List<FigureOutcome> outcomes = new FigureRenderer<AnalysisContext>(150).renderAll(reg, ctx, out);

        StringBuilder b = new StringBuilder("checkpoint " + ckPath + ", " + blocks + " blocks\n");
        RaddFit f = ctx.get(ReducedProducts.RADD_FIT);
        b.append(String.format("RADD: R2 %.4f, A %s, B %s, c %s, M %.3f, readout scale %.3f%n", f.rSquared(),
                Arrays.deepToString(f.a()), Arrays.deepToString(f.b()), Arrays.toString(f.c()), f.normaliser(),
                ctx.get(ReducedProducts.RADD_READOUT_SCALE)));
        ObservationEffects oe = ctx.get(StateSpaceProducts.OBSERVATION_EFFECTS);
        b.append(String.format("RNN observation effect: stimulus slope %.3f (r %.3f), block slope %.3f (r %.3f)%n",
                oe.stimulusFit().slope(), oe.stimulusFit().r(), oe.blockFit().slope(), oe.blockFit().r()));
        b.append("rnn ").append(AgentMetrics.of(ctx.rnnSession())).append('\n');
        b.append("radd ").append(AgentMetrics.of(ctx.get(ReducedProducts.RADD_SESSION))).append('\n');
        b.append("distilled ").append(AgentMetrics.of(ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED_SESSION)))
                .append('\n');
        b.append("two_unit ").append(AgentMetrics.of(ctx.get(ReducedProducts.TWO_UNIT_SESSION))).append('\n');
        for (SmallModel m : List.of(ctx.get(ReducedProducts.RADD_SMALL_MODEL),
                ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED_SMALL_MODEL),
                ctx.get(ReducedProducts.TWO_UNIT_SMALL_MODEL))) {
            b.append(String.format("%s: block classifier accuracy %.3f, ranges x %s y %s%n", m.name(),
                    m.blockAccuracy(), Arrays.toString(m.space().xRange()), Arrays.toString(m.space().yRange())));
            for (ConditionFixedPoints c : m.fixedPoints().conditions()) {
                b.append("  ").append(c.condition().key()).append(':');
                for (FixedPoint p : c.fixedPoints()) {
                    b.append(String.format(" (%.3f, %.3f)%s", p.state()[0], p.state()[1], p.stable() ? "s" : "u"));
                }
                b.append('\n');
            }
        }
        EffectiveCircuit circuit = ctx.get(CircuitProducts.EFFECTIVE_CIRCUIT);
        b.append(String.format("circuit: clusters %s, mean within %.4f, between %.4f%n",
                Arrays.toString(circuit.clusterSizes()), circuit.meanWithin(), circuit.meanBetween()));
        ClusterAverages ca = ctx.get(CircuitProducts.CLUSTER_AVERAGES);
        b.append("readout groups ").append(ca.names()).append(' ').append(Arrays.toString(ca.groupSizes()))
                .append('\n');
        for (FigureOutcome o : outcomes) {
            b.append(String.format("%-75s %s %.1f s%s%n", o.stem(), o.ok() ? "ok" : "FAILED", o.seconds(),
                    o.ok() ? "" : " " + o.message()));
        }
        ctx.timings().forEach((k, v) -> b.append(String.format("  product %s %.2f s%n", k, v)));
        b.append(String.format("total %.1f s%n", (System.nanoTime() - t0) / 1e9));
        Files.writeString(out.resolve("numbers.txt"), b);
        System.out.print(b);
    }
}
