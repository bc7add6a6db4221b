package org.iblrnn.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.iblrnn.agents.ActorSessions;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.config.Params;
import org.iblrnn.model.RecurrentNetwork;
import org.junit.jupiter.api.Test;

class MiceComparisonTest {

    @Test
    @SuppressWarnings("unchecked")
    void metricsHoldBothSubjectsPsychometricParametersPerBlock() {
        Params params = Params.defaults();
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(5));
        // a session of an agent that decides (an untrained network only times out): the Bayesian actor's
        TaskConfig task = params.env().withBlocksPerSession(30);
        AnalysisContext ctx = new AnalysisContext(params, net, 0, task,
                ActorSessions.run("bayesian_actor", task, new SplittableRandom(11)), 11);
        Map<String, Object> m = MiceComparison.metrics(ctx, MiceSummary.load(null));
        assertThat(m.keySet()).containsExactly("rnn", "mice");
        Map<String, Object> rnn = (Map<String, Object>) m.get("rnn");
        Map<String, Object> mice = (Map<String, Object>) m.get("mice");
        assertThat(rnn.get("stimulus_unit")).isEqualTo("strength");
        assertThat(mice.get("stimulus_unit")).isEqualTo("contrast_percent");
        assertThat(rnn.get("trials")).isEqualTo(ctx.rnnSession().trials().size());
        Map<String, Object> rnnFits = (Map<String, Object>) rnn.get("psychometric");
        Map<String, Object> miceFits = (Map<String, Object>) mice.get("psychometric");
        assertThat(rnnFits.keySet()).containsExactly("0.8", "0.2");
        assertThat(miceFits.keySet()).containsExactly("0.8", "0.5", "0.2");
        Map<String, Object> left = (Map<String, Object>) rnnFits.get("0.8");
        assertThat(left.keySet()).containsExactly("block_side", "bias", "threshold", "lapse_low", "lapse_high", "n");
        assertThat(left.get("block_side")).isEqualTo("left");
        assertThat(((Map<String, Object>) miceFits.get("0.5")).get("block_side")).isEqualTo("unbiased");
        // the mice numbers are the shipped summary's (reference: P(right) at 0 % is 0.306 / 0.646)
        Map<String, Object> zero = (Map<String, Object>) mice.get("p_right_zero_stimulus");
        assertThat((double) zero.get("left_block")).isBetween(0.3055, 0.3065);
        assertThat((double) zero.get("right_block")).isBetween(0.6455, 0.6465);
        // the RNN's metrics are memoised in the context
        assertThat(ctx.get(MiceComparison.RNN_BEHAVIOUR)).isSameAs(ctx.get(MiceComparison.RNN_BEHAVIOUR));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUntrainedNetworkThatNeverRespondsGivesNoFitsAndNaNRatios() {
        Params params = Params.defaults();
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new SplittableRandom(5));
        AnalysisContext ctx = AnalysisContext.simulate(params, net, 0, 3, 11);
        Map<String, Object> rnn = (Map<String, Object>) MiceComparison.metrics(ctx, MiceSummary.load(null)).get("rnn");
        assertThat((Map<String, Object>) rnn.get("psychometric")).isEmpty();
        assertThat(rnn.get("analysed_trials")).isEqualTo(0);
        assertThat((double) rnn.get("correct_by_total_trials")).isNaN();
    }
}
