package org.iblrnn.agents;

import java.util.List;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Agent;

/** Creates the reference actors by name, so commands and analyses can select them from configuration. */
public final class Actors {

    private static final List<String> NAMES = List.of(BayesianActor.NAME, IdealActor.NAME, BlocklessActor.NAME,
            ExpWeightedActor.NAME);

    private Actors() {
    }

    /** The known names: bayesian_actor, ideal_actor, blockless_actor, exp_weighted_actor. */
    public static List<String> names() {
        return NAMES;
    }

    /** A fresh actor for the task (already reset). */
    public static Agent create(String name, TaskConfig task) {
        Agent agent = switch (name) {
            case BayesianActor.NAME -> new BayesianActor(task);
            case IdealActor.NAME -> new IdealActor(task);
            case BlocklessActor.NAME -> new BlocklessActor(task);
            case ExpWeightedActor.NAME -> new ExpWeightedActor(task);
            default -> throw new IllegalArgumentException("unknown actor '" + name + "'; use one of " + NAMES);
        };
        agent.reset();
        return agent;
    }
}
