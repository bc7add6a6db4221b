package org.iblrnn.agents;

import java.util.random.RandomGenerator;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.GeneratedSession;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;

/**
 * Runs a reference actor closed-loop in its own freshly generated session, as the original does for
 * {@code bayesian_actor_session_data} and friends (each actor gets an independent, statistically equivalent session,
 * not the RNN's).
 */
public final class ActorSessions {

    private ActorSessions() {
    }

    /**
     * @param name   one of {@link Actors#names()}
     * @param task   the task (its {@code blocks_per_session} sets the session length; the analyses use 1000)
     * @param rng    the session's random stream (e.g. {@code Seeds.forAnalysis(seed, name)})
     * @return the actor's session table (loss column NaN; hidden_state = the actor's state vector)
     */
    public static SessionTable run(String name, TaskConfig task, RandomGenerator rng) {
        GeneratedSession session = SessionGenerator.generate(task, rng);
        return SessionRunner.run(task, session, Actors.create(name, task), null, 0);
    }
}
