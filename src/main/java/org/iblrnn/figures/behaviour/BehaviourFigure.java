package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;

/** Common metadata of the figures of this package: a stem, a title, the question and the report section. */
abstract class BehaviourFigure implements Figure<AnalysisContext> {

    static final String TASK = "Task";
    static final String BEHAVIOUR = "Behaviour";
    static final String OBSERVERS = "Comparison with Bayesian observers";

    private final String stem;
    private final String title;
    private final String question;
    private final String section;

    BehaviourFigure(String stem, String title, String question, String section) {
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
