package org.iblrnn.analysis.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.analysis.Product;
import org.iblrnn.model.RecurrentNetwork;

/** The memoised state-space products of an {@link AnalysisContext}: PCA, readouts, task-aligned coordinates. */
public final class StateSpaceProducts {

    /** PCA of the RNN session's hidden states, oriented by the right-action readout. */
    public static final Product<PrincipalComponents> PCA = Product.of("pca",
            ctx -> PcaAnalysis.fit(ctx.rnnSession().hiddenStates(), ctx.rnnSession().stateSize(),
                    rightReadout(ctx.network())));

    /** Block readout by logistic regression (split from the "block-readout-split" stream). */
    public static final Product<BlockReadout> BLOCK_READOUT = Product.of("block_readout",
            ctx -> BlockReadoutAnalysis.fit(ctx.rnnSession().hiddenStates(), ctx.rnnSession().blockSide(),
                    ctx.get(PCA), ctx.random("block-readout-split")));

    /** Task-aligned coordinates of every row. */
    public static final Product<TaskAlignedCoordinates> TASK_ALIGNED = Product.of("task_aligned_coordinates",
            ctx -> TaskAlignedCoordinates.of(ctx.get(PCA), ctx.get(BLOCK_READOUT)));

    /** Observer-to-RNN scaling parameters. */
    public static final Product<ScalingParameters> SCALING = Product.of("scaling_parameters",
            ctx -> ScalingParameters.of(ctx.rnnSession(), ctx.get(TASK_ALIGNED), ctx.get(BehaviourProducts.OBSERVER)));

    /** Effect of one observation along the task-aligned directions. */
    public static final Product<ObservationEffects> OBSERVATION_EFFECTS = Product.of("observation_effects",
            ctx -> ObservationEffects.of(ctx.rnnSession(), ctx.get(TASK_ALIGNED)));

    /** Effect of feedback along the task-aligned directions. */
    public static final Product<FeedbackEffects> FEEDBACK_EFFECTS = Product.of("feedback_effects",
            ctx -> FeedbackEffects.of(ctx.rnnSession(), ctx.get(TASK_ALIGNED)));

    private StateSpaceProducts() {
    }

    /** The readout weight row of the right action (row 1 of readout.weight), copied. */
    public static double[] rightReadout(RecurrentNetwork network) {
        int h = network.hiddenSize();
        double[] out = new double[h];
        System.arraycopy(network.params(), network.layout().readoutWeight() + h, out, 0, h);
        return out;
    }
}
