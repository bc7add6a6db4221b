package org.iblrnn.figures.behaviour;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.DescribedFigure;

/** Common metadata of the figures of this package: a stem, a title, the question and the report section. */
abstract class BehaviourFigureBase extends DescribedFigure<AnalysisContext> {

    static final String TASK = "Task";
    static final String BEHAVIOUR = "Behaviour";
    static final String OBSERVERS = "Comparison with Bayesian observers";

    BehaviourFigureBase(String stem, String title, String question, String section) {
        super(stem, title, question, section);
    }
}
