package org.iblrnn.compare.similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;
import org.iblrnn.analysis.similarity.ClassicalMds;
import org.iblrnn.analysis.similarity.LinearCka;
import org.iblrnn.analysis.similarity.Representation;
import org.iblrnn.analysis.similarity.Svcca;
import org.iblrnn.compare.GroupSummary;
import org.iblrnn.compare.Grouping;
import org.iblrnn.compare.RunSummary;
import org.iblrnn.compare.TaskCheck;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.task.TrialView;
import org.iblrnn.train.RunDirectory;
import org.iblrnn.train.TrainedNetwork;

/**
 * {@code compare --similarity}: drives every compared network (its newest checkpoint) through one
 * {@link CommonSession}, compares their hidden states at the trial-end steps pairwise and with the Bayesian observer's
 * belief (linear CKA, SVCCA, MDS of 1 − CKA), and summarises each network's fixed-point topology and behaviour.
 * The same comparison of the runs' step-0 checkpoints is the baseline: inputs alone make the states of even
 * untrained networks alike (the last observation dominates a trial-end state), so similarity is only evidence of a
 * shared learned solution where it exceeds that baseline.
 *
 * <p>Fixed points come from the same product {@code analyze} uses, on the network's own closed-loop analysis session
 * of {@code blocks} blocks from {@code seed} (whose visited states set the search grid). A network whose search is
 * unavailable or fails keeps its similarity numbers; its topology says why.
 */
public final class SimilarityAnalysis {

    private SimilarityAnalysis() {
    }

    /**
     * @param grouping the compared runs by configuration (runs without a checkpoint are left out, with a note)
     * @param blocks   blocks of the common session and of each network's own session
     * @param seed     analysis seed
     * @param notes    receives one-line progress notes
     * @return the result, or empty when no run has a checkpoint
     */
    public static Optional<SimilarityResult> run(Grouping grouping, int blocks, long seed, Consumer<String> notes)
            throws IOException {
        List<RunSummary> runs = new ArrayList<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        List<RunDirectory.CheckpointRef> checkpoints = new ArrayList<>();
        for (GroupSummary g : grouping.groups()) {
            for (RunSummary r : g.runs()) {
                Optional<RunDirectory.CheckpointRef> c = RunDirectory.existing(r.dir()).newestCheckpoint();
                if (c.isEmpty()) {
                    notes.accept(r.name() + ": no checkpoint; left out of the similarity analysis");
                    continue;
                }
                runs.add(r);
                checkpoints.add(c.get());
                groupOf.put(r.name(), g.label());
            }
        }
        if (runs.isEmpty()) {
            notes.accept("similarity: no run has a checkpoint; nothing to compare");
            return Optional.empty();
        }
        TaskConfig task = runs.get(0).params().env();
        for (RunSummary r : runs) {
            String key = TaskCheck.firstTaskDifference(runs.get(0).config(), r.config());
            if (key != null) {
                notes.accept("similarity: runs differ in their task (" + key + "); the common session uses the task of "
                        + runs.get(0).name());
                break;
            }
        }
        CommonSession session = CommonSession.generate(task, blocks, seed);
        notes.accept(String.format(Locale.ROOT, "similarity: common session of %d blocks (%d trials, %d steps) played"
                + " by the Bayesian actor; driving %d networks through it", blocks, session.samples(), session.steps(),
                runs.size()));
        Representation observer = Representation.of(session.observerBeliefs(), 2);
        Representation blockBelief = Representation.of(column(session.observerBeliefs(), 2, 0), 1);

        List<Representation> reps = new ArrayList<>();
        List<Representation> initialReps = new ArrayList<>();
        List<SimilarityResult.Network> networks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSummary r = runs.get(i);
            long t0 = System.nanoTime();
            TrainedNetwork trained;
            try {
                trained = TrainedNetwork.read(checkpoints.get(i).file());
            } catch (InvalidInputException e) {
                // one unreadable or diverged run (non-finite weights are refused at load) must not stop the comparison
                notes.accept("similarity: " + r.name() + " left out: " + e.getMessage());
                continue;
            }
            CommonSession.Response resp = session.drive(trained.network());
            if (!allFinite(resp.states())) {
                notes.accept("similarity: " + r.name() + " left out: its hidden state is not finite in the common"
                        + " session (a diverged network)");
                continue;
            }
            Representation rep = Representation.of(resp.states(), resp.dims());
            reps.add(rep);
            Representation initial = initial(r, session);
            initialReps.add(initial);
            AnalysisContext ctx = AnalysisContext.simulate(trained, blocks, seed);
            AgentMetrics closed = AgentMetrics.of(ctx.rnnSession());
            Topology topo = topology(ctx);
            networks.add(new SimilarityResult.Network(r.name(), groupOf.get(r.name()), r.architecture(),
                    r.hiddenSize(), r.seed(), trained.step(), rep.dimsExplaining(Svcca.VARIANCE_KEPT),
                    LinearCka.of(rep, blockBelief), initial == null ? Double.NaN : LinearCka.of(initial, blockBelief),
                    behaviour(session, resp.pRight()), closed, topo));
            notes.accept(String.format(Locale.ROOT, "similarity: %s done in %.1f s (fixed points: %s)", r.name(),
                    (System.nanoTime() - t0) / 1e9, topo.available() ? "ok" : "unavailable — " + topo.reason()));
        }
        if (networks.isEmpty()) {
            notes.accept("similarity: no network left to compare");
            return Optional.empty();
        }
        reps.add(observer);
        initialReps.add(observer);
        double[][][] end = matrices(reps);
        double[][][] start = matrices(initialReps);
        ClassicalMds.Embedding mds = ClassicalMds.embed(distances(end[0]), 2);
        return Optional.of(new SimilarityResult(blocks, seed, session.samples(), session.steps(), networks, end[0],
                end[1], start[0], start[1], mds));
    }

    /**
     * The run's network at the start of training (its step-0 checkpoint) driven through the session, or null when
     * the run has none (or it is not finite): the baseline that says how much similarity the inputs alone produce.
     */
    static Representation initial(RunSummary run, CommonSession session) throws IOException {
        List<RunDirectory.CheckpointRef> all = RunDirectory.existing(run.dir()).checkpoints();
        if (all.isEmpty() || all.get(0).step() != 0) {
            return null;
        }
        CommonSession.Response resp = session.drive(TrainedNetwork.read(all.get(0).file()).network());
        return allFinite(resp.states()) ? Representation.of(resp.states(), resp.dims()) : null;
    }

    /** CKA and SVCCA between every pair; NaN for pairs with a missing (null) representation. */
    static double[][][] matrices(List<Representation> reps) {
        int m = reps.size();
        double[][] cka = new double[m][m];
        double[][] svcca = new double[m][m];
        for (int i = 0; i < m; i++) {
            boolean has = reps.get(i) != null;
            cka[i][i] = has ? 1 : Double.NaN;
            svcca[i][i] = has ? 1 : Double.NaN;
            for (int j = i + 1; j < m; j++) {
                boolean both = has && reps.get(j) != null;
                cka[i][j] = cka[j][i] = both ? LinearCka.of(reps.get(i), reps.get(j)) : Double.NaN;
                svcca[i][j] = svcca[j][i] = both ? Svcca.of(reps.get(i), reps.get(j)).mean() : Double.NaN;
            }
        }
        return new double[][][] {cka, svcca};
    }

    /** The fixed-point topology, or why it is unavailable (the search's own failure message). */
    static Topology topology(AnalysisContext ctx) {
        try {
            return Topology.of(ctx.get(FixedPointProducts.FIXED_POINTS));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return Topology.unavailable("fixed-point search unavailable: " + msg);
        }
    }

    /** 1 − CKA, with a NaN CKA (a representation without variance) as the largest distance, 1. */
    static double[][] distances(double[][] cka) {
        int m = cka.length;
        double[][] d = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double c = cka[i][j];
                d[i][j] = i == j ? 0 : Double.isFinite(c) ? Math.max(0, 1 - c) : 1;
            }
        }
        return d;
    }

    /** Forced choices (the more probable side) at the trial-end steps of the common session. */
    static SimilarityResult.CommonBehaviour behaviour(CommonSession session, double[] pRight) {
        TrialView t = session.trials();
        int n = t.size();
        int correct = 0;
        int acted = 0;
        int agree = 0;
        int[] zero = new int[2];
        int[] zeroCorrect = new int[2];
        for (int i = 0; i < n; i++) {
            int choice = pRight[i] > 0.5 ? 1 : -1;
            boolean ok = choice == t.side()[i];
            correct += ok ? 1 : 0;
            if (t.actionTaken()[i]) {
                acted++;
                agree += choice == t.actionSide()[i] ? 1 : 0;
            }
            if (t.strength()[i] == 0.0) {
                int k = t.concordant()[i] ? 0 : 1;
                zero[k]++;
                zeroCorrect[k] += ok ? 1 : 0;
            }
        }
        return new SimilarityResult.CommonBehaviour(ratio(correct, n), ratio(agree, acted), ratio(zeroCorrect[0],
                zero[0]), ratio(zeroCorrect[1], zero[1]));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static double[] column(double[] rowMajor, int cols, int c) {
        double[] out = new double[rowMajor.length / cols];
        for (int i = 0; i < out.length; i++) {
            out[i] = rowMajor[i * cols + c];
        }
        return out;
    }
}
