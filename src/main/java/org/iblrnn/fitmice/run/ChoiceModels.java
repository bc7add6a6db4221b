package org.iblrnn.fitmice.run;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.classical.ActionKernelModel;
import org.iblrnn.fitmice.classical.BayesOptimalModel;
import org.iblrnn.fitmice.classical.PsychometricChoiceModel;
import org.iblrnn.fitmice.classical.StimulusKernelModel;
import org.iblrnn.fitmice.network.TaskRnnModel;
import org.iblrnn.fitmice.network.TinyGruModel;

/**
 * The models fit-mice knows, by name, in report order. Adding a model is one {@link #register} line in
 * {@link #standard()}: a name, a one-line description and a factory. A model that needs a trained network
 * ({@code task_rnn}) is registered with {@link #registerWithTaskRun}: it exists only when {@code --task-run} is
 * given, and naming it without one is an input error.
 */
public final class ChoiceModels {

    /** The baseline every group difference is taken to; always fitted. */
    public static final String REFERENCE = PsychometricChoiceModel.NAME;

    /** What a factory may use: so far only the task-trained run. */
    public record Options(Optional<Path> taskRun) {
    }

    /** Makes a model (loading a network may fail on I/O). */
    @FunctionalInterface
    public interface Factory {
        ChoiceModel create(Options options) throws IOException;
    }

    /**
     * One registered model.
     *
     * @param name         as the CLI and the outputs spell it
     * @param description  one line for the README and {@code --help}
     * @param needsTaskRun whether it exists only with {@code --task-run}
     * @param factory      how to make it
     */
    public record Entry(String name, String description, boolean needsTaskRun, Factory factory) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Every model of the comparison. */
    public static ChoiceModels standard() {
        ChoiceModels m = new ChoiceModels();
        m.register(REFERENCE, "no history: a lapse-mixed probit of contrast", o -> new PsychometricChoiceModel());
        m.register(BayesOptimalModel.NAME, "exact block posterior from the stimulus sides", o -> new BayesOptimalModel());
        m.register(ActionKernelModel.NAME, "exponential average of past choices", o -> new ActionKernelModel());
        m.register(StimulusKernelModel.NAME, "exponential average of past stimulus sides",
                o -> new StimulusKernelModel());
        for (int k = 1; k <= 4; k++) {
            int units = k;
            m.register("tiny_gru_" + k, "a " + k + "-unit GRU fitted to the choices", o -> new TinyGruModel(units));
        }
        m.registerWithTaskRun("task_rnn", "the network of --task-run, with a fitted contrast gain and lapses",
                o -> new TaskRnnModel(o.taskRun().orElseThrow()));
        return m;
    }

    /** Adds a model available in every run. */
    public ChoiceModels register(String name, String description, Factory factory) {
        return add(new Entry(name, description, false, factory));
    }

    /** Adds a model that exists only with {@code --task-run}. */
    public ChoiceModels registerWithTaskRun(String name, String description, Factory factory) {
        return add(new Entry(name, description, true, factory));
    }

    private ChoiceModels add(Entry e) {
        if (!e.name().matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("model name '" + e.name() + "' must be lower-case letters, digits and _");
        }
        if (entries.putIfAbsent(e.name(), e) != null) {
            throw new IllegalArgumentException("model " + e.name() + " is registered twice");
        }
        return this;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Every model available with these options, in report order. */
    public List<String> available(Options options) {
        return entries.values().stream().filter(e -> !e.needsTaskRun() || options.taskRun().isPresent())
                .map(Entry::name).toList();
    }

    /**
     * The models to fit: {@code requested} (all available ones when empty) in report order, the reference always
     * included.
     *
     * @throws InvalidInputException for an unknown name or one that needs {@code --task-run}
     */
    public List<String> select(List<String> requested, Options options) {
        if (requested.isEmpty()) {
            return available(options);
        }
        for (String r : requested) {
            Entry e = entries.get(r);
            if (e == null) {
                throw new InvalidInputException("--models: unknown model '" + r + "' (known: "
                        + String.join(", ", entries.keySet()) + ")");
            }
            if (e.needsTaskRun() && options.taskRun().isEmpty()) {
                throw new InvalidInputException("--models: " + r + " needs --task-run RUN_DIR (a run trained by"
                        + " 'ibl-rnn train')");
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.equals(REFERENCE) || requested.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Makes the named models. */
    public List<ChoiceModel> create(List<String> names, Options options) throws IOException {
        List<ChoiceModel> out = new ArrayList<>();
        for (String n : names) {
            Entry e = entries.get(n);
            if (e == null) {
                throw new IllegalArgumentException("unknown model '" + n + "'");
            }
            out.add(e.factory().create(options));
        }
        return out;
    }

    /** What beyond its name identifies a model's fits: for task-run models, the run. */
    public String identity(String name, Options options) {
        Entry e = entries.get(name);
        return e != null && e.needsTaskRun() ? options.taskRun().map(p -> p.toAbsolutePath().normalize().toString())
                .orElse("") : "";
    }
}
