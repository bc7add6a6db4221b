package org.iblrnn.figures.mice;

import java.util.function.Function;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.behaviour.BehaviourMetrics;
import org.iblrnn.behaviour.MiceComparison;
import org.iblrnn.behaviour.MiceSummary;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;

/**
 * One {@link MicePanel} for the mice (left, signed contrast) and the RNN (right, signed strength) side by side,
 * for {@code analyze}. The panels keep their own x axes: contrast and strength are different quantities.
 */
public final class MiceVsRnnFigure implements Figure<AnalysisContext> {

    private final MicePanel panel;
    private final Function<AnalysisContext, MiceSummary> mice;

    /**
     * @param panel what to draw
     * @param mice  the mice summary (asked for at render time, so a missing summary fails only these figures)
     */
    public MiceVsRnnFigure(MicePanel panel, Function<AnalysisContext, MiceSummary> mice) {
        this.panel = panel;
        this.mice = mice;
    }

    @Override
    public String stem() {
        return "mice_vs_rnn_" + panel.stemSuffix();
    }

    @Override
    public String title() {
        return panel.title() + ": mice versus RNN";
    }

    @Override
    public String question() {
        return panel.question() + " (mice and the RNN)";
    }

    @Override
    public String section() {
        return MiceFigures.SECTION;
    }

    @Override
    public Drawable render(AnalysisContext ctx) {
        MiceSummary summary = mice.apply(ctx);
        BehaviourMetrics rnn = ctx.get(MiceComparison.RNN_BEHAVIOUR);
        String miceName = "Mice (" + summary.sources() + ")";
        String rnnName = "RNN (" + ctx.network().hiddenSize() + " units, step " + ctx.checkpointStep() + ")";
        return new Grid(1, 2).size(2 * HouseStyle.SINGLE_WIDTH_IN + 1.5, HouseStyle.SINGLE_HEIGHT_IN + 0.6)
                .set(0, 0, panel.draw(summary.metrics(), miceName))
                .set(0, 1, panel.draw(rnn, rnnName));
    }
}
