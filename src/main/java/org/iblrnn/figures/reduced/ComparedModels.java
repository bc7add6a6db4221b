package org.iblrnn.figures.reduced;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.analysis.ProductFailedException;
import org.iblrnn.analysis.reduced.ReducedProducts;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.task.SessionTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four networks compared by C1 and C2, in the original's drawing order. A small model whose products failed is
 * left out (and logged), so the comparison still shows the networks that are available.
 *
 * @param label   legend label
 * @param color   the model's colour
 * @param session its closed-loop session
 */
record ComparedModels(String label, Color color, SessionTable session) {

    private static final Logger LOG = LoggerFactory.getLogger(ComparedModels.class);

    static List<ComparedModels> available(AnalysisContext ctx) {
        List<ComparedModels> out = new ArrayList<>();
        add(out, "Traditionally Distilled (2 Units)", HouseStyle.DISTILLED,
                () -> ctx.get(ReducedProducts.TRADITIONALLY_DISTILLED_SESSION));
        out.add(new ComparedModels("Task Trained (" + ctx.network().hiddenSize() + " Units)", HouseStyle.TASK_TRAINED,
                ctx.rnnSession()));
        add(out, "RADD RNN (2 Units)", HouseStyle.RADD, () -> ctx.get(ReducedProducts.RADD_SESSION));
        add(out, "Task Trained (2 Units)", HouseStyle.TWO_UNIT, () -> ctx.get(ReducedProducts.TWO_UNIT_SESSION));
        return out;
    }

    private static void add(List<ComparedModels> out, String label, Color color,
                            java.util.function.Supplier<SessionTable> session) {
        try {
            out.add(new ComparedModels(label, color, session.get()));
        } catch (ProductFailedException e) {
            LOG.warn("model comparison without {}: {}", label, e.getMessage());
        }
    }
}
