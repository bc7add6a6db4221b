package org.iblrnn.figures.behaviour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.train.Checkpoint;

/**
 * For looking at the figures (not a test): renders all 18 from a trained checkpoint into a directory at 150 dpi and
 * prints (and writes to numbers.txt) the numbers the paper reports for them. Run from the project directory after
 * {@code mvn test-compile} and {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.iblrnn.figures.behaviour.BehaviourFiguresDemo \
 *     OUT_DIR CHECKPOINT_OR_RUN_DIR [BLOCKS=300]
 * </pre>
 * A run directory stands for its newest checkpoint.
 */
final class BehaviourFiguresDemo {

    private BehaviourFiguresDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BehaviourFiguresDemo OUT_DIR CHECKPOINT_OR_RUN_DIR [BLOCKS]");
        }
        Path out = Path.of(args[0]);
        Path ckPath = Path.of(args[1]);
        if (Files.isDirectory(ckPath)) {
            try (Stream<Path> s = Files.walk(ckPath)) {
                ckPath = s.filter(p -> p.getFileName().toString().startsWith("checkpoint_grad_steps="))
                        .max(Comparator.comparingLong(p -> p.toFile().lastModified())).orElseThrow();
            }
        }
        int blocks = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Checkpoint ck = Checkpoint.read(ckPath);
        RecurrentNetwork net = RecurrentNetwork.of(ck.params().model(), ck.weights());
        AnalysisContext ctx = AnalysisContext.simulate(ck.params(), net, ck.step(), blocks, 1);
        Files.createDirectories(out);
        FigureRegistry<AnalysisContext> reg = new FigureRegistry<>();
        BehaviourFigures.all().forEach(reg::register);
        List<FigureOutcome> outcomes = new FigureRenderer<AnalysisContext>(150).renderAll(reg, ctx, out);
        StringBuilder b = new StringBuilder("checkpoint " + ckPath + ", " + blocks + " blocks\n");
        for (var e : List.of(List.of("rnn", BehaviourTrials.rnn(ctx)), List.of("actor", BehaviourTrials.actor(ctx)),
                List.of("observer", BehaviourTrials.observer(ctx)))) {
            String name = (String) e.get(0);
            AgentTrials a = (AgentTrials) e.get(1);
            var byTrial = BehaviourCurves.accuracyByTrialWithinBlock(a, AgentTrials.all());
            b.append(String.format("%s accuracy %.3f; by trial within block 1..10, 20, 50:", name,
                    java.util.Arrays.stream(a.correct()).average().orElse(Double.NaN)));
            for (int k : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 19, 49}) {
                b.append(String.format(" %.3f", byTrial.meanAt(k)));
            }
            var conc = BehaviourCurves.accuracyBySignedStrength(a, a.concordant(true));
            var disc = BehaviourCurves.accuracyBySignedStrength(a, a.concordant(false));
            b.append(String.format("%n  concordant/discordant at 0: %.3f / %.3f; at +-1: %.3f / %.3f;"
                            + " at +-2.5: %.3f / %.3f", conc.meanAt(0), disc.meanAt(0),
                    (conc.meanAt(1) + conc.meanAt(-1)) / 2, (disc.meanAt(1) + disc.meanAt(-1)) / 2,
                    (conc.meanAt(2.5) + conc.meanAt(-2.5)) / 2, (disc.meanAt(2.5) + disc.meanAt(-2.5)) / 2));
            var pr = BehaviourCurves.rightChoiceBySignedStrength(a, a.blockSide(1));
            var pl = BehaviourCurves.rightChoiceBySignedStrength(a, a.blockSide(-1));
            b.append(String.format("%n  P(right) at 0: right block %.3f, left block %.3f", pr.meanAt(0),
                    pl.meanAt(0)));
            var steps = BehaviourCurves.stepsBySignedStrength(a, AgentTrials.all());
            b.append("\n  steps per trial by signed strength:");
            for (int i = 0; i < steps.size(); i++) {
                b.append(String.format(" %.1f:%.2f", steps.keys()[i], steps.mean()[i]));
            }
            b.append('\n');
        }
        System.out.println(b);
        Files.writeString(out.resolve("numbers.txt"), b.toString());
        for (FigureOutcome o : outcomes) {
            if (!o.ok()) {
                System.out.println("FAILED " + o.stem() + ": " + o.message());
            }
        }
    }
}
