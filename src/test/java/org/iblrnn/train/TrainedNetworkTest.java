package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.iblrnn.config.Params;
import org.iblrnn.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader loads through TrainedNetwork, which refuses a checkpoint of another network or task. */
class TrainedNetworkTest {

    @TempDir
    Path tmp;

    private Path trained(String name, Params p) throws Exception {
        TrainingRun run = TrainingRun.create(p, tmp, tmp.resolve(name), TrainingSchedule.defaults());
        run.run(StopSignal.manual(), null);
        return run.directory().path();
    }

    @Test
    void aCheckpointOfAnotherSizeOrTaskIsRefusedNamingBoth() throws Exception {
        Path a = trained("a", TrainingFixtures.small(1));
        Path b = trained("b", TrainingFixtures.small(1, "model.kwargs.core_kwargs.hidden_size=5"));
        Path c = trained("c", TrainingFixtures.small(1, "env.kwargs.max_stimulus_strength=1.5"));
        Path ofB = b.resolve("checkpoint_grad_steps=0.safetensors");
        assertThatThrownBy(() -> TrainedNetwork.load(a, ofB)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ofB.toString()).hasMessageContaining(a.toString())
                .hasMessageContaining("model.kwargs.core_kwargs.hidden_size is 5 in the checkpoint but 12 in params.json");
        Path ofC = c.resolve("checkpoint_grad_steps=0.safetensors");
        assertThatThrownBy(() -> TrainedNetwork.load(a, ofC)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("env.kwargs.max_stimulus_strength is 1.5 in the checkpoint but 2.5 in params.json");
        // its own checkpoints, and a run extended by more steps, load
        assertThat(TrainedNetwork.load(a, a.resolve("checkpoint_grad_steps=0.safetensors")).step()).isZero();
        assertThat(TrainedNetwork.load(a, null).params().model().hiddenSize()).isEqualTo(12);
    }
}
