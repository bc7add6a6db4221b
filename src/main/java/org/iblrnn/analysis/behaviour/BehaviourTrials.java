package org.iblrnn.analysis.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.BehaviourProducts;
import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.statespace.StateSpaceProducts;

/**
 * Memoised per-trial behaviour of the agents the behaviour figures compare: the RNN, the Bayesian actor (its own
 * session) and the Bayesian observer (on the RNN's session), plus the block-belief trace of O1/O2.
 */
public final class BehaviourTrials {

    /** Name of the actor the behaviour figures call "Bayesian Actor". */
    public static final String ACTOR = "bayesian_actor";

    /** The RNN's trials. */
    public static final Product<AgentTrials> RNN = Product.of("rnn_trials",
            ctx -> AgentTrials.of(ctx.rnnSession(), ctx.task().rnnStepsBeforeObs()));

    /** The Bayesian actor's trials (its own session). */
    public static final Product<AgentTrials> BAYESIAN_ACTOR = Product.of("bayesian_actor_trials",
            ctx -> AgentTrials.of(BehaviourProducts.actorSession(ctx, ACTOR), ctx.task().rnnStepsBeforeObs()));

    /** The Bayesian observer's forced decisions at the RNN's decision rows. */
    public static final Product<AgentTrials> OBSERVER = Product.of("bayesian_observer_trials",
            ctx -> AgentTrials.observer(ctx.get(BehaviourProducts.OBSERVER), ctx.rnnSession(),
                    ctx.task().rnnStepsBeforeObs()));

    /** The RNN's block coordinate beside the scaled observer posterior, per trial. */
    public static final Product<BlockBeliefTrace> BLOCK_BELIEF = Product.of("block_belief_trace",
            ctx -> BlockBeliefTrace.of(ctx.rnnSession(), ctx.get(StateSpaceProducts.TASK_ALIGNED).magnAlongBlock(),
                    ctx.get(BehaviourProducts.OBSERVER), ctx.get(StateSpaceProducts.SCALING).block()));

    private BehaviourTrials() {
    }

    /** Shorthand for {@code ctx.get(RNN)}. */
    public static AgentTrials rnn(AnalysisContext ctx) {
        return ctx.get(RNN);
    }

    /** Shorthand for {@code ctx.get(BAYESIAN_ACTOR)}. */
    public static AgentTrials actor(AnalysisContext ctx) {
        return ctx.get(BAYESIAN_ACTOR);
    }

    /** Shorthand for {@code ctx.get(OBSERVER)}. */
    public static AgentTrials observer(AnalysisContext ctx) {
        return ctx.get(OBSERVER);
    }
}
