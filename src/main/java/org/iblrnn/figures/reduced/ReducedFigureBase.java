package org.iblrnn.figures.reduced;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.DescribedFigure;

/** Common metadata of the figures of this package: a stem, a title, the question and the report section. */
abstract class ReducedFigureBase extends DescribedFigure<AnalysisContext> {

    static final String CIRCUIT = "Model weights and circuit";
    static final String RADD = "Reduced models: RADD";
    static final String SMALL = "Reduced models: 2-unit networks";
    static final String COMPARISON = "Reduced models: comparison";

    ReducedFigureBase(String stem, String title, String question, String section) {
        super(stem, title, question, section);
    }
}
