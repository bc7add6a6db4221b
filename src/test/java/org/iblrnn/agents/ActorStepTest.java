package org.iblrnn.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Agent;
import org.junit.jupiter.api.Test;

/** Step-by-step behaviour of the actors on crafted inputs (no environment involved). */
class ActorStepTest {

    private static final double EPS = 1e-12;
    private static final TaskConfig TASK = TaskConfig.defaults();

    private static double[] step(Agent a, double left, double right, double feedback) {
        double[] p = new double[2];
        a.step(new double[]{left, right, feedback}, p);
        return p;
    }

    /** Trial 1: two blanks and one strongly rightward observation; then the next trial's first blank with feedback. */
    private static double[] playRightTrialThenFeedback(Agent a, double feedback) {
        a.reset();
        step(a, 0, 0, 0);
        step(a, 0, 0, 0);
        double[] p = step(a, 0.1, 2.6, 0);
        assertThat(p[1]).isGreaterThan(0.9);
        return step(a, 0, 0, feedback);
    }

    @Test
    void blankStepWithoutFeedbackChangesNothing() {
        BayesianActor a = new BayesianActor(TASK);
        a.reset();
        double[] p = step(a, 0, 0, 0);
        assertThat(p).containsExactly(0.5, 0.5);
        double[] s = new double[2];
        a.copyState(s, 0);
        assertThat(s).containsExactly(0.5, 0.5);
    }

    @Test
    void paperActorSetsThePriorToThePredictedBlockProbability() {
        BayesianActor a = new BayesianActor(TASK);
        double[] p = playRightTrialThenFeedback(a, 1);
        // block posterior after one right trial: (0.2, 0.8); prior = T·α = (0.212, 0.788), not mixed by E
        assertThat(p[1]).isCloseTo(0.788, within(EPS));
        double[] s = new double[3];
        a.copyState(s, 1);
        assertThat(s[1]).isCloseTo(0.2, within(EPS));
        assertThat(s[2]).isCloseTo(0.8, within(EPS));
        assertThat(a.stateSize()).isEqualTo(2);
    }

    @Test
    void idealActorMixesThePredictedBlockWithTheEmissions() {
        IdealActor a = new IdealActor(TASK);
        double[] p = playRightTrialThenFeedback(a, 1);
        assertThat(p[1]).isCloseTo(0.2 * 0.212 + 0.8 * 0.788, within(EPS));
    }

    @Test
    void quirksDistinguishThePaperActorFromTheIdealActorOnTwoObservations() {
        BayesianActor paper = new BayesianActor(TASK);
        IdealActor ideal = new IdealActor(TASK);
        playRightTrialThenFeedback(paper, 1);
        playRightTrialThenFeedback(ideal, 1);
        step(paper, 0, 0, 0);
        step(ideal, 0, 0, 0);
        // d1 = −1.0, d2 = +0.3
        step(paper, 1.2, 0.2, 0);
        step(ideal, 1.2, 0.2, 0);
        double paperP = step(paper, 0.1, 0.4, -0.05)[1];
        double idealP = step(ideal, 0.1, 0.4, -0.05)[1];
        assertThat(paperP).isCloseTo(ReferenceFormulas.perStepPosteriorRight(0.788, -1.0, 0.3), within(EPS));
        assertThat(idealP).isCloseTo(ReferenceFormulas.sharedStrengthPosteriorRight(0.6728, -1.0, 0.3),
                within(EPS));
        assertThat(paperP - idealP).isGreaterThan(0.05);
    }

    @Test
    void oneObservationPosteriorMatchesTheFormulaForBothActors() {
        BayesianActor paper = new BayesianActor(TASK);
        IdealActor ideal = new IdealActor(TASK);
        paper.reset();
        ideal.reset();
        assertThat(step(paper, 0.7, 0.2, 0)[1])
                .isCloseTo(ReferenceFormulas.perStepPosteriorRight(0.5, -0.5), within(EPS));
        assertThat(step(ideal, 0.7, 0.2, 0)[1])
                .isCloseTo(ReferenceFormulas.sharedStrengthPosteriorRight(0.5, -0.5), within(EPS));
    }

    @Test
    void negativeFeedbackIsReadAsTheOtherSideEvenOnATimeout() {
        BayesianActor a = new BayesianActor(TASK);
        a.reset();
        step(a, 0, 0, 0);
        step(a, 0, 0, 0);
        double[] p = step(a, 0.5, 0.8, 0);
        assertThat(p[1]).isBetween(0.5, 0.9);
        // −1 (a timeout here) after a right-leaning posterior: inferred left, so the prior leans left
        double[] next = step(a, 0, 0, -1);
        assertThat(next[0]).isCloseTo(0.788, within(EPS));
    }

    @Test
    void posteriorOfExactlyOneHalfIsReadAsLeftWhateverTheFeedback() {
        assertThat(FeedbackSideInference.previousSide(new double[]{0.5, 0.5}, 1)).isZero();
        assertThat(FeedbackSideInference.previousSide(new double[]{0.5, 0.5}, -1)).isZero();
        assertThat(FeedbackSideInference.previousSide(new double[]{0.3, 0.7}, 1)).isEqualTo(1);
        assertThat(FeedbackSideInference.previousSide(new double[]{0.3, 0.7}, -1)).isZero();
    }

    @Test
    void blocklessActorStartsEveryTrialFromOneHalf() {
        BlocklessActor a = new BlocklessActor(TASK);
        double[] p = playRightTrialThenFeedback(a, 1);
        assertThat(p).containsExactly(0.5, 0.5);
    }

    @Test
    void expWeightedActorSmoothsInferredSidesWithDecay() {
        ExpWeightedActor a = new ExpWeightedActor(TASK);
        double[] p = playRightTrialThenFeedback(a, 1);
        assertThat(p[0]).isCloseTo(0.45, within(EPS));
        assertThat(p[1]).isCloseTo(0.55, within(EPS));
        step(a, 0, 0, 0);
        step(a, 0.3, 2.9, 0);
        double[] q = step(a, 0, 0, 1);
        assertThat(q[1]).isCloseTo(0.9 * 0.55 + 0.1, within(EPS));
        double[] s = new double[2];
        a.copyState(s, 0);
        assertThat(s[1]).isCloseTo(0.595, within(EPS));
        assertThatThrownBy(() -> new ExpWeightedActor(TASK, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decay");
    }

    @Test
    void paperActorReadsBlockParametersFromTaskConfig() {
        TaskConfig other = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.7, 0.3}, {0.3, 0.7}}, 0.1, 4, 20, 100, 10, 2,
                -0.05);
        double[] p = playRightTrialThenFeedback(new BayesianActor(other), 1);
        assertThat(p[1]).isCloseTo(0.9 * 0.7 + 0.1 * 0.3, within(EPS));
    }

    @Test
    void resetRestoresTheInitialState() {
        BayesianActor a = new BayesianActor(TASK);
        playRightTrialThenFeedback(a, 1);
        double[] p = playRightTrialThenFeedback(a, 1);
        assertThat(p[1]).isCloseTo(0.788, within(EPS));
    }

    @Test
    void factoryKnowsAllNamesAndRejectsOthers() {
        for (String name : Actors.names()) {
            assertThat(Actors.create(name, TASK)).isNotNull();
        }
        assertThat(Actors.create("ideal_actor", TASK)).isInstanceOf(IdealActor.class);
        assertThatThrownBy(() -> Actors.create("bayes", TASK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bayesian_actor");
    }
}
