package org.iblrnn.train;

import java.io.IOException;
import java.nio.file.Path;
import org.iblrnn.config.Params;
import org.iblrnn.model.RecurrentNetwork;

/**
 * A trained network as every reader of a run sees it: the checkpoint file chosen, what it holds and the network
 * built from it. Commands that read a run (analyze, export, compare, fit-mice) load through here, so the choice
 * of checkpoint and the checks on it live in one place.
 *
 * @param file       the checkpoint file read
 * @param checkpoint its contents
 * @param network    the network built from its weights
 */
public record TrainedNetwork(Path file, Checkpoint checkpoint, RecurrentNetwork network) {

    /**
     * Loads {@code checkpointFile} if given, otherwise the newest checkpoint of {@code runDir}.
     *
     * @throws IllegalStateException if no checkpoint is given and the run has none
     */
    public static TrainedNetwork load(Path runDir, Path checkpointFile) throws IOException {
        Path file = checkpointFile != null ? checkpointFile : RunDirectory.existing(runDir).newestCheckpoint()
                .orElseThrow(() -> new IllegalStateException("run directory " + runDir
                        + " holds no checkpoint_grad_steps=<n>.safetensors; train it first or pass --checkpoint"))
                .file();
        return read(file);
    }

    /** Loads one checkpoint file. */
    public static TrainedNetwork read(Path checkpointFile) throws IOException {
        Checkpoint ck = Checkpoint.read(checkpointFile);
        return new TrainedNetwork(checkpointFile, ck, RecurrentNetwork.of(ck.params().model(), ck.weights()));
    }

    /** The parameters the network was trained with. */
    public Params params() {
        return checkpoint.params();
    }

    /** The last finished gradient step of the checkpoint. */
    public long step() {
        return checkpoint.step();
    }
}
