package org.iblrnn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.Test;

/** The reward rules of {@link TaskEnvironment}, driven step by step. */
class TaskEnvironmentTest {

    private static final TaskConfig CFG = TaskConfig.defaults();

    /** One left trial then one right trial, in a single left block. */
    private static GeneratedSession twoTrials() {
        double[][][] obs = new double[2][12][2];
        for (int t = 0; t < 2; t++) {
            for (int s = 2; s < 12; s++) {
                obs[t][s][0] = 0.1 * s + t;
                obs[t][s][1] = -0.1 * s - t;
            }
        }
        return GeneratedSession.of(new int[]{-1}, new int[]{2}, new int[]{-1, 1}, new double[]{1.0, 0.5}, obs, 2);
    }

    @Test
    void inputIsTheObservationAndThePreviousRewardStartingFromZero() {
        GeneratedSession g = twoTrials();
        TaskEnvironment env = new TaskEnvironment(CFG, g);
        double[] in = new double[3];
        env.input(in);
        assertThat(in).containsExactly(0, 0, 0);
        assertThat(env.respond(0.5, 0.5)).isEqualTo(0.0);
        env.input(in);
        assertThat(in).containsExactly(0, 0, 0);
        assertThat(env.respond(0.99, 0.01)).as("blank steps cannot act").isEqualTo(0.0);
        env.input(in);
        assertThat(in).containsExactly(g.left(0, 2), g.right(0, 2), 0);
        assertThat(env.respond(0.6, 0.4)).isEqualTo(-0.05);
        env.input(in);
        assertThat(in).containsExactly(g.left(0, 3), g.right(0, 3), -0.05);
        assertThat(env.respond(0.95, 0.05)).isEqualTo(1.0);
        assertThat(env.lastStepEndedTrial()).isTrue();
        assertThat(env.lastActionSide()).isEqualTo(-1);
        assertThat(env.trial()).isEqualTo(1);
        assertThat(env.stepInTrial()).isZero();
        assertThat(env.isBlankStep()).isTrue();
        env.input(in);
        assertThat(in).as("the next trial's first step carries the reward").containsExactly(0, 0, 1);
    }

    @Test
    void confidentCorrectActionEndsTheTrialAtTheFirstObservationStep() {
        TaskEnvironment env = new TaskEnvironment(CFG, twoTrials());
        assertThat(env.respond(0.01, 0.99)).isZero();
        assertThat(env.respond(0.01, 0.99)).isZero();
        assertThat(env.lastStepEndedTrial()).isFalse();
        assertThat(env.respond(0.01, 0.99)).as("right on a left trial").isEqualTo(-1.0);
        assertThat(env.lastStepEndedTrial()).isTrue();
        assertThat(env.lastActionSide()).isEqualTo(1);
        env.respond(0.5, 0.5);
        env.respond(0.5, 0.5);
        assertThat(env.respond(0.01, 0.99)).as("right on a right trial").isEqualTo(1.0);
        assertThat(env.done()).isTrue();
        assertThat(env.stepInSession()).isEqualTo(6);
        assertThatThrownBy(() -> env.respond(0.5, 0.5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("done");
        assertThatThrownBy(() -> env.input(new double[3])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverConfidentPaysTheDelayPenaltyThenTimesOutOnStepEleven() {
        TaskEnvironment env = new TaskEnvironment(CFG, twoTrials());
        for (int s = 0; s < 12; s++) {
            assertThat(env.stepInTrial()).isEqualTo(s);
            double r = env.respond(0.55, 0.45);
            if (s < 2) {
                assertThat(r).isZero();
            } else if (s < 11) {
                assertThat(r).isEqualTo(-0.05);
                assertThat(env.lastStepEndedTrial()).isFalse();
            } else {
                assertThat(r).isEqualTo(-1.0);
                assertThat(env.lastStepEndedTrial()).isTrue();
                assertThat(env.lastActionSide()).isZero();
            }
        }
        assertThat(env.trial()).isEqualTo(1);
    }

    @Test
    void thresholdIsStrictAndTiesActLeft() {
        TaskEnvironment env = new TaskEnvironment(CFG, twoTrials());
        env.respond(0.5, 0.5);
        env.respond(0.5, 0.5);
        assertThat(env.respond(0.9, 0.1)).as("exactly 0.9 does not act").isEqualTo(-0.05);
        assertThat(env.respond(0.5, 0.5)).as("a normalised tie cannot act").isEqualTo(-0.05);
        assertThat(env.respond(0.95, 0.95)).as("unnormalised tie acts left").isEqualTo(1.0);
        assertThat(env.lastActionSide()).isEqualTo(-1);
    }

    @Test
    void timeoutStepFollowsTheParameters() {
        TaskConfig cfg = new TaskConfig(6, 0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 2, 20, 100, 4, 3, -0.1);
        GeneratedSession g = SessionGenerator.generate(cfg, new SplittableRandom(4));
        TaskEnvironment env = new TaskEnvironment(cfg, g);
        double[] rewards = new double[7];
        for (int s = 0; s < 7; s++) {
            assertThat(env.isBlankStep()).isEqualTo(s < 3);
            rewards[s] = env.respond(0.5, 0.5);
        }
        assertThat(rewards).containsExactly(new double[]{0, 0, 0, -0.1, -0.1, -0.1, -1}, within(0.0));
        assertThat(env.trial()).isEqualTo(1);
    }

    @Test
    void misuseIsRejected() {
        TaskEnvironment env = new TaskEnvironment(CFG, twoTrials());
        assertThatThrownBy(() -> env.respond(Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diverged");
        TaskConfig other = new TaskConfig(6, 0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 4, 20, 100, 10, 3,
                -0.05);
        assertThatThrownBy(() -> new TaskEnvironment(other, twoTrials())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rnn_steps_before_obs");
    }
}
