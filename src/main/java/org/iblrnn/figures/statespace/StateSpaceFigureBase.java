package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.DescribedFigure;

/** Base of the figures here: stem, title, question and section as constructor constants. */
abstract class StateSpaceFigureBase extends DescribedFigure<AnalysisContext> {

    StateSpaceFigureBase(String stem, String title, String question, String section) {
        super(stem, title, question, section);
    }
}
