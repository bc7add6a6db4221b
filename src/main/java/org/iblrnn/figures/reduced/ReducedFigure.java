package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;

/** Common metadata of the figures of this package: a stem, a title, the question and the report section. */
abstract class ReducedFigure implements Figure<AnalysisContext> {

    static final String CIRCUIT = "Model weights and circuit";
    static final String RADD = "Reduced models: RADD";
    static final String SMALL = "Reduced models: 2-unit networks";
    static final String COMPARISON = "Reduced models: comparison";

    private final String stem;
    private final String title;
    private final String question;
    private final String section;

    ReducedFigure(String stem, String title, String question, String section) {
        this.stem = stem;
        this.title = title;
        this.question = question;
        this.section = section;
    }

    @Override
    public final String stem() {
        return stem;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String question() {
        return question;
    }

    @Override
    public final String section() {
        return section;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + stem + "]";
    }
}
