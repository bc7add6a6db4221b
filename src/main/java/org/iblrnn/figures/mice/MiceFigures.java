package org.iblrnn.figures.mice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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

    /** Mice (the shipped summary, read once when first drawn) versus the RNN's analysis session. */
    public static List<Figure<AnalysisContext>> forAnalysis() {
        return forAnalysis(new Once<>(MiceSummary::shipped));
    }

    /** Mice (this summary, e.g. from {@code MiceSummary.load(--mice-data)}) versus the RNN. */
    public static List<Figure<AnalysisContext>> forAnalysis(MiceSummary mice) {
        return forAnalysis(() -> mice);
    }

    private static List<Figure<AnalysisContext>> forAnalysis(Supplier<MiceSummary> mice) {
        List<Figure<AnalysisContext>> out = new ArrayList<>();
        for (MicePanel p : MicePanel.values()) {
            out.add(new MiceVersusRnnFigure(p, mice));
        }
        return List.copyOf(out);
    }

    /** A supplier that computes its value on first use and then returns it (thread-safe). */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
