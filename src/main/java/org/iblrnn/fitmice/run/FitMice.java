package org.iblrnn.fitmice.run;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iblrnn.fitmice.ModelResult;
import org.iblrnn.fitmice.group.FitMiceResults;

/**
 * The group step of fit-mice: once every mouse × model of a plan is fitted, reads the saved fits, computes the
 * group statistics and writes the outputs.
 */
public final class FitMice {

    private FitMice() {
    }

    /** Whether every fit of the plan's mice and models is saved. */
    public static boolean complete(FitPlan plan) {
        ResultStore store = new ResultStore(plan.options().out());
        return plan.mice().stream().allMatch(m -> plan.modelNames().stream()
                .allMatch(model -> java.nio.file.Files.exists(store.file(m.name(), model))));
    }

    /** Reads every saved fit of the plan's mice and models and computes the group statistics. */
    public static FitMiceResults results(FitPlan plan) {
        ResultStore store = new ResultStore(plan.options().out());
        Map<String, Map<String, ModelResult>> all = new LinkedHashMap<>();
        for (MiceInput.Mouse m : plan.mice()) {
            Map<String, ModelResult> row = new LinkedHashMap<>();
            for (String model : plan.modelNames()) {
                row.put(model, store.read(store.file(m.name(), model)));
            }
            all.put(m.name(), row);
        }
        return FitMiceResults.of(plan.modelNames(), all, ChoiceModels.REFERENCE, plan.options().seed());
    }

    /** Computes the group statistics and writes fit-mice.json, .csv, the figures and the PDF. */
    public static FitMiceReport.Written summarise(FitPlan plan) throws IOException {
        return FitMiceReport.write(plan.options().out(), plan.options(), results(plan));
    }
}
