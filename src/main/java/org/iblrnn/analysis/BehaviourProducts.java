package org.iblrnn.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.iblrnn.agents.ActorSessions;
import org.iblrnn.agents.BayesianObserver;
import org.iblrnn.agents.ObserverInput;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.task.SessionTable;

/**
 * Products of the behavioural analysis: each Bayesian actor played in its own fresh session
 * of the analysis task, and the Bayesian observer evaluated on the RNN's session.
 */
public final class BehaviourProducts {

    /** Actor names in the order they are reported. */
    public static final List<String> ACTORS = List.of("bayesian_actor", "ideal_actor", "blockless_actor",
            "exp_weighted_actor");

    /** Every actor's session, simulated in parallel (each from its own named random stream). */
    public static final Product<Map<String, SessionTable>> ACTOR_SESSIONS = Product.of("actor_sessions", ctx -> {
        Map<String, CompletableFuture<SessionTable>> futures = new LinkedHashMap<>();
        for (String name : ACTORS) {
            futures.put(name, CompletableFuture.supplyAsync(() -> ActorSessions.run(name, ctx.task(), ctx.random(name))));
        }
        Map<String, SessionTable> out = new LinkedHashMap<>();
        futures.forEach((name, f) -> out.put(name, f.join()));
        return out;
    });

    /** The Bayesian observer's columns on the RNN's session. */
    public static final Product<ObserverResult> OBSERVER = Product.of("bayesian_observer",
            ctx -> new BayesianObserver(ctx.task()).evaluate(ObserverInput.of(ctx.rnnSession())));

    private BehaviourProducts() {
    }

    /** One actor's session. */
    public static SessionTable actorSession(AnalysisContext ctx, String name) {
        SessionTable t = ctx.get(ACTOR_SESSIONS).get(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown actor " + name + " (known: " + ACTORS + ")");
        }
        return t;
    }

    /** metrics.json's agents section for the RNN, the actors and the observer. */
    public static Map<String, AgentMetrics> agentMetrics(AnalysisContext ctx) {
        Map<String, AgentMetrics> out = new LinkedHashMap<>();
        out.put("rnn", AgentMetrics.of(ctx.rnnSession()));
        ctx.get(ACTOR_SESSIONS).forEach((name, table) -> out.put(name, AgentMetrics.of(table)));
        out.put("bayesian_observer", AgentMetrics.ofObserver(ctx.get(OBSERVER), ctx.rnnSession()));
        return out;
    }
}
