package org.iblrnn.analysis.reduced;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.analysis.statespace.TaskAlignedCoordinates;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;

/**
 * The reduced-model products (RADD, traditional distillation, the task-trained 2-unit network), memoised in the
 * {@link AnalysisContext}. Each small network plays its own fresh session of the analysis task from a named random
 * stream (as the original, the agents are compared on statistically equivalent, not identical, sessions).
 */
public final class ReducedProducts {

    /**
     * The RNN's task-aligned coordinates z [rows][2] = (stimulus, block): issue #4's
     * {@link StateSpaceProducts#TASK_ALIGNED} as rows, the shape the RADD fit and simulation take.
     */
    public static final Product<double[][]> TASK_ALIGNED = Product.of("reduced.task_aligned", ctx -> {
        TaskAlignedCoordinates z = ctx.get(StateSpaceProducts.TASK_ALIGNED);
        double[][] rows = new double[z.rows()][];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = new double[]{z.stimulus(t), z.block(t)};
        }
        return rows;
    });

    /** The RADD fit on the RNN's session. */
    public static final Product<RaddFit> RADD_FIT = Product.of("radd_fit",
            ctx -> Radd.fit(ctx.get(TASK_ALIGNED), Radd.inputs(ctx.rnnSession()), ctx.random("radd_split")));

    /** Teacher-forced RADD states ẑ [rows][2] in task-aligned units, aligned with the RNN's rows. */
    public static final Product<double[][]> RADD_STATES = Product.of("radd_states",
            ctx -> Radd.simulate(ctx.get(RADD_FIT), Radd.inputs(ctx.rnnSession())));

    /** Lag distances (figure R3) of the full RNN, its projection, the RADD states and the random control. */
    public static final Product<List<ErrorAccumulation.Row>> ERROR_ACCUMULATION = Product.of("radd_error_accumulation",
            ctx -> {
                SessionTable t = ctx.rnnSession();
                int d = ErrorAccumulation.DEFAULT_MAX_DELTA;
                List<ErrorAccumulation.Row> rows = new ArrayList<>();
                rows.addAll(ErrorAccumulation.of("hidden_states", t.hiddenStates(), t.stateSize(), d));
                rows.addAll(ErrorAccumulation.of("task_aligned_hidden_states", ctx.get(TASK_ALIGNED), d));
                rows.addAll(ErrorAccumulation.of("radd_states", ctx.get(RADD_STATES), d));
                rows.addAll(ErrorAccumulation.of("control",
                        Radd.randomControl(Radd.inputs(t), ctx.random("radd_control")), d));
                return List.copyOf(rows);
            });

    /** The RADD network's readout scale: the RNN's own readout gain on its stimulus coordinate. */
    public static final Product<Double> RADD_READOUT_SCALE = Product.of("radd_readout_scale", ctx -> {
        double[][] z = ctx.get(TASK_ALIGNED);
        double[] z0 = new double[z.length];
        for (int t = 0; t < z.length; t++) {
            z0[t] = z[t][0];
        }
        SessionTable s = ctx.rnnSession();
        return RaddNetwork.matchedScale(z0, s.rightActionProb(), s.leftActionProb(), ctx.get(RADD_FIT).normaliser());
    });

    /** The playable RADD network. */
    public static final Product<RecurrentNetwork> RADD_NETWORK = Product.of("radd_network",
            ctx -> RaddNetwork.of(ctx.get(RADD_FIT), ctx.get(RADD_READOUT_SCALE)));

    /** The RADD network's closed-loop session (state = ẑ in normalised units). */
    public static final Product<SessionTable> RADD_SESSION = Product.of("radd_session",
            ctx -> play(ctx, ctx.get(RADD_NETWORK), "radd_session"));

    /** The traditionally distilled 2-unit network (cached in the analyze folder). */
    public static final Product<TraditionalDistillation.Result> TRADITIONALLY_DISTILLED = Product.of(
            "traditionally_distilled", ctx -> TraditionalDistillation.trainOrLoad(ctx.settings().workDir(),
                    ctx.network(), ctx.params().env(), ctx.settings().distillationSteps(), ctx.seed()));

    /** Its closed-loop session. */
    public static final Product<SessionTable> TRADITIONALLY_DISTILLED_SESSION = Product.of(
            "traditionally_distilled_session",
            ctx -> play(ctx, ctx.get(TRADITIONALLY_DISTILLED).student(), "traditionally_distilled_session"));

    /** The 2-unit task-trained network (from --two-unit-run, or trained and cached in the analyze folder). */
    public static final Product<TwoUnitTaskTrained.Source> TWO_UNIT = Product.of("two_unit_task_trained",
            ctx -> TwoUnitTaskTrained.obtain(ctx.settings().twoUnitRun(), ctx.params(), ctx.settings().workDir(),
                    ctx.settings().twoUnitSteps()));

    /** Its closed-loop session. */
    public static final Product<SessionTable> TWO_UNIT_SESSION = Product.of("two_unit_task_trained_session",
            ctx -> play(ctx, ctx.get(TWO_UNIT).network(), "two_unit_task_trained_session"));

    /** The RADD network in its own 2-D state space: readouts, fixed points, vector fields. */
    public static final Product<SmallModel> RADD_SMALL_MODEL = Product.of("radd_small_model",
            ctx -> SmallModel.analyse("radd", ctx.get(RADD_NETWORK), ctx.get(RADD_SESSION),
                    ctx.random("radd_block_readout_split")));

    /** The traditionally distilled network in its own 2-D state space. */
    public static final Product<SmallModel> TRADITIONALLY_DISTILLED_SMALL_MODEL = Product.of(
            "traditionally_distilled_small_model",
            ctx -> SmallModel.analyse("traditionally_distilled", ctx.get(TRADITIONALLY_DISTILLED).student(),
                    ctx.get(TRADITIONALLY_DISTILLED_SESSION), ctx.random("traditionally_distilled_block_readout_split")));

    /** The task-trained 2-unit network in its own 2-D state space. */
    public static final Product<SmallModel> TWO_UNIT_SMALL_MODEL = Product.of("two_unit_task_trained_small_model",
            ctx -> SmallModel.analyse("two_unit_task_trained", ctx.get(TWO_UNIT).network(),
                    ctx.get(TWO_UNIT_SESSION), ctx.random("two_unit_task_trained_block_readout_split")));

    private ReducedProducts() {
    }

    private static SessionTable play(AnalysisContext ctx, RecurrentNetwork net, String stream) {
        return SessionRunner.run(ctx.task(), SessionGenerator.generate(ctx.task(), ctx.random(stream)),
                new RnnAgent(net), null, 0);
    }
}
