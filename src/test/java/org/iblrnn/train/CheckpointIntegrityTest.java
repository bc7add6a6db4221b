package org.iblrnn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iblrnn.config.Params;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.NamedArray;
import org.iblrnn.io.Safetensors;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.optim.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage that leaves a checkpoint structurally valid is still caught at load, naming the file. */
class CheckpointIntegrityTest {

    @TempDir
    Path tmp;

    private final Params params = TrainingFixtures.small(3);

    private Path written(String name) throws Exception {
        RecurrentNetwork net = RecurrentNetwork.initialise(params.model(), new java.util.SplittableRandom(5));
        Path f = tmp.resolve(name);
        Checkpoint.of(2, params, net, Optimizers.create(params.optimizer(), net.params().length)).write(f);
        return f;
    }

    /** Offset of the first tensor byte (after the 8-byte length and the JSON header). */
    private static int dataStart(byte[] file) {
        return 8 + (int) ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    @Test
    void aFlippedBitInTheWeightsIsRejectedNamingTheFile() throws Exception {
        Path f = written("flip.safetensors");
        assertThat(Safetensors.read(f).metadata()).containsKey(Safetensors.CHECKSUM_KEY);
        byte[] b = Files.readAllBytes(f);
        b[dataStart(b) + 100] ^= 0x01; // a low mantissa bit: the value stays finite and plausible
        Files.write(f, b);
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("CRC-32C");
    }

    @Test
    void aNonFiniteWeightIsRejectedEvenWithAMatchingChecksum() throws Exception {
        Path f = written("nan.safetensors");
        Safetensors.Contents c = Safetensors.read(f);
        LinkedHashMap<String, NamedArray> tensors = new LinkedHashMap<>(c.tensors());
        NamedArray hh = tensors.get("core.weight_hh_l0");
        double[] data = hh.data().clone();
        data[7] = Double.NaN;
        tensors.put("core.weight_hh_l0", new NamedArray(hh.shape(), data));
        Map<String, String> meta = new LinkedHashMap<>(c.metadata());
        meta.put(Safetensors.CHECKSUM_KEY, Safetensors.crc32c(tensors)); // a diverged run writes a consistent file
        Safetensors.write(f, tensors, meta);
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("core.weight_hh_l0").hasMessageContaining("NaN");
    }

    @Test
    void aCheckpointWrittenWithoutAChecksumStillLoads() throws Exception {
        Path f = written("old.safetensors");
        Safetensors.Contents c = Safetensors.read(f);
        Map<String, String> meta = new LinkedHashMap<>(c.metadata());
        meta.remove(Safetensors.CHECKSUM_KEY); // as checkpoints were written before the checksum existed
        Safetensors.write(f, c.tensors(), meta);
        assertThat(Safetensors.read(f).metadata()).doesNotContainKey(Safetensors.CHECKSUM_KEY);
        Checkpoint back = Checkpoint.read(f);
        assertThat(back.weights()).containsExactly(Checkpoint.read(written("new.safetensors")).weights());
    }
}
