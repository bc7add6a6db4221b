package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.io.TensorBoardReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

    @TempDir
    Path tmp;

    private static final TrainingSchedule EVERY_5 = new TrainingSchedule(1, 250, 5);

    @Test
    void writesTheRunDirectoryOfTheSpec() throws Exception {
        Params p = TrainingFixtures.small(12);
        TrainingRun run = TrainingRun.create(p, tmp, null, new TrainingSchedule(5, 250, 5));
        Trainer.Outcome out = run.run(StopSignal.manual(), null);
        assertThat(out.stopped()).isFalse();
        assertThat(out.lastStep()).isEqualTo(11);
        Path dir = run.directory().path();
        assertThat(dir.getFileName().toString()).startsWith("rnn_max_stim_strength=2.5_hidden_size=12_");
        assertThat(ParamsJson.read(dir.resolve("params.json"))).isEqualTo(p);
        assertThat(dir.resolve("logging.log")).exists();
        assertThat(run.directory().checkpoints().stream().map(RunDirectory.CheckpointRef::step))
                .containsExactly(0L, 5L, 10L, 11L);
        List<Path> events = TensorBoardReader.eventFiles(dir);
        assertThat(events).hasSize(1);
        Set<String> tags = TensorBoardReader.read(events.get(0)).scalars().stream()
                .map(TensorBoardReader.Scalar::tag).collect(Collectors.toSet());
        assertThat(tags).contains("train/feedback_by_dt", "train/avg_loss_per_dt", "train/dts_by_trial",
                "train/action_taken_by_total_trials", "train/correct_action_taken_by_action_taken",
                "train/correct_action_taken_by_total_trials", "train/avg_trial_side",
                "train/avg_trial_side_left_block", "train/avg_trial_side_right_block", "train/min_trial_per_block",
                "train/max_trial_per_block", "train/pc/frac_variance_explained_1", "train/pc/variance_explained_4");
    }

    @Test
    void resumedRunEqualsTheUninterruptedOne() throws Exception {
        Params p = TrainingFixtures.small(12, "optimizer.optimizer=adam");
        TrainingRun whole = TrainingRun.create(p, tmp, tmp.resolve("whole"), EVERY_5);
        whole.run(StopSignal.manual(), null);

        TrainingRun first = TrainingRun.create(p, tmp, tmp.resolve("split"), EVERY_5);
        StopSignal stop = StopSignal.manual();
        Trainer.Outcome stopped = first.run(stop, step -> {
            if (step == 7) {
                stop.request();
            }
        });
        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.lastStep()).isEqualTo(7);
        assertThat(first.directory().newestCheckpoint().orElseThrow().step()).isEqualTo(7);

        TrainingRun resumed = TrainingRun.resume(tmp.resolve("split"), List.of(), EVERY_5);
        assertThat(resumed.firstStep()).isEqualTo(8);
        resumed.run(StopSignal.manual(), null);

        Checkpoint a = Checkpoint.read(whole.directory().checkpointFile(11));
        Checkpoint b = Checkpoint.read(resumed.directory().checkpointFile(11));
        assertThat(b.weights()).containsExactly(a.weights());
        assertThat(b.optimizerSteps()).isEqualTo(a.optimizerSteps()).isEqualTo(12);
        assertThat(b.optimizer().keySet()).isEqualTo(a.optimizer().keySet());
        for (String k : a.optimizer().keySet()) {
            assertThat(b.optimizer().get(k)).containsExactly(a.optimizer().get(k));
        }
    }

    @Test
    void resumeRefusesChangedParametersButMayExtendTheRun() throws Exception {
        Params p = TrainingFixtures.small(3);
        TrainingRun run = TrainingRun.create(p, tmp, tmp.resolve("r"), EVERY_5);
        run.run(StopSignal.manual(), null);
        assertThatThrownBy(() -> TrainingRun.resume(tmp.resolve("r"), List.of("env.kwargs.blocks_per_session=3"), EVERY_5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run.num_grad_steps");
        TrainingRun longer = TrainingRun.resume(tmp.resolve("r"), List.of("run.num_grad_steps=5"), EVERY_5);
        assertThat(longer.firstStep()).isEqualTo(3);
        assertThat(longer.endStep()).isEqualTo(5);
        longer.run(StopSignal.manual(), null);
        assertThat(longer.directory().newestCheckpoint().orElseThrow().step()).isEqualTo(4);
    }

    @Test
    void resumeWithoutCheckpointIsAClearError() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> TrainingRun.resume(tmp.resolve("empty"), List.of(), EVERY_5))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no checkpoint");
    }

    @Test
    void aBugDuringTrainingLeavesItsStackTraceInTheRunsLog() throws Exception {
        TrainingRun run = TrainingRun.create(TrainingFixtures.small(3), tmp, tmp.resolve("bug"), EVERY_5);
        assertThatThrownBy(() -> run.run(StopSignal.manual(), step -> {
            throw new NullPointerException("a bug in a step hook");
        })).isInstanceOf(NullPointerException.class);
        String log = Files.readString(tmp.resolve("bug").resolve(RunDirectory.LOG_FILE));
        assertThat(log).contains("Stopped by an error").contains("java.lang.NullPointerException: a bug in a step hook")
                .contains("at org.iblrnn.train.");
    }
}
