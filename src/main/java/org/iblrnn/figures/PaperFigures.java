package org.iblrnn.figures;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;
import org.iblrnn.figures.plot.FigureRegistry;

/** Every figure {@code analyze} renders, in report order (task, behaviour, observers, state space, ...). */
public final class PaperFigures {

    private PaperFigures() {
    }

    /** The registry of all figures (stems unique). */
    public static FigureRegistry<AnalysisContext> registry() {
        FigureRegistry<AnalysisContext> r = new FigureRegistry<>();
        for (Figure<AnalysisContext> f : all()) {
            r.register(f);
        }
        return r;
    }

    /** All figures in order. */
    public static List<Figure<AnalysisContext>> all() {
        List<Figure<AnalysisContext>> all = new ArrayList<>();
        all.addAll(org.iblrnn.figures.behaviour.BehaviourFigures.all());
        all.addAll(org.iblrnn.figures.statespace.StateSpaceFigures.all());
        all.addAll(org.iblrnn.figures.reduced.ReducedFigures.all());
        all.addAll(org.iblrnn.figures.mice.MiceFigures.forAnalysis());
        return all;
    }
}
