package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.Params;
import org.iblrnn.io.NamedArray;
import org.iblrnn.io.Safetensors;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizer;
import org.iblrnn.optim.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckpointTest {

    @TempDir
    Path tmp;

    private Checkpoint sample(Architecture arch) {
        Params p = TrainingFixtures.small(1).withModel(TrainingFixtures.small(1).model().withArchitecture(arch))
                .withOptimizer(TrainingFixtures.small(1, "optimizer.optimizer=adam").optimizer());
        RecurrentNetwork net = RecurrentNetwork.initialise(p.model(), new java.util.SplittableRandom(3));
        Optimizer opt = Optimizers.create(p.optimizer(), net.params().length);
        double[] g = new double[net.params().length];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.sin(i) * 1e-3 / 3.0;
        }
        opt.step(net.params(), g);
        return Checkpoint.of(41, p, net, opt);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void roundTripsExactlyWithPyTorchNames(Architecture arch) throws Exception {
        Checkpoint c = sample(arch);
        Path f = tmp.resolve("checkpoint_grad_steps=41.safetensors");
        c.write(f);
        Checkpoint back = Checkpoint.read(f);
        assertThat(back.step()).isEqualTo(41);
        assertThat(back.params()).isEqualTo(c.params());
        assertThat(back.weights()).containsExactly(c.weights());
        assertThat(back.optimizerSteps()).isEqualTo(1);
        for (Map.Entry<String, double[]> e : c.optimizer().entrySet()) {
            assertThat(back.optimizer().get(e.getKey())).containsExactly(e.getValue());
        }
        int g = arch.gates;
        Map<String, NamedArray> tensors = Safetensors.read(f).tensors();
        assertThat(tensors.keySet()).containsExactly("core.weight_ih_l0", "core.weight_hh_l0", "core.bias_ih_l0",
                "core.bias_hh_l0", "readout.weight", "readout.bias");
        assertThat(tensors.get("core.weight_ih_l0").shape()).containsExactly(g * 12, 3);
        assertThat(tensors.get("core.weight_hh_l0").shape()).containsExactly(g * 12, 12);
        assertThat(tensors.get("readout.weight").shape()).containsExactly(2, 12);
    }

    @Test
    void truncatedOrCorruptCheckpointIsRejectedNamingTheFile() throws Exception {
        Path f = tmp.resolve("checkpoint_grad_steps=41.safetensors");
        sample(Architecture.RNN).write(f);
        byte[] all = Files.readAllBytes(f);
        for (int cut : new int[]{0, 5, 100, all.length / 2, all.length - 1}) {
            Path t = tmp.resolve("truncated-" + cut + ".safetensors");
            Files.write(t, java.util.Arrays.copyOf(all, cut));
            assertThatThrownBy(() -> Checkpoint.read(t)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(t.toString());
        }
        byte[] bad = all.clone();
        bad[20] = '#';
        Path corrupt = tmp.resolve("corrupt.safetensors");
        Files.write(corrupt, bad);
        assertThatThrownBy(() -> Checkpoint.read(corrupt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(corrupt.toString());
    }

    @Test
    void aForeignSafetensorsFileIsNotACheckpoint() throws Exception {
        Path f = tmp.resolve("foreign.safetensors");
        java.util.LinkedHashMap<String, NamedArray> t = new java.util.LinkedHashMap<>();
        t.put("x", NamedArray.vector(new double[]{1, 2}));
        Safetensors.write(f, t, Map.of());
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("format");
    }
}
