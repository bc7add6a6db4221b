package org.iblrnn.figures.fitmice;

import java.awt.Color;
import java.util.Map;
import org.iblrnn.figures.plot.HouseStyle;

/** Short axis labels and fixed colours of the models, so a model looks the same in every fit-mice figure. */
final class ModelLabels {

    private static final Map<String, String> SHORT = Map.of("psychometric", "Psych.", "bayes_optimal",
            "Bayes opt.", "action_kernel", "Action k.", "stimulus_kernel", "Stimulus k.", "task_rnn", "Task RNN");
    private static final Map<String, Color> COLOR = Map.of("psychometric", HouseStyle.TAB_GREY, "bayes_optimal",
            HouseStyle.TAB_BLUE, "action_kernel", HouseStyle.TAB_PURPLE, "stimulus_kernel", HouseStyle.TAB_OLIVE,
            "tiny_gru_1", HouseStyle.TAB_RED, "tiny_gru_2", HouseStyle.TAB_ORANGE, "tiny_gru_3", HouseStyle.TAB_BROWN,
            "tiny_gru_4", HouseStyle.TAB_PINK, "task_rnn", HouseStyle.TAB_GREEN);

    private ModelLabels() {
    }

    static String label(String model) {
        if (model.startsWith("tiny_gru_")) {
            return "GRU-" + model.substring("tiny_gru_".length());
        }
        return SHORT.getOrDefault(model, model);
    }

    static Color color(String model) {
        return COLOR.getOrDefault(model, HouseStyle.TAB_CYAN);
    }

    static String[] labels(java.util.List<String> models) {
        return models.stream().map(ModelLabels::label).toArray(String[]::new);
    }
}
