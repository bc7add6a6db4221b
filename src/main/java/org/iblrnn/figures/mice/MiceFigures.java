package org.iblrnn.figures.mice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.iblrnn.behaviour.MiceComparison;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.behaviour.MiceSummary;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureRegistry;

/**
 * The mice-versus-model figures (the original specified two mouse figures but never rendered them): the four
 * {@link MicePanel}s for one subject ({@code behaviour} command) and, for {@code analyze}, the same panels for the
 * mice and the RNN side by side.
 */
public final class MiceFigures {

    /** Report section of these figures. */
    public static final String SECTION = "Mice versus models";

    private MiceFigures() {
    }

    /** One figure per panel, drawn from any subject's metrics. */
    public static List<Figure<BehaviourData>> forBehaviour() {
        List<Figure<BehaviourData>> out = new ArrayList<>();
        for (MicePanel p : MicePanel.values()) {
            out.add(new BehaviourFigure(p));
        }
        return List.copyOf(out);
    }

    /** {@link #forBehaviour()} as a registry. */
    public static FigureRegistry<BehaviourData> behaviourRegistry() {
        FigureRegistry<BehaviourData> r = new FigureRegistry<>();
        forBehaviour().forEach(r::register);
        return r;
    }

    /**
     * Mice versus the RNN's analysis session; the mice are the context's {@link MiceComparison#MICE} (the
     * {@code --mice-data} directory, or the shipped May 2020 summary), read once.
     */
    public static List<Figure<AnalysisContext>> forAnalysis() {
        return forAnalysis(ctx -> ctx.get(MiceComparison.MICE));
    }

    /** Mice (this summary, e.g. from {@code MiceSummary.load(dir)}) versus the RNN. */
    public static List<Figure<AnalysisContext>> forAnalysis(MiceSummary mice) {
        return forAnalysis(ctx -> mice);
    }

    private static List<Figure<AnalysisContext>> forAnalysis(Function<AnalysisContext, MiceSummary> mice) {
        List<Figure<AnalysisContext>> out = new ArrayList<>();
        for (MicePanel p : MicePanel.values()) {
            out.add(new MiceVsRnnFigure(p, mice));
        }
        return List.copyOf(out);
    }
}
