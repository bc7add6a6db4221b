package org.iblrnn.analysis.reduced;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwoUnitTaskTrainedTest {

    private static Params smallRun() {
        TaskConfig task = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 1, 20, 20, 10, 2,
                -0.05);
        return Params.defaults().withEnv(task);
    }

    @Test
    void trainsIntoTheAnalyzeFolderThenReusesAndExtendsIt(@TempDir Path analyze) {
        TwoUnitTaskTrained.Source first = TwoUnitTaskTrained.obtain(null, smallRun(), analyze, 40);
        assertThat(first.network().hiddenSize()).isEqualTo(2);
        assertThat(first.step()).isEqualTo(39);
        assertThat(first.trainedHere()).isTrue();
        Path dir = analyze.resolve(TwoUnitTaskTrained.DIR_NAME);
        assertThat(dir.resolve("checkpoint_grad_steps=39.safetensors")).exists();

        TwoUnitTaskTrained.Source again = TwoUnitTaskTrained.obtain(null, smallRun(), analyze, 40);
        assertThat(again.trainedHere()).isFalse();
        assertThat(again.network().params()).containsExactly(first.network().params());

        TwoUnitTaskTrained.Source longer = TwoUnitTaskTrained.obtain(null, smallRun(), analyze, 60);
        assertThat(longer.step()).isEqualTo(59);
        // resuming gives exactly what one uninterrupted run of 60 steps gives
        TwoUnitTaskTrained.Source straight = TwoUnitTaskTrained.obtain(null, smallRun(), null, 60);
        assertThat(longer.network().params()).containsExactly(straight.network().params());
    }

    @Test
    void aMissingOrEmptyExternalRunFallsBackToTraining(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-run"));
        TwoUnitTaskTrained.Source s = TwoUnitTaskTrained.obtain(tmp.resolve("missing"), smallRun(), null, 5);
        assertThat(s.network().hiddenSize()).isEqualTo(2);
        TwoUnitTaskTrained.Source e = TwoUnitTaskTrained.obtain(empty, smallRun(), null, 5);
        assertThat(e.network().params()).containsExactly(s.network().params());
    }

    @Test
    void anExternalRunIsLoadedFromItsNewestCheckpoint(@TempDir Path tmp) {
        TwoUnitTaskTrained.Source trained = TwoUnitTaskTrained.obtain(null, smallRun(), tmp, 12);
        Path run = tmp.resolve(TwoUnitTaskTrained.DIR_NAME);
        TwoUnitTaskTrained.Source loaded = TwoUnitTaskTrained.obtain(run, Params.defaults(), null, 99_999);
        assertThat(loaded.checkpoint()).isEqualTo(run.resolve("checkpoint_grad_steps=11.safetensors"));
        assertThat(loaded.network().params()).containsExactly(trained.network().params());
    }
}
