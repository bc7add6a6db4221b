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

    /** Offset of the first tensor byte (after the 8-byte length and the JSON header). */
    private static int dataStart(byte[] file) {
        return 8 + (int) ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    @Test
    void aFlippedBitInTheWeightsIsRejectedNamingTheFile() throws Exception {
        Path f = writtenWithOptimizerState("flip.safetensors");
        assertThat(Safetensors.read(f).metadata()).containsKey(Safetensors.CHECKSUM_KEY);
        byte[] b = Files.readAllBytes(f);
        b[dataStart(b) + 100] ^= 0x01; // a low mantissa bit: the value stays finite and plausible
        Files.write(f, b);
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("CRC-32C");
    }

    @Test
    void aNonFiniteWeightIsRejectedEvenWithAMatchingChecksum() throws Exception {
        Path f = writtenWithOptimizerState("nan.safetensors");
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
    void aCheckpointWrittenWithoutChecksumsStillLoads() throws Exception {
        Path f = writtenWithOptimizerState("old.safetensors");
        Safetensors.Contents c = Safetensors.read(f);
        Map<String, String> meta = new LinkedHashMap<>(c.metadata());
        // as checkpoints were written before the checksums existed
        meta.remove(Safetensors.CHECKSUM_KEY);
        meta.remove(Checkpoint.METADATA_CHECKSUM_KEY);
        Safetensors.write(f, c.tensors(), meta);
        assertThat(Safetensors.read(f).metadata()).doesNotContainKeys(Safetensors.CHECKSUM_KEY,
                Checkpoint.METADATA_CHECKSUM_KEY);
        Checkpoint back = Checkpoint.read(f);
        Checkpoint fresh = Checkpoint.read(writtenWithOptimizerState("new.safetensors"));
        assertThat(back.weights()).containsExactly(fresh.weights());
        assertThat(back.optimizer().get("exp_avg")).containsExactly(fresh.optimizer().get("exp_avg"));
    }

    /** A checkpoint of an Adam optimizer after one update, so that its state holds full-precision numbers. */
    private Path writtenWithOptimizerState(String name) throws Exception {
        Params adam = TrainingFixtures.small(3, "optimizer.optimizer=adam");
        RecurrentNetwork net = RecurrentNetwork.initialise(adam.model(), new java.util.SplittableRandom(5));
        org.iblrnn.optim.Optimizer opt = Optimizers.create(adam.optimizer(), net.params().length);
        double[] grad = new double[net.params().length];
        java.util.SplittableRandom r = new java.util.SplittableRandom(6);
        for (int i = 0; i < grad.length; i++) {
            grad[i] = r.nextGaussian();
        }
        opt.step(net.params(), grad);
        Path f = tmp.resolve(name);
        Checkpoint.of(2, adam, net, opt).write(f);
        return f;
    }

    /**
     * Changes one digit of the header text right after {@code marker} (the n-th digit from there), as a bit flip on
     * disk would: the file stays valid JSON of the same length, and the tensors' checksum still matches.
     */
    private static void changeDigitAfter(Path f, String marker, int nth) throws Exception {
        byte[] b = Files.readAllBytes(f);
        String header = new String(b, 8, dataStart(b) - 8, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = header.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int seen = 0;
        for (int i = at + marker.length(); i < header.length(); i++) {
            if (Character.isDigit(header.charAt(i)) && ++seen == nth) {
                b[8 + i] = (byte) (header.charAt(i) == '9' ? '8' : header.charAt(i) + 1);
                Files.write(f, b);
                return;
            }
        }
        throw new AssertionError("no digit after " + marker);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "optimizer state | exp_avg_sq\\\":[ | 5", // inside the metadata string, quotes are escaped
            "params          | lr\\\":        | 3",
            "step            | global_step\":\"  | 1"})
    void aChangedDigitInTheOptimizerStateParamsOrStepIsRejectedNamingTheFile(String what, String marker, int nth)
            throws Exception {
        Path f = writtenWithOptimizerState(what.replace(' ', '_') + ".safetensors");
        Checkpoint.read(f); // intact
        changeDigitAfter(f, marker, nth);
        Safetensors.read(f); // still a well-formed file whose tensors match their checksum
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("metadata").hasMessageContaining("CRC-32C");
    }
}
