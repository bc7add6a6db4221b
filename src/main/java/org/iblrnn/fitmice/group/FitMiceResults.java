package org.iblrnn.fitmice.group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iblrnn.fitmice.ModelResult;

/**
 * Every finished fit of a fit-mice run and the group statistics computed from them: what fit-mice.json, the CSV and
 * the figures are written from.
 *
 * @param models     the models in report order
 * @param results    mouse → model → its held-out result (every mouse has every model)
 * @param statistics the group statistics
 */
public record FitMiceResults(List<String> models, Map<String, Map<String, ModelResult>> results,
                             GroupStatistics statistics) {

    /** Group statistics of {@code results}, with {@code reference} as the baseline. */
    public static FitMiceResults of(List<String> models, Map<String, Map<String, ModelResult>> results,
                                    String reference, long seed) {
        Map<String, Map<String, GroupStatistics.Score>> scores = new LinkedHashMap<>();
        results.forEach((mouse, byModel) -> {
            Map<String, GroupStatistics.Score> row = new LinkedHashMap<>();
            byModel.forEach((model, r) -> row.put(model, new GroupStatistics.Score(r.nll(), r.trials(), r.accuracy())));
            scores.put(mouse, row);
        });
        return new FitMiceResults(List.copyOf(models), results, GroupStatistics.of(scores, models, reference, seed));
    }

    public List<String> mice() {
        return statistics.mice();
    }

    public ModelResult result(String mouse, String model) {
        return results.get(mouse).get(model);
    }

    /** The model with the lowest held-out NLL for {@code mouse}. */
    public String bestFor(String mouse) {
        String best = models.get(0);
        for (String m : models) {
            if (result(mouse, m).nll() < result(mouse, best).nll()) {
                best = m;
            }
        }
        return best;
    }
}
