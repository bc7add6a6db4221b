package org.iblrnn.fitmice.run;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.CrossValidation;
import org.iblrnn.fitmice.ModelResult;

/**
 * Everything fit-mice checks before it writes anything: the mice (every row validated), the models (a task network
 * loaded), the folds, and which mouse × model fits are already finished in the output directory. A plan that was
 * made has passed every input check, so a run that fails later fails for other reasons than bad input.
 *
 * @param options  the options
 * @param mice     the mice, in input order
 * @param models   the models, in report order
 * @param done     finished fits, by mouse then model
 * @param pending  fits still to do, largest mice first
 * @param notes    one-line remarks for the user (e.g. a mouse with fewer sessions than folds)
 */
public record FitPlan(FitMiceOptions options, List<MiceInput.Mouse> mice, List<ChoiceModel> models,
                      Map<String, Map<String, ModelResult>> done, List<Task> pending, List<String> notes) {

    /**
     * One fit to do.
     *
     * @param mouse    the mouse
     * @param model    the model
     * @param identity what identifies the model beyond its name
     */
    public record Task(MiceInput.Mouse mouse, ChoiceModel model, String identity) {
    }

    /** Reads, validates and looks at what is finished; writes nothing. */
    public static FitPlan make(FitMiceOptions o, ChoiceModels registry) throws IOException {
        if (o.taskRun().isPresent() && !java.nio.file.Files.isDirectory(o.taskRun().get())) {
            throw new InvalidInputException("--task-run " + o.taskRun().get() + " is not a directory (give a run"
                    + " directory written by 'ibl-rnn train')");
        }
        List<String> names = registry.select(o.models(), o.modelOptions());
        List<MiceInput.Mouse> mice = MiceInput.read(o.paths());
        List<String> notes = new ArrayList<>();
        int most = 0;
        for (MiceInput.Mouse m : mice) {
            int s = m.choices().sessions().size();
            most = Math.max(most, s);
            if (s < 2) {
                throw new InvalidInputException(m.file() + ": mouse " + m.name() + " has " + s + " session; fit-mice"
                        + " scores held-out sessions, so every mouse needs at least 2 (leave this mouse out)");
            }
        }
        // a --fit-only task fits one mouse for a command that checked the folds against all of them
        if (o.folds() > most && !o.fitOnly()) {
            throw new InvalidInputException("--folds " + o.folds() + " is more than any mouse's number of sessions"
                    + " (at most " + most + "); use --folds " + most + " or fewer");
        }
        for (MiceInput.Mouse m : mice) {
            int s = m.choices().sessions().size();
            if (s < o.folds()) {
                notes.add(m.name() + " has " + s + " sessions: fitted with " + s + " folds (one session each)");
            }
        }
        ResultStore store = new ResultStore(o.out());
        Map<String, Map<String, ModelResult>> done = new LinkedHashMap<>();
        List<String[]> todo = new ArrayList<>();
        for (MiceInput.Mouse m : mice) {
            String data = CrossValidation.fingerprint(m.choices());
            for (String model : names) {
                String identity = registry.identity(model, o.modelOptions());
                Optional<ModelResult> r = store.finished(m.name(), model, identity, o.seed(), o.folds(), data);
                if (r.isPresent()) {
                    done.computeIfAbsent(m.name(), k -> new LinkedHashMap<>()).put(model, r.get());
                } else {
                    todo.add(new String[] {m.name(), model, identity});
                }
            }
        }
        List<ChoiceModel> models = registry.create(names, o.modelOptions());
        Map<String, MiceInput.Mouse> byName = new LinkedHashMap<>();
        mice.forEach(m -> byName.put(m.name(), m));
        List<Task> pending = new ArrayList<>();
        for (String[] t : todo) {
            pending.add(new Task(byName.get(t[0]), models.get(names.indexOf(t[1])), t[2]));
        }
        pending.sort(Comparator.comparingInt((Task t) -> -t.mouse().choices().trials()));
        return new FitPlan(o, List.copyOf(mice), List.copyOf(models), done, List.copyOf(pending), List.copyOf(notes));
    }

    /** The model names in report order. */
    public List<String> modelNames() {
        return models.stream().map(ChoiceModel::name).toList();
    }

    /** Mice with at least one fit still to do, in input order. */
    public List<MiceInput.Mouse> pendingMice() {
        return mice.stream().filter(m -> pending.stream().anyMatch(t -> t.mouse() == m)).toList();
    }
}
