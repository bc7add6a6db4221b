package org.iblrnn.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.config.Params;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.io.StateConflictException;
import org.iblrnn.model.RecurrentNetwork;

/**
 * A trained network as every reader of a run sees it: the checkpoint file chosen, what it holds and the network
 * built from it. Commands that read a run (analyze, export, compare, fit-mice) load through here, so the choice
 * of checkpoint and the checks on it live in one place: the file is a regular, intact checkpoint (checksum, finite
 * weights) and, when the run directory has a params.json, was trained on the same network and task as that run.
 *
 * @param file       the checkpoint file read
 * @param checkpoint its contents
 * @param network    the network built from its weights
 */
public record TrainedNetwork(Path file, Checkpoint checkpoint, RecurrentNetwork network) {

    /** The params.json sections a checkpoint must share with its run: the network and the task. */
    private static final List<String> MUST_MATCH = List.of("model", "env");

    /**
     * Loads {@code checkpointFile} if given, otherwise the newest checkpoint of {@code runDir}, and checks that it
     * belongs to the run.
     *
     * @throws StateConflictException if no checkpoint is given and the run has none
     * @throws InvalidInputException  if the checkpoint is unreadable, corrupt, or was trained with another
     *                                architecture, size or task than {@code runDir/params.json} records
     */
    public static TrainedNetwork load(Path runDir, Path checkpointFile) throws IOException {
        Path file = checkpointFile != null ? checkpointFile : RunDirectory.existing(runDir).newestCheckpoint()
                .orElseThrow(() -> new StateConflictException("run directory " + runDir
                        + " holds no checkpoint_grad_steps=<n>.safetensors; train it first or pass --checkpoint"))
                .file();
        TrainedNetwork trained = read(file);
        if (runDir != null) {
            requireSameRun(trained, runDir.resolve(RunDirectory.PARAMS_FILE));
        }
        return trained;
    }

    /** Loads one checkpoint file. */
    public static TrainedNetwork read(Path checkpointFile) throws IOException {
        Checkpoint ck = Checkpoint.read(checkpointFile);
        return new TrainedNetwork(checkpointFile, ck, RecurrentNetwork.of(ck.params().model(), ck.weights()));
    }

    /**
     * Refuses a checkpoint whose network or task differs from the run's params.json: analysing it under that run's
     * name would mix two experiments. A run without params.json (a bare checkpoint folder) is not checked.
     */
    static void requireSameRun(TrainedNetwork trained, Path paramsFile) {
        if (!Files.isRegularFile(paramsFile)) {
            return;
        }
        Params run = ParamsJson.read(paramsFile);
        List<String> diffs = new ArrayList<>();
        for (String section : MUST_MATCH) {
            for (ParamsJson.Difference d : ParamsJson.differences(trained.params(), run, section)) {
                diffs.add(d.key() + " is " + d.first() + " in the checkpoint but " + d.second() + " in params.json");
            }
        }
        if (!diffs.isEmpty()) {
            throw new InvalidInputException("checkpoint " + trained.file() + " does not belong to the run in "
                    + paramsFile.getParent() + ": " + String.join("; ", diffs.subList(0, Math.min(3, diffs.size())))
                    + (diffs.size() > 3 ? "; and " + (diffs.size() - 3) + " more" : "")
                    + " (give a checkpoint of this run, or the run directory the checkpoint came from)");
        }
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
