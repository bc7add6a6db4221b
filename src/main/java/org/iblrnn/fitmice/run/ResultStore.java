package org.iblrnn.fitmice.run;

import org.iblrnn.io.StateConflictException;
import org.iblrnn.io.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.iblrnn.behaviour.BehaviourJson;
import org.iblrnn.fitmice.ModelResult;
import org.iblrnn.io.AtomicFiles;

/**
 * The finished fits of a fit-mice output directory: {@code <out>/mice/<mouse>/<model>.json}, one {@link ModelResult}
 * each, written atomically, so a file exists only for a fit that completed. A fit is reused only if it was made with
 * the same seed, folds, data and model identity; otherwise fit-mice stops rather than mix fits made differently.
 */
public final class ResultStore {

    public static final String MICE_DIR = "mice";

    private final Path out;
    private final ObjectMapper json = BehaviourJson.mapper();

    public ResultStore(Path out) {
        this.out = out;
    }

    public Path file(String mouse, String model) {
        return out.resolve(MICE_DIR).resolve(mouse).resolve(model + ".json");
    }

    /**
     * The finished fit of {@code mouse} × {@code model} if there is one made as {@code expected} says.
     *
     * @throws InvalidInputException if the file is unreadable
     * @throws StateConflictException if it was made differently
     */
    public Optional<ModelResult> finished(String mouse, String model, String identity, long seed, int folds,
                                          String data) {
        Path f = file(mouse, model);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        ModelResult r = read(f);
        String differs = !r.mouse().equals(mouse) || !r.model().equals(model) ? "another mouse or model"
                : r.seed() != seed ? "--seed " + r.seed()
                : r.requestedFolds() != folds ? "--folds " + r.requestedFolds()
                : !r.identity().equals(identity) ? "the model " + (r.identity().isEmpty() ? "without a run" : r.identity())
                : !r.data().equals(data) ? "other data (" + r.data() + ")" : null;
        if (differs != null) {
            throw new StateConflictException(f + " was fitted with " + differs + "; use the same options, another"
                    + " --out, or delete " + out.resolve(MICE_DIR) + " to refit");
        }
        return Optional.of(r);
    }

    /** Reads one result file. */
    public ModelResult read(Path f) {
        try {
            return json.readValue(f.toFile(), ModelResult.class);
        } catch (IOException e) {
            throw new InvalidInputException(f + " is not a fit-mice result (" + firstLine(e.getMessage())
                    + "); delete it to refit that model");
        }
    }

    /** Writes one result atomically. */
    public void write(ModelResult r) throws IOException {
        Path f = file(r.mouse(), r.model());
        Files.createDirectories(f.getParent());
        AtomicFiles.writeString(f, json.writeValueAsString(r) + "\n");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
