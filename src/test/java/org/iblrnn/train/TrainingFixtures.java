package org.iblrnn.train;

import java.util.List;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;

/** Small, fast configurations for training tests. */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** A 12-unit RNN on 2-block sessions with the paper's optimizer. */
    static Params small(long steps, String... extra) {
        List<String> sets = new java.util.ArrayList<>(List.of(
                "model.kwargs.core_kwargs.hidden_size=12",
                "env.kwargs.blocks_per_session=2",
                "run.num_grad_steps=" + steps));
        sets.addAll(List.of(extra));
        return ParamsJson.applyOverrides(Params.defaults(), sets);
    }
}
