package org.iblrnn.fitmice.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iblrnn.fitmice.classical.ActionKernelModel;
import org.junit.jupiter.api.Test;

class ChoiceModelsTest {

    static final ChoiceModels.Options NO_RUN = new ChoiceModels.Options(Optional.empty());
    static final ChoiceModels.Options WITH_RUN = new ChoiceModels.Options(Optional.of(Path.of("runs/x")));

    @Test
    void taskRnnExistsOnlyWithATaskRun() {
        ChoiceModels m = ChoiceModels.standard();
        assertThat(m.available(NO_RUN)).containsExactly("psychometric", "bayes_optimal", "action_kernel",
                "stimulus_kernel", "tiny_gru_1", "tiny_gru_2", "tiny_gru_3", "tiny_gru_4");
        assertThat(m.available(WITH_RUN)).endsWith("task_rnn");
        assertThatThrownBy(() -> m.select(List.of("task_rnn"), NO_RUN)).hasMessageContaining("needs --task-run");
        assertThat(m.identity("task_rnn", WITH_RUN)).isEqualTo(Path.of("runs/x").toAbsolutePath().toString());
        assertThat(m.identity("action_kernel", WITH_RUN)).isEmpty();
    }

    @Test
    void selectionKeepsReportOrderAndAlwaysTheReference() {
        ChoiceModels m = ChoiceModels.standard();
        assertThat(m.select(List.of("tiny_gru_2", "action_kernel"), NO_RUN))
                .containsExactly("psychometric", "action_kernel", "tiny_gru_2");
        assertThatThrownBy(() -> m.select(List.of("actionkernel"), NO_RUN))
                .hasMessageContaining("unknown model 'actionkernel'").hasMessageContaining("action_kernel");
    }

    /** A new model is one register call away from the CLI. */
    @Test
    void registeringAModelMakesItSelectable() throws Exception {
        ChoiceModels m = ChoiceModels.standard().register("slow_kernel", "an action kernel from a fixed start",
                o -> new ActionKernelModel(1));
        assertThat(m.select(List.of("slow_kernel"), NO_RUN)).containsExactly("psychometric", "slow_kernel");
        assertThat(m.create(List.of("slow_kernel"), NO_RUN).get(0).name()).isEqualTo("action_kernel");
        assertThatThrownBy(() -> m.register("slow_kernel", "again", o -> null)).hasMessageContaining("twice");
        assertThatThrownBy(() -> m.register("Bad-Name", "x", o -> null)).hasMessageContaining("lower-case");
    }
}
