package org.iblrnn.compare.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.TrialView;
import org.junit.jupiter.api.Test;

class CommonSessionTest {

    static final TaskConfig TASK = TaskConfig.defaults();

    static RecurrentNetwork network(Architecture a, int h, long seed) {
        return RecurrentNetwork.initialise(ModelConfig.defaults().withArchitecture(a).withHiddenSize(h),
                new SplittableRandom(seed));
    }

    @Test
    void inputsAreTheBayesianActorsSessionAndTheSameSeedGivesTheSameSession() {
        CommonSession a = CommonSession.generate(TASK, 3, 7);
        CommonSession b = CommonSession.generate(TASK, 3, 7);
        CommonSession c = CommonSession.generate(TASK, 3, 8);
        SessionTable t = a.teacher();
        assertThat(a.steps()).isEqualTo(t.rows());
        assertThat(a.samples()).isEqualTo(t.trials().size()).isGreaterThanOrEqualTo(3 * TASK.minTrialsPerBlock());
        assertThat(t.trials().blockIndex()[a.samples() - 1]).isEqualTo(2);
        for (int r = 0; r < a.steps(); r++) {
            double prevReward = r == 0 ? 0 : t.reward()[r - 1];
            assertThat(a.input(r)).containsExactly(t.leftStimulus()[r], t.rightStimulus()[r], prevReward);
            assertThat(b.input(r)).containsExactly(a.input(r));
        }
        assertThat(b.observerBeliefs()).containsExactly(a.observerBeliefs());
        assertThat(c.teacher().leftStimulus()).isNotEqualTo(t.leftStimulus());
        // the teacher is the Bayesian actor: it plays well above chance
        long correct = 0;
        for (boolean ok : t.trials().correct()) {
            correct += ok ? 1 : 0;
        }
        assertThat((double) correct / a.samples()).isGreaterThan(0.7);
    }

    @Test
    void observerBeliefsArePriorsThenStimulusPosteriors() {
        CommonSession s = CommonSession.generate(TASK, 4, 3);
        double[] b = s.observerBeliefs();
        assertThat(b).hasSize(2 * s.samples());
        assertThat(b[0]).isEqualTo(0.5);
        for (double v : b) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        // late in a block the block belief points to the block's side on most trials
        TrialView t = s.trials();
        int agree = 0;
        int late = 0;
        for (int i = 0; i < s.samples(); i++) {
            if (t.trialWithinBlock()[i] >= 10) {
                late++;
                agree += (b[2 * i] > 0.5 ? 1 : -1) == t.blockSide()[i] ? 1 : 0;
            }
        }
        assertThat((double) agree / late).isGreaterThan(0.8);
    }

    @Test
    void drivingIsOpenLoopDeterministicAndMatchesSteppingTheNetworkByHand() {
        CommonSession s = CommonSession.generate(TASK, 2, 5);
        for (Architecture a : Architecture.values()) {
            RecurrentNetwork net = network(a, 5, 9);
            CommonSession.Response r1 = s.drive(net);
            CommonSession.Response r2 = s.drive(net);
            assertThat(r1.states()).containsExactly(r2.states());
            assertThat(r1.dims()).isEqualTo(5);
            assertThat(r1.states()).hasSize(5 * s.samples());

            // the same inputs through RecurrentNetwork.step, reading h at each trial end
            double[] state = new double[net.stateSize()];
            double[] next = new double[net.stateSize()];
            double[] probs = new double[2];
            int sample = 0;
            int[] ends = s.trials().endRow();
            for (int row = 0; row < s.steps(); row++) {
                net.step(state, s.input(row), next, probs);
                System.arraycopy(next, 0, state, 0, state.length);
                if (sample < ends.length && ends[sample] == row) {
                    for (int u = 0; u < 5; u++) {
                        assertThat(r1.states()[sample * 5 + u]).as(a + " sample " + sample).isEqualTo(state[u]);
                    }
                    assertThat(r1.pRight()[sample]).isCloseTo(probs[1] / (probs[0] + probs[1]), within(1e-15));
                    sample++;
                }
            }
            assertThat(sample).isEqualTo(s.samples());
        }
    }

    @Test
    void forcedChoiceBehaviourOfAnOracleAndOfAContrarian() {
        CommonSession s = CommonSession.generate(TASK, 3, 11);
        TrialView t = s.trials();
        double[] oracle = new double[s.samples()];
        double[] contrarian = new double[s.samples()];
        int acted = 0;
        int actorCorrect = 0;
        for (int i = 0; i < oracle.length; i++) {
            oracle[i] = t.side()[i] == 1 ? 0.8 : 0.2;
            contrarian[i] = 1 - oracle[i];
            if (t.actionTaken()[i]) {
                acted++;
                actorCorrect += t.correct()[i] ? 1 : 0;
            }
        }
        SimilarityResult.CommonBehaviour o = SimilarityAnalysis.behaviour(s, oracle);
        assertThat(o.accuracy()).isEqualTo(1.0);
        assertThat(o.zeroConcordant()).isEqualTo(1.0);
        assertThat(o.zeroDiscordant()).isEqualTo(1.0);
        assertThat(o.agreementWithActor()).isCloseTo((double) actorCorrect / acted, within(1e-15));
        SimilarityResult.CommonBehaviour c = SimilarityAnalysis.behaviour(s, contrarian);
        assertThat(c.accuracy()).isEqualTo(0.0);
        assertThat(c.agreementWithActor()).isCloseTo(1 - (double) actorCorrect / acted, within(1e-15));
    }
}
