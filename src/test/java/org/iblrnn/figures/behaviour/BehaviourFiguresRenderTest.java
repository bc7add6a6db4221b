package org.iblrnn.figures.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.Params;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.figures.plot.FigureRenderer;
import org.iblrnn.analysis.behaviour.AgentTrials;
import org.iblrnn.analysis.behaviour.BehaviourCurves;
import org.iblrnn.analysis.behaviour.BehaviourTrials;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.task.Agent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure renders from a short session of an untrained 8-unit network (many bins empty or of size one). */
class BehaviourFiguresRenderTest {

    static AnalysisContext ctx;

    @BeforeAll
    static void simulate() {
        Params p = Params.defaults().withModel(ModelConfig.defaults().withHiddenSize(8));
        RecurrentNetwork net = RecurrentNetwork.initialise(p.model(), new SplittableRandom(11));
        ctx = AnalysisContext.simulate(p, net, 0, 20, 5);
    }

    @Test
    void eighteenFiguresWithTheSpecStemsInOrder() {
        List<String> stems = BehaviourFigures.all().stream().map(Figure::stem).toList();
        assertThat(stems).containsExactly(
                "task_block_side_trial_side_by_trial_number", "task_stimuli_by_block_side",
                "task_stimuli_by_correct_trial_side", "task_stimuli_and_model_prob_in_first_n_trials",
                "behav_dts_per_trial_by_strength", "behav_rnn_dts_per_trial_by_strength_correct_concordant",
                "behav_prob_correct_action_by_dts_within_trial", "behav_prob_correct_action_by_trial_within_block",
                "behav_prob_correct_action_by_trial_within_block_zero_contrast",
                "behav_prob_correct_action_by_zero_contrast_trial_within_block",
                "behav_prob_correct_by_strength_concordant",
                "behav_prob_correct_slope_intercept_by_prev_block_duration", "behav_reward_rate",
                "behav_right_action_by_signed_contrast", "behav_trial_outcome_by_trial_strength",
                "task_block_inference_multiple_blocks", "task_block_inference_single_block",
                "behav_bayesian_dts_per_trial_by_strength_correct_concordant");
        Set<String> questions = new HashSet<>();
        for (Figure<AnalysisContext> f : BehaviourFigures.all()) {
            assertThat(f.question()).as(f.stem()).endsWith("?").doesNotContain("\n");
            assertThat(f.title()).as(f.stem()).isNotBlank();
            assertThat(f.section()).as(f.stem()).isNotBlank();
            questions.add(f.question());
        }
        assertThat(questions).hasSize(18);
    }

    @Test
    void everyFigureRendersOnAnUntrainedShortSession(@TempDir Path tmp) throws Exception {
        FigureRegistry<AnalysisContext> reg = new FigureRegistry<>();
        BehaviourFigures.all().forEach(reg::register);
        List<FigureOutcome> out = new FigureRenderer<AnalysisContext>(40).renderAll(reg, ctx, tmp);
        for (FigureOutcome o : out) {
            assertThat(o.ok()).as(o.stem() + ": " + o.message()).isTrue();
            assertThat(Files.size(tmp.resolve(o.stem() + ".png"))).as(o.stem()).isGreaterThan(1000);
        }
        assertThat(out).hasSize(18);
    }

    /** An agent that never commits (P = 0.5): every trial times out, so every choice-based curve is empty. */
    static final class Undecided implements Agent {
        private final int size;
        private int steps;

        Undecided(int size) {
            this.size = size;
        }

        @Override
        public void reset() {
            steps = 0;
        }

        @Override
        public void step(double[] input, double[] probsOut) {
            probsOut[0] = 0.5;
            probsOut[1] = 0.5;
            steps++;
        }

        @Override
        public int stateSize() {
            return size;
        }

        @Override
        public void copyState(double[] out, int offset) {
            // a state that varies, so that state-space products are defined
            for (int i = 0; i < size; i++) {
                out[offset + i] = Math.sin(0.37 * steps * (i + 1));
            }
        }
    }

    @Test
    void everyFigureRendersWhenEveryTrialTimesOut(@TempDir Path tmp) {
        Params p = ctx.params();
        TaskConfig task = p.env().withBlocksPerSession(3);
        SessionTable table = SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(2)),
                new Undecided(ctx.network().hiddenSize()), null, 0);
        assertThat(table.trials().actionTaken()).containsOnly(false);
        AnalysisContext timeouts = new AnalysisContext(p, ctx.network(), 0, task, table, 3);
        var rnn = BehaviourTrials.rnn(timeouts);
        assertThat(BehaviourCurves.rightChoiceBySignedStrength(rnn, AgentTrials.all()).isEmpty()).isTrue();
        FigureRegistry<AnalysisContext> reg = new FigureRegistry<>();
        BehaviourFigures.all().forEach(reg::register);
        for (FigureOutcome o : new FigureRenderer<AnalysisContext>(30).renderAll(reg, timeouts, tmp)) {
            assertThat(o.ok()).as(o.stem() + ": " + o.message()).isTrue();
        }
    }
}
