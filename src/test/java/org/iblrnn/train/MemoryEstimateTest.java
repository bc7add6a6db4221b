package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iblrnn.config.Params;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.SessionGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training memory estimate refuses what cannot fit (it counts every array that training holds at once) and
 * accepts what does (it counts nothing twice and no slack), checked in child JVMs with small heaps.
 */
class MemoryEstimateTest {

    private static final double MIB = 1 << 20;

    @TempDir
    Path tmp;

    private static Params withHidden(int h, String... more) {
        List<String> sets = new ArrayList<>(List.of("model.kwargs.core_kwargs.hidden_size=" + h));
        sets.addAll(List.of(more));
        return ParamsJson.applyOverrides(Params.defaults(), sets);
    }

    @Test
    void theMeanBlockLengthIsThatOfTheGeneratedSessions() {
        TaskConfig task = Params.defaults().env();
        int blocks = 0;
        double sum = 0;
        double sumSq = 0;
        for (int s = 0; s < 2000; s++) {
            for (int len : SessionGenerator.generate(task, Seeds.forSession(3, s, 0)).blockLengths()) {
                blocks++;
                sum += len;
                sumSq += (double) len * len;
            }
        }
        double mean = sum / blocks;
        double se = Math.sqrt((sumSq / blocks - mean * mean) / blocks);
        assertThat(MemoryEstimate.meanBlockLength(task)).isCloseTo(mean, org.assertj.core.data.Offset.offset(4 * se));
        assertThat(MemoryEstimate.meanBlockLength(task.withBlocksPerSession(1))).isBetween(20.0, 100.0);
    }

    @Test
    void optimizerBuffersAreCountedAsTheOptimizersKeepThem() {
        assertThat(MemoryEstimate.optimizerBuffers(Params.defaults().optimizer())).isEqualTo(1); // sgd, momentum 0.1
        assertThat(MemoryEstimate.optimizerBuffers(withHidden(5, "optimizer.kwargs.momentum=0").optimizer())).isZero();
        assertThat(MemoryEstimate.optimizerBuffers(withHidden(5, "optimizer.optimizer=adam").optimizer())).isEqualTo(2);
    }

    /**
     * 4000 units under -Xmx1g passed the old check and then ran out of memory: the parameters, mask, gradient,
     * momentum and the network's transposed weights, plus per session a gradient, the trajectory's transposed
     * weights and the backpropagation's W_hh copy and its gradient, are nine arrays of 16 M doubles (1.15 GB).
     */
    @Test
    void fourThousandUnitsNeedMoreThanAGibibyte() {
        double arrays = 9 * 8.0 * MemoryEstimate.parameterCount(withHidden(4000).model());
        assertThat(arrays).isGreaterThan(1024 * MIB);
        assertThat(MemoryEstimate.trainingBytes(withHidden(4000))).isGreaterThan(arrays);
    }

    @Test
    void aLongSessionIsBlamedOnTheSessionLength() {
        assertThatThrownBy(() -> MemoryEstimate.checkTraining(withHidden(50, "env.kwargs.blocks_per_session=200000")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("env.kwargs.blocks_per_session")
                .hasMessageContaining("IBL_RNN_JAVA_OPTS=-Xmx");
    }

    /**
     * A checkpoint keeps the optimizer state as JSON text in its metadata, which safetensors readers (ours too)
     * limit to 100 MB: 5 M values of SGD momentum take about 105 MB. Such a run is refused before it starts, and a
     * checkpoint that would not fit is not written (it used to be written, and then refused as corrupt at load).
     */
    @Test
    void anOptimizerStateTooLargeForACheckpointIsRefused() throws Exception {
        assertThatThrownBy(() -> MemoryEstimate.checkTraining(withHidden(2300)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("model.kwargs.core_kwargs.hidden_size")
                .hasMessageContaining("optimizer state").hasMessageContaining("optimizer.kwargs.momentum=0");
        MemoryEstimate.checkTraining(withHidden(2300, "optimizer.kwargs.momentum=0")); // no state: fits

        Params small = withHidden(4);
        double[] momentum = new double[5_000_000];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < momentum.length; i++) {
            momentum[i] = r.nextGaussian() * 1e-3;
        }
        double[] weights = new double[(int) MemoryEstimate.parameterCount(small.model())];
        Path f = tmp.resolve("checkpoint_grad_steps=0.safetensors");
        assertThatThrownBy(() -> new Checkpoint(0, small, weights, java.util.Map.of("momentum_buffer", momentum), 1)
                .write(f)).isInstanceOf(InvalidInputException.class).hasMessageContaining(f.toString())
                .hasMessageContaining("optimizer state").hasMessageContaining("5000000 values");
        assertThat(f).doesNotExist();
    }

    /** Runs {@code train} in a child JVM with heap {@code xmx}; returns the exit status and the output. */
    private Child train(String xmx, String runsDir, String... sets) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+UseG1GC", "-cp",
                System.getProperty("java.class.path"), "org.iblrnn.cli.Main", "train", "--runs-dir",
                tmp.resolve(runsDir).toString(), "--set", "run.num_grad_steps=2"));
        for (String s : sets) {
            cmd.add("--set");
            cmd.add(s);
        }
        Path log = tmp.resolve(runsDir + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Child(p.exitValue(), Files.readAllLines(log));
    }

    record Child(int status, List<String> lines) {
    }

    @Test
    void fourThousandUnitsAreRefusedUnderOneGibibyteBeforeAnythingIsWritten() throws Exception {
        Child c = train("1g", "big", "model.kwargs.core_kwargs.hidden_size=4000");
        assertThat(c.status()).as(String.join("\n", c.lines())).isEqualTo(2);
        assertThat(c.lines()).hasSize(1);
        assertThat(c.lines().get(0)).startsWith("ibl-rnn: model.kwargs.core_kwargs.hidden_size:")
                .contains("Java heap").contains("IBL_RNN_JAVA_OPTS=-Xmx");
        assertThat(tmp.resolve("big")).doesNotExist();
    }

    /**
     * Configurations the estimate accepts with a margin do train: the paper's 50 units in 32 MiB, and 600 units, whose
     * estimate is under two thirds of a 160 MiB heap. (Measured with G1: 600 units trained 2 steps in 121 MiB with
     * seed 1 but needed 141 MiB with seed 7, whose sessions are longer; the estimate is 103 MiB.)
     */
    @Test
    void configurationsAcceptedWithAMarginTrain() throws Exception {
        assertThat(MemoryEstimate.trainingBytes(Params.defaults())).isLessThan(0.5 * 32 * MIB);
        Child paper = train("32m", "paper");
        assertThat(paper.status()).as(String.join("\n", paper.lines())).isZero();

        double estimate = MemoryEstimate.trainingBytes(withHidden(600));
        assertThat(estimate).isBetween(0.55 * 160 * MIB, 0.67 * 160 * MIB);
        Child larger = train("160m", "larger", "model.kwargs.core_kwargs.hidden_size=600");
        assertThat(larger.status()).as(String.join("\n", larger.lines())).isZero();
    }
}
