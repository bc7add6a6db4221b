package org.iblrnn.figures.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.similarity.ClassicalMds;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.CompareFigure;
import org.iblrnn.compare.CurveUnit;
import org.iblrnn.compare.Grouping;
import org.iblrnn.compare.LearningCurve;
import org.iblrnn.compare.ParamsTree;
import org.iblrnn.compare.RunData;
import org.iblrnn.compare.RunMetrics;
import org.iblrnn.compare.RunSummary;
import org.iblrnn.compare.TrialOutcomes;
import org.iblrnn.compare.similarity.SimilarityResult;
import org.iblrnn.compare.similarity.Topology;
import org.iblrnn.config.Params;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.LayoutCheck;
import org.iblrnn.figures.plot.PngWriter;
import org.iblrnn.io.ParamsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every compare figure from a synthetic sweep (3 hidden sizes × 3 seeds, made-up but plausible numbers and
 * trials) with a clean layout ({@link LayoutCheck}); into $COMPAREFIG_DIR when set, for looking at them.
 */
class CompareFiguresRenderTest {

    static final int[] SIZES = {2, 10, 50};

    static CompareData syntheticSweep(boolean perRun) {
        SplittableRandom rng = new SplittableRandom(7);
        List<RunData> runs = new ArrayList<>();
        for (int h : SIZES) {
            double prior = h == 2 ? 0.55 : h == 10 ? 0.65 : 0.72; // P(correct) at zero contrast, concordant
            for (long seed = 1; seed <= 3; seed++) {
                Params p = ParamsJson.applyOverrides(Params.defaults(),
                        List.of("model.kwargs.core_kwargs.hidden_size=" + h, "run.seed=" + seed));
                TrialOutcomes t = trials(rng, prior, 3000);
                double acc = mean(t.correct());
                double zc = prior + 0.02 * rng.nextGaussian();
                double zd = 1 - prior + 0.02 * rng.nextGaussian();
                RunMetrics m = new RunMetrics(RunMetrics.Source.SIMULATED, 999, 60, t.size(), acc, zc, zd, 3.4,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                long[] steps = new long[50];
                double[] v = new double[50];
                for (int i = 0; i < 50; i++) {
                    steps[i] = 100L * i;
                    v[i] = 0.5 + (acc - 0.5) * (1 - Math.exp(-i / (4.0 + 20.0 / h))) + 0.03 * rng.nextGaussian();
                }
                LearningCurve lc = new LearningCurve(steps, v);
                String name = "hidden_size=" + h + "_seed=" + seed;
                RunSummary s = new RunSummary(Path.of("/runs/sweep", name), name, p, ParamsTree.flatten(p), 5000,
                        lc.finalValue(), m);
                runs.add(new RunData(s, lc, t));
            }
        }
        Grouping g = Grouping.of(runs.stream().map(RunData::summary).toList());
        List<CurveUnit> units = new ArrayList<>();
        if (perRun) {
            for (RunData r : runs.subList(0, 4)) {
                units.add(new CurveUnit(r.name(), List.of(r.name()), List.of(r.trials())));
            }
        } else {
            for (int i = 0; i < SIZES.length; i++) {
                List<RunData> members = runs.subList(3 * i, 3 * i + 3);
                units.add(new CurveUnit(g.groups().get(i).label(), members.stream().map(RunData::name).toList(),
                        members.stream().map(RunData::trials).toList()));
            }
        }
        return new CompareData(g, runs, units, perRun, syntheticSimilarity(g, rng));
    }

    /**
     * A made-up similarity analysis of the sweep: CKA about 0.9 within a configuration, 0.6 across and 0.4 with the
     * observer; two stable points and a saddle under equal stimuli for the larger networks; the smallest networks'
     * fixed-point search unavailable.
     */
    static SimilarityResult syntheticSimilarity(Grouping g, SplittableRandom rng) {
        List<SimilarityResult.Network> nets = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (var group : g.groups()) {
            for (RunSummary r : group.runs()) {
                groups.add(group.label());
                Topology topo;
                if (r.hiddenSize() == 2) {
                    topo = Topology.unavailable("fixed-point search unavailable: a made-up reason");
                } else {
                    List<Topology.ConditionTopology> rows = new ArrayList<>();
                    for (InputCondition c : InputCondition.values()) {
                        boolean bistable = c == InputCondition.EQUAL_STIMULUS || c == InputCondition.NO_STIMULUS;
                        rows.add(new Topology.ConditionTopology(c.key(), bistable ? 3 : 1, bistable ? 2 : 1,
                                bistable ? 1 : 0, 0, bistable ? 1 : 0, bistable ? 0.97 : 0.7));
                    }
                    topo = new Topology(Topology.Status.OK, "", rows);
                }
                nets.add(new SimilarityResult.Network(r.name(), group.label(), r.architecture(), r.hiddenSize(),
                        r.seed(), 4999, 3, 0.2, 0.1, new SimilarityResult.CommonBehaviour(0.8, 0.9, 0.7, 0.3),
                        new AgentMetrics(0.85, 0.85, 1, 3.4, 0.7, 0.3, 3000), topo));
            }
        }
        groups.add(SimilarityResult.OBSERVER);
        int m = groups.size();
        double[][] cka = new double[m][m];
        double[][] svcca = new double[m][m];
        for (int i = 0; i < m; i++) {
            cka[i][i] = 1;
            svcca[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double base = i == m - 1 ? 0.4 : groups.get(i).equals(groups.get(j)) ? 0.9 : 0.6;
                cka[i][j] = cka[j][i] = base + 0.05 * rng.nextGaussian();
                svcca[i][j] = svcca[j][i] = base - 0.1 + 0.05 * rng.nextGaussian();
            }
        }
        double[][] d = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                d[i][j] = i == j ? 0 : 1 - cka[i][j];
            }
        }
        double[][] cka0 = new double[m][m];
        double[][] svcca0 = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                cka0[i][j] = i == j ? 1 : 0.8 * cka[i][j];
                svcca0[i][j] = i == j ? 1 : 0.8 * svcca[i][j];
            }
        }
        return new SimilarityResult(200, 1, 9800, 33000, nets, cka, svcca, cka0, svcca0, ClassicalMds.embed(d, 2));
    }

    /** Trials of a block-using agent: accuracy rises with contrast and, at low contrast, with concordance. */
    static TrialOutcomes trials(SplittableRandom rng, double zeroConcordant, int n) {
        double[] strengths = {0, 0.5, 1, 1.5, 2, 2.5};
        double[] s = new double[n];
        boolean[] c = new boolean[n];
        double[] ok = new double[n];
        int[] tw = new int[n];
        int trial = 0;
        int blockLength = 20 + rng.nextInt(60);
        for (int i = 0; i < n; i++) {
            double st = strengths[rng.nextInt(strengths.length)];
            int side = rng.nextBoolean() ? 1 : -1;
            c[i] = rng.nextDouble() < 0.8;
            s[i] = st * side;
            double evidence = 1 - Math.exp(-1.5 * st);
            double base = c[i] ? zeroConcordant : 1 - zeroConcordant;
            double dip = trial < 10 ? 0.15 * (1 - trial / 10.0) * (zeroConcordant - 0.5) * 4 : 0;
            double pCorrect = Math.min(1, base + (1 - base) * evidence - (c[i] ? dip : -dip) * (1 - evidence));
            ok[i] = rng.nextDouble() < pCorrect ? 1 : 0;
            tw[i] = trial++;
            if (trial >= blockLength) {
                trial = 0;
                blockLength = 20 + rng.nextInt(60);
            }
        }
        return new TrialOutcomes(s, c, ok, tw);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void everyFigureRendersFromASyntheticSweep(@TempDir Path tmp) throws Exception {
        String dir = System.getenv("COMPAREFIG_DIR");
        Path out = dir != null ? Path.of(dir) : tmp;
        for (boolean perRun : new boolean[] {false, true}) {
            CompareData data = syntheticSweep(perRun);
            for (CompareFigure f : CompareFigures.all()) {
                assertThat(f.skipReason(data)).as(f.stem()).isEmpty();
                Path file = out.resolve(f.stem() + (perRun ? "_per_run" : "") + ".png");
                Drawable d = f.render(data);
                PngWriter.write(d, file, dir != null ? 150 : 40);
                assertThat(Files.size(file)).as(f.stem()).isGreaterThan(1000);
                assertThat(LayoutCheck.problems(d, 100)).as(f.stem() + " layout").isEmpty();
            }
        }
    }

    @Test
    void figuresSayWhyTheyCannotBeDrawn() {
        CompareData full = syntheticSweep(false);
        List<RunData> unmeasured = full.runs().stream().map(r -> new RunData(new RunSummary(r.summary().dir(),
                r.name(), r.summary().params(), r.summary().config(), 0, Double.NaN,
                RunMetrics.none(RunMetrics.Source.NONE)), LearningCurve.EMPTY, null)).toList();
        CompareData empty = new CompareData(Grouping.of(unmeasured.stream().map(RunData::summary).toList()), unmeasured,
                List.of(), false);
        for (CompareFigure f : CompareFigures.all()) {
            assertThat(f.skipReason(empty)).as(f.stem()).isPresent();
        }
    }
}
